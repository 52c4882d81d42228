package org.budgetdisclosure.model.statements;

import org.budgetdisclosure.model.facts.CostClass;

/**
 * The figure columns of table 6 (一般公共预算基本支出 by economic classification).
 */
public enum BasicColumn {
    /** 合计 = 人员经费 + 公用经费. */
    TOTAL("合计"),
    /** 人员经费. */
    PERSONNEL("人员经费"),
    /** 公用经费. */
    PUBLIC_USE("公用经费");

    private final String chineseName;

    BasicColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param costClass a cost class, not null @return its column, never null */
    public static BasicColumn of(CostClass costClass) {
        return costClass == CostClass.PERSONNEL ? PERSONNEL : PUBLIC_USE;
    }
}
