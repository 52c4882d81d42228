package org.budgetdisclosure.model.statements;

import org.budgetdisclosure.model.facts.Fund;

/**
 * Columns by fiscal fund: the right side of table 4 and the columns of table 9.
 */
public enum FundColumn {
    /** 合计 = Σ funds. */
    TOTAL("合计"),
    /** 一般公共预算财政拨款. */
    GENERAL_PUBLIC("一般公共预算财政拨款"),
    /** 政府性基金预算财政拨款. */
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    /** 国有资本经营预算财政拨款. */
    STATE_CAPITAL("国有资本经营预算财政拨款");

    private final String chineseName;

    FundColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param fund a fiscal fund, not null @return its column, never null */
    public static FundColumn of(Fund fund) {
        return switch (fund) {
            case GENERAL_PUBLIC -> GENERAL_PUBLIC;
            case GOVERNMENT_FUND -> GOVERNMENT_FUND;
            case STATE_CAPITAL -> STATE_CAPITAL;
            case NON_FISCAL -> throw new IllegalArgumentException("non-fiscal money has no fiscal column");
        };
    }
}
