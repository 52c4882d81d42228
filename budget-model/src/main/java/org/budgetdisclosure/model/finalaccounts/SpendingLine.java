package org.budgetdisclosure.model.finalaccounts;

import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;

/**
 * Expenditure of the year (本年支出) on a 功能 项, of one kind, paid from one fund: a 财政拨款 fund (一般公共预算,
 * 政府性基金, 国有资本经营) or the unit's other money ({@link Fund#NON_FISCAL}). Immutable.
 *
 * @param functionCode the 功能 项 (7 digits), not null
 * @param type 基本支出, 项目支出, 上缴上级支出, 经营支出 or 对附属单位补助支出, not null
 * @param fund the fund it was paid from, not null
 * @param amount the amount spent, not null
 */
public record SpendingLine(FunctionCode functionCode, ExpenditureType type, Fund fund, Amount amount) {

    /** Validates the fields. */
    public SpendingLine {
        Require.present(functionCode, "functionCode");
        Require.present(type, "type");
        Require.present(fund, "fund");
        Require.present(amount, "amount");
    }

    /**
     * @param functionCode the 功能 项 digits, not null
     * @param type the kind, not null
     * @param fund the fund, not null
     * @param amount the amount, not null
     * @return the line, never null
     */
    public static SpendingLine of(String functionCode, ExpenditureType type, Fund fund, Amount amount) {
        return new SpendingLine(FunctionCode.of(functionCode), type, fund, amount);
    }
}
