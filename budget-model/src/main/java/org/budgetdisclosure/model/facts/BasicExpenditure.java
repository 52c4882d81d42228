package org.budgetdisclosure.model.facts;

import org.budgetdisclosure.model.classification.EconomicCode;

/**
 * One line of the 一般公共预算 basic expenditure (基本支出) by economic 款, the body of table 6.
 *
 * @param economicCode the economic 款 (部门预算支出经济分类科目), not null
 * @param amount the amount, not null
 */
public record BasicExpenditure(EconomicCode economicCode, Amount amount) {

    /** Validates the fields. */
    public BasicExpenditure {
        Checks.present(economicCode, "economicCode");
        Checks.present(amount, "amount");
    }

    /**
     * @param economicCode the economic 款, such as {@code "30101"}, not null
     * @param amount the amount, not null
     * @return the line, never null
     */
    public static BasicExpenditure of(String economicCode, Amount amount) {
        return new BasicExpenditure(EconomicCode.of(economicCode), amount);
    }
}
