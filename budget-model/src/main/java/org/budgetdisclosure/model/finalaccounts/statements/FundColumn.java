package org.budgetdisclosure.model.finalaccounts.statements;

/** The columns of the 政府性基金 and 国有资本经营预算财政拨款收入支出决算表 in their order. */
public enum FundColumn {
    /** 年初结转和结余. */
    OPENING("年初结转和结余"),
    /** 本年收入. */
    REVENUE("本年收入"),
    /** 本年支出 小计. */
    SUBTOTAL("小计"),
    /** 本年支出 基本支出. */
    BASIC("基本支出"),
    /** 本年支出 项目支出. */
    PROJECT("项目支出"),
    /** 年末结转和结余. */
    CLOSING("年末结转和结余");

    private final String chineseName;

    FundColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }
}
