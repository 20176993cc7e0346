package org.hundredparks.identity;

/** The three competent departments: 工业和信息化, 教育, 科技. */
public enum Domain {
    INDUSTRY, EDUCATION, SCIENCE
}
