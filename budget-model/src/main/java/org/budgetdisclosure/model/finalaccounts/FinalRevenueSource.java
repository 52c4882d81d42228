package org.budgetdisclosure.model.finalaccounts;

import java.util.Optional;
import org.budgetdisclosure.model.facts.Fund;

/**
 * Where the revenue of the year came from (收入来源 of the 决算), the eight sources of the 收入支出决算总表 in their
 * order: the three fiscal appropriations (财政拨款) by fund, then the unit's own revenue.
 */
public enum FinalRevenueSource {
    /** 一般公共预算财政拨款收入. */
    GENERAL_PUBLIC("一般公共预算财政拨款收入", Fund.GENERAL_PUBLIC),
    /** 政府性基金预算财政拨款收入. */
    GOVERNMENT_FUND("政府性基金预算财政拨款收入", Fund.GOVERNMENT_FUND),
    /** 国有资本经营预算财政拨款收入. */
    STATE_CAPITAL("国有资本经营预算财政拨款收入", Fund.STATE_CAPITAL),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入", null),
    /** 事业收入. */
    PUBLIC_SERVICE("事业收入", null),
    /** 经营收入. */
    OPERATING("经营收入", null),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMITTANCE("附属单位上缴收入", null),
    /** 其他收入. */
    OTHER("其他收入", null);

    private final String chineseName;
    private final Fund fund;

    FinalRevenueSource(String chineseName, Fund fund) {
        this.chineseName = chineseName;
        this.fund = fund;
    }

    /** @return the official name as the 收入支出决算总表 prints it, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the fiscal fund of a 财政拨款 source, empty for the unit's own revenue */
    public Optional<Fund> fund() {
        return Optional.ofNullable(fund);
    }

    /** @return whether the source is a fiscal appropriation (财政拨款) */
    public boolean isFiscal() {
        return fund != null;
    }

    /** @param fund a fiscal fund, not null @return its source, never null */
    public static FinalRevenueSource of(Fund fund) {
        return switch (fund) {
            case GENERAL_PUBLIC -> GENERAL_PUBLIC;
            case GOVERNMENT_FUND -> GOVERNMENT_FUND;
            case STATE_CAPITAL -> STATE_CAPITAL;
            case NON_FISCAL -> throw new IllegalArgumentException("not a fiscal fund: " + fund);
        };
    }
}
