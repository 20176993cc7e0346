package org.hundredparks.submission;

/** 合作方式 */
public enum CooperationMode {
    TRANSFER("转让"),
    LICENSE("许可"),
    EQUITY("作价入股"),
    JOINT_DEVELOPMENT("合作开发"),
    TECHNICAL_SERVICE("技术服务");

    private final String label;

    CooperationMode(String label) {
        this.label = label;
    }

    /** The Chinese name people read (explanations, spreadsheet cells). */
    public String label() {
        return label;
    }

    /** The label of a mode's name, or the name itself when it is no mode. */
    public static String labelOf(String name) {
        for (CooperationMode mode : values()) {
            if (mode.name().equals(name)) {
                return mode.label;
            }
        }
        return name;
    }
}
