package org.budgetdisclosure.model.finalaccounts.statements;

/** The one figure column of the 一般公共预算财政拨款基本支出决算表: 决算数. */
public enum BasicColumn {
    /** 决算数. */
    AMOUNT("决算数");

    private final String chineseName;

    BasicColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }
}
