package org.budgetdisclosure.model.facts;

/**
 * The categories in which Shanghai counts a department's vehicles (车辆) in 国有资产占有使用情况, in published order.
 */
public enum VehicleCategory {
    /** 部级领导干部用车. */
    MINISTERIAL_LEADERS("部级领导干部用车"),
    /** 主要领导干部用车. */
    PRINCIPAL_LEADERS("主要领导干部用车"),
    /** 机要通信用车. */
    CONFIDENTIAL_COMMUNICATIONS("机要通信用车"),
    /** 应急保障用车. */
    EMERGENCY("应急保障用车"),
    /** 执法执勤用车. */
    LAW_ENFORCEMENT("执法执勤用车"),
    /** 特种专业技术用车. */
    SPECIAL_TECHNICAL("特种专业技术用车"),
    /** 离退休干部用车. */
    RETIRED_CADRES("离退休干部用车"),
    /** 其他用车. */
    OTHER("其他用车");

    private final String chineseName;

    VehicleCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
