package org.budgetdisclosure.model.facts;

/**
 * The two halves of 基本支出 (basic expenditure): 人员经费 (personnel) and 公用经费 (public use, 机关运行经费 for
 * administrative bodies).
 */
public enum CostClass {
    /** 人员经费. */
    PERSONNEL("人员经费"),
    /** 公用经费. */
    PUBLIC_USE("公用经费");

    private final String chineseName;

    CostClass(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
