package org.hundredparks.reporting;

/** 中期评估 (due 2024-12) or 总结评估 (due 2025-06), notice 三(三). */
public enum ReportPhase {
    MIDTERM("中期评估"), FINAL("总结评估");

    private final String label;

    ReportPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The phase of this name, or null when there is none (a name from a data file, not a request). */
    public static ReportPhase of(String name) {
        for (ReportPhase phase : values()) {
            if (phase.name().equals(name)) {
                return phase;
            }
        }
        return null;
    }
}
