package org.hundredparks.submission;

/** What seconded university staff serve as in an enterprise. */
public enum SecondmentRole implements Labelled {
    TECH_VICE_PRESIDENT("科技副总"),
    TECHNICAL_ADVISER("技术顾问"),
    RESEARCH_ASSISTANT("科研助理");

    private final String label;

    SecondmentRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
