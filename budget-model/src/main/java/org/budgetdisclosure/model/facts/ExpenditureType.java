package org.budgetdisclosure.model.facts;

/**
 * The kind of spending of a budget line (支出类型), the columns of table 3 in their order.
 */
public enum ExpenditureType {
    /** 基本支出: keeps the body running; 人员经费 plus 公用经费. */
    BASIC("基本支出"),
    /** 项目支出: for specific tasks beyond the basic. */
    PROJECT("项目支出"),
    /** 经营支出: a public institution's operating business. */
    OPERATING("经营支出"),
    /** 上缴上级支出 (table 3 heads it 上解上级支出). */
    REMITTANCE_TO_SUPERIOR("上缴上级支出"),
    /** 对附属单位补助支出. */
    SUBSIDY_TO_SUBORDINATES("对附属单位补助支出");

    private final String chineseName;

    ExpenditureType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
