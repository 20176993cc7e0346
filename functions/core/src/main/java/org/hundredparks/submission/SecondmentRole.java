package org.hundredparks.submission;

/** What seconded university staff serve as in an enterprise. */
public enum SecondmentRole {
    /** 科技副总 */ TECH_VICE_PRESIDENT,
    /** 技术顾问 */ TECHNICAL_ADVISER,
    /** 科研助理 */ RESEARCH_ASSISTANT
}
