package org.hundredparks.submission;

/** What seconded university staff serve as in an enterprise. */
public enum SecondmentRole {
    TECH_VICE_PRESIDENT("科技副总"),
    TECHNICAL_ADVISER("技术顾问"),
    RESEARCH_ASSISTANT("科研助理");

    private final String label;

    SecondmentRole(String label) {
        this.label = label;
    }

    /** The Chinese name people read (reports, explanations, spreadsheet cells). */
    public String label() {
        return label;
    }

    /** The label of a role's name, or the name itself when it is no role. */
    public static String labelOf(String name) {
        for (SecondmentRole role : values()) {
            if (role.name().equals(name)) {
                return role.label;
            }
        }
        return name;
    }
}
