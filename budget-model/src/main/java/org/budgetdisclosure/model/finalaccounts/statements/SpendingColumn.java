package org.budgetdisclosure.model.finalaccounts.statements;

import org.budgetdisclosure.model.facts.ExpenditureType;

/** The columns of the 支出决算表 in their order. */
public enum SpendingColumn {
    /** 本年支出合计. */
    TOTAL("本年支出合计"),
    /** 基本支出. */
    BASIC("基本支出"),
    /** 项目支出. */
    PROJECT("项目支出"),
    /** 上缴上级支出. */
    REMITTANCE_TO_SUPERIOR("上缴上级支出"),
    /** 经营支出. */
    OPERATING("经营支出"),
    /** 对附属单位补助支出. */
    SUBSIDY_TO_SUBORDINATES("对附属单位补助支出");

    private final String chineseName;

    SpendingColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param type a kind of expenditure, not null @return its column, never null */
    public static SpendingColumn of(ExpenditureType type) {
        return switch (type) {
            case BASIC -> BASIC;
            case PROJECT -> PROJECT;
            case REMITTANCE_TO_SUPERIOR -> REMITTANCE_TO_SUPERIOR;
            case OPERATING -> OPERATING;
            case SUBSIDY_TO_SUBORDINATES -> SUBSIDY_TO_SUBORDINATES;
        };
    }
}
