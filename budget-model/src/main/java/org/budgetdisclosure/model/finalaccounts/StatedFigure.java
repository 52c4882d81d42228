package org.budgetdisclosure.model.finalaccounts;

/**
 * A total the department states in its narrative or its finance system, checked against the one computed from
 * the facts (as the budget's {@code DeclaredTotal}): a "0.3万元" where the tables say 2,961.68 is an error at its
 * place, never printed.
 */
public enum StatedFigure {
    /** 收入支出总计 (总计 of the 收入支出决算总表). */
    GRAND_TOTAL("收入支出总计"),
    /** 本年收入合计. */
    REVENUE_TOTAL("本年收入合计"),
    /** 本年支出合计. */
    EXPENDITURE_TOTAL("本年支出合计"),
    /** 财政拨款收入支出总计. */
    FISCAL_GRAND_TOTAL("财政拨款收入支出总计"),
    /** 一般公共预算财政拨款支出. */
    GENERAL_PUBLIC_EXPENDITURE("一般公共预算财政拨款支出"),
    /** 一般公共预算财政拨款基本支出. */
    GENERAL_PUBLIC_BASIC("一般公共预算财政拨款基本支出"),
    /** 人员经费. */
    PERSONNEL("人员经费"),
    /** 公用经费. */
    PUBLIC_USE("公用经费"),
    /** “三公”经费财政拨款支出决算. */
    THREE_PUBLIC_SPENT("“三公”经费财政拨款支出决算");

    private final String chineseName;

    StatedFigure(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
