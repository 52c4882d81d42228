package org.budgetdisclosure.model.statements;

/**
 * The figure columns of tables 5, 7 and 8 (one fiscal fund's expenditure by function).
 */
public enum FundExpenditureColumn {
    /** 合计 = 基本支出 + 项目支出. */
    TOTAL("合计"),
    /** 基本支出. */
    BASIC("基本支出"),
    /** 项目支出. */
    PROJECT("项目支出");

    private final String chineseName;

    FundExpenditureColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }
}
