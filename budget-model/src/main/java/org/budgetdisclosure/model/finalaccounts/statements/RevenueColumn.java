package org.budgetdisclosure.model.finalaccounts.statements;

/** The columns of the 收入决算表 in their order. */
public enum RevenueColumn {
    /** 本年收入合计. */
    TOTAL("本年收入合计"),
    /** 财政拨款收入 (the three fiscal funds). */
    FISCAL("财政拨款收入"),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入"),
    /** 事业收入. */
    PUBLIC_SERVICE("事业收入"),
    /** 经营收入. */
    OPERATING("经营收入"),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMITTANCE("附属单位上缴收入"),
    /** 其他收入. */
    OTHER("其他收入");

    private final String chineseName;

    RevenueColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }
}
