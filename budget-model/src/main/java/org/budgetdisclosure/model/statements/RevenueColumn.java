package org.budgetdisclosure.model.statements;

import org.budgetdisclosure.model.facts.RevenueSource;

/**
 * The figure columns of table 2 (部门预算收入总表).
 */
public enum RevenueColumn {
    /** 合计 = 本年收入小计 + 上年结转. */
    TOTAL("合计"),
    /** 本年收入 小计 = Σ sources. */
    CURRENT_SUBTOTAL("小计"),
    /** 财政拨款收入: the three fiscal sources. */
    FISCAL("财政拨款收入"),
    /** 财政专户收入. */
    SPECIAL_ACCOUNT("财政专户收入"),
    /** 事业收入. */
    PUBLIC_SERVICE("事业收入"),
    /** 经营收入. */
    OPERATING("经营收入"),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入"),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMITTANCE("附属单位上缴收入"),
    /** 其他收入. */
    OTHER("其他收入"),
    /** 上年结转. */
    CARRYOVER("上年结转");

    private final String chineseName;

    RevenueColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param source a revenue source, not null @return the column its lines are counted in, never null */
    public static RevenueColumn of(RevenueSource source) {
        return switch (source) {
            case GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND_BUDGET, STATE_CAPITAL_BUDGET -> FISCAL;
            case FISCAL_SPECIAL_ACCOUNT -> SPECIAL_ACCOUNT;
            case PUBLIC_SERVICE_REVENUE -> PUBLIC_SERVICE;
            case OPERATING_REVENUE -> OPERATING;
            case SUPERIOR_SUBSIDY -> SUPERIOR_SUBSIDY;
            case SUBORDINATE_REMITTANCE -> SUBORDINATE_REMITTANCE;
            case OTHER_REVENUE -> OTHER;
            case PRIOR_YEAR_CARRYOVER -> CARRYOVER;
        };
    }

    /** @return whether this column is one of this year's sources (a part of 小计) */
    public boolean isCurrentSource() {
        return this != TOTAL && this != CURRENT_SUBTOTAL && this != CARRYOVER;
    }
}
