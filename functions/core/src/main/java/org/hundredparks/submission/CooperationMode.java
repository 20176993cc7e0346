package org.hundredparks.submission;

/** 合作方式 */
public enum CooperationMode {
    /** 转让 */ TRANSFER,
    /** 许可 */ LICENSE,
    /** 作价入股 */ EQUITY,
    /** 合作开发 */ JOINT_DEVELOPMENT,
    /** 技术服务 */ TECHNICAL_SERVICE
}
