package org.budgetdisclosure.model.facts;

import java.util.Optional;

/**
 * Where the money of a budget line comes from (收入来源): the nine revenue sources of table 1 in their order,
 * plus the carry-over of last year (上年结转结余).
 */
public enum RevenueSource {
    /** 一般公共预算拨款收入. */
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款收入", Fund.GENERAL_PUBLIC),
    /** 政府性基金预算拨款收入. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算拨款收入", Fund.GOVERNMENT_FUND),
    /** 国有资本经营预算拨款收入. */
    STATE_CAPITAL_BUDGET("国有资本经营预算拨款收入", Fund.STATE_CAPITAL),
    /** 财政专户管理资金收入. */
    FISCAL_SPECIAL_ACCOUNT("财政专户管理资金收入", Fund.NON_FISCAL),
    /** 事业收入. */
    PUBLIC_SERVICE_REVENUE("事业收入", Fund.NON_FISCAL),
    /** 事业单位经营收入. */
    OPERATING_REVENUE("事业单位经营收入", Fund.NON_FISCAL),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入", Fund.NON_FISCAL),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMITTANCE("附属单位上缴收入", Fund.NON_FISCAL),
    /** 其他收入. */
    OTHER_REVENUE("其他收入", Fund.NON_FISCAL),
    /** 上年结转结余: money carried over from last year; its fund is stated on the line. */
    PRIOR_YEAR_CARRYOVER("上年结转结余", null);

    private final String chineseName;
    private final Fund fund;

    RevenueSource(String chineseName, Fund fund) {
        this.chineseName = chineseName;
        this.fund = fund;
    }

    /** @return the official name as table 1 prints it, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the fund of this year's source, empty for the carry-over (whose fund the line states) */
    public Optional<Fund> fund() {
        return Optional.ofNullable(fund);
    }

    /** @return whether this is the carry-over of last year */
    public boolean isCarryover() {
        return this == PRIOR_YEAR_CARRYOVER;
    }

    /** @return the nine sources of this year's revenue in the order of table 1, never null */
    public static java.util.List<RevenueSource> currentSources() {
        return java.util.List.of(values()).subList(0, 9);
    }
}
