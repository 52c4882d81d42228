package org.budgetdisclosure.model.finalaccounts.statements;

/** The columns of the 一般公共预算财政拨款支出决算表. */
public enum GeneralPublicColumn {
    /** 合计. */
    TOTAL("合计"),
    /** 基本支出. */
    BASIC("基本支出"),
    /** 项目支出. */
    PROJECT("项目支出");

    private final String chineseName;

    GeneralPublicColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }
}
