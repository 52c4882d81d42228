package org.budgetdisclosure.model.finalaccounts;

/**
 * A percentage the department states in its narrative, checked against the one computed from the facts (two
 * decimals, rounded half-up once from the exact figures).
 */
public enum StatedPercentage {
    /** 财政拨款收入 占本年收入合计. */
    FISCAL_REVENUE_SHARE("财政拨款收入占本年收入合计"),
    /** 基本支出 占本年支出合计. */
    BASIC_SHARE("基本支出占本年支出合计"),
    /** 项目支出 占本年支出合计. */
    PROJECT_SHARE("项目支出占本年支出合计"),
    /** 一般公共预算财政拨款支出 占本年支出合计. */
    GENERAL_PUBLIC_SHARE("一般公共预算财政拨款支出占本年支出合计"),
    /** 一般公共预算财政拨款支出 完成年初预算. */
    GENERAL_PUBLIC_COMPLETION("一般公共预算财政拨款支出完成年初预算"),
    /** 收入支出总计 比上年增减. */
    GRAND_TOTAL_CHANGE("收入支出总计比上年增减");

    private final String chineseName;

    StatedPercentage(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
