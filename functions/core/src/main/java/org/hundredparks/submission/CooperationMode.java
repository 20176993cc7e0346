package org.hundredparks.submission;

/** 合作方式 */
public enum CooperationMode implements Labelled {
    TRANSFER("转让"),
    LICENSE("许可"),
    EQUITY("作价入股"),
    JOINT_DEVELOPMENT("合作开发"),
    TECHNICAL_SERVICE("技术服务");

    private final String label;

    CooperationMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
