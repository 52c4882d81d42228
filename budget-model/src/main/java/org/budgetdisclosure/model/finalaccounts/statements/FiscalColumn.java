package org.budgetdisclosure.model.finalaccounts.statements;

import org.budgetdisclosure.model.facts.Fund;

/** The expenditure columns of the 财政拨款收入支出决算总表: 合计 and each 财政拨款 fund. */
public enum FiscalColumn {
    /** 合计. */
    TOTAL("合计"),
    /** 一般公共预算财政拨款. */
    GENERAL_PUBLIC("一般公共预算财政拨款"),
    /** 政府性基金预算财政拨款. */
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    /** 国有资本经营预算财政拨款. */
    STATE_CAPITAL("国有资本经营预算财政拨款");

    private final String chineseName;

    FiscalColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param fund a fiscal fund, not null @return its column, never null */
    public static FiscalColumn of(Fund fund) {
        return switch (fund) {
            case GENERAL_PUBLIC -> GENERAL_PUBLIC;
            case GOVERNMENT_FUND -> GOVERNMENT_FUND;
            case STATE_CAPITAL -> STATE_CAPITAL;
            case NON_FISCAL -> throw new IllegalArgumentException("not a fiscal fund: " + fund);
        };
    }
}
