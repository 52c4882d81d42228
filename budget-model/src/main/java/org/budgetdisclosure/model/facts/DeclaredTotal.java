package org.budgetdisclosure.model.facts;

/**
 * A total that a finance system may state alongside the lines, so that validation checks it against the total
 * the library computes (“totals given by the user that disagree with the computed ones”).
 */
public enum DeclaredTotal {
    /** 收入总计 of table 1. */
    REVENUE_TOTAL("收入总计"),
    /** 支出总计 of table 1. */
    EXPENDITURE_TOTAL("支出总计"),
    /** 基本支出 of table 3. */
    BASIC("基本支出"),
    /** 项目支出 of table 3. */
    PROJECT("项目支出"),
    /** 人员经费 of table 6. */
    PERSONNEL("人员经费"),
    /** 公用经费 of table 6. */
    PUBLIC_USE("公用经费"),
    /** “三公”经费 合计 of table 9. */
    THREE_PUBLIC("“三公”经费合计"),
    /** 政府采购预算 total. */
    PROCUREMENT("政府采购金额合计"),
    /** 固定资产 total. */
    ASSETS("固定资产合计");

    private final String chineseName;

    DeclaredTotal(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
