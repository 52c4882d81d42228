package org.budgetdisclosure.model.statements;

import org.budgetdisclosure.model.facts.ExpenditureType;

/**
 * The figure columns of table 3 (部门预算支出总表).
 */
public enum ExpenditureColumn {
    /** 合计 = Σ types. */
    TOTAL("合计"),
    /** 基本支出. */
    BASIC("基本支出"),
    /** 项目支出. */
    PROJECT("项目支出"),
    /** 经营支出. */
    OPERATING("经营支出"),
    /** 上解上级支出. */
    REMITTANCE_TO_SUPERIOR("上解上级支出"),
    /** 对附属单位补助支出. */
    SUBSIDY_TO_SUBORDINATES("对附属单位补助支出");

    private final String chineseName;

    ExpenditureColumn(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official heading, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param type an expenditure type, not null @return its column, never null */
    public static ExpenditureColumn of(ExpenditureType type) {
        return values()[type.ordinal() + 1];
    }
}
