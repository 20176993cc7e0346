package org.hundredparks.cooperation;

/** What a cooperation is: a transfer of an achievement, a joint project on a challenge, a secondment. */
public enum CooperationKind {
    /** 成果转化 */ TRANSFER,
    /** 合作项目（含揭榜） */ JOINT_PROJECT,
    /** 人员选派 */ SECONDMENT
}
