package org.budgetdisclosure.model.facts;

/**
 * The fund (资金性质) a line of the budget is paid from: one of the three fiscal appropriations (财政拨款) or
 * money outside them.
 */
public enum Fund {
    /** 一般公共预算. */
    GENERAL_PUBLIC("一般公共预算", true),
    /** 政府性基金预算. */
    GOVERNMENT_FUND("政府性基金预算", true),
    /** 国有资本经营预算. */
    STATE_CAPITAL("国有资本经营预算", true),
    /** Money that is not a fiscal appropriation: 财政专户, 事业, 经营, 上级补助, 附属单位上缴, 其他. */
    NON_FISCAL("其他资金", false);

    private final String chineseName;
    private final boolean fiscal;

    Fund(String chineseName, boolean fiscal) {
        this.chineseName = chineseName;
        this.fiscal = fiscal;
    }

    /** @return the official name, such as 一般公共预算 */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether this is a fiscal appropriation (财政拨款) */
    public boolean isFiscal() {
        return fiscal;
    }

    /** @return the three fiscal funds in the order of the tables, never null */
    public static java.util.List<Fund> fiscalFunds() {
        return java.util.List.of(GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL);
    }
}
