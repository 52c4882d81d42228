package org.budgetdisclosure.model.statements;

/**
 * The single figure column of a list of amounts, such as the expenditure side of table 1 (预算数).
 */
public enum AmountColumn {
    /** 预算数. */
    AMOUNT("预算数");

    private final String chineseName;

    AmountColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }
}
