package org.budgetdisclosure.model.finalaccounts;

import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;

/**
 * One 项 of 一般公共预算财政拨款 as the 决算 narrative explains it: its 年初预算 (opening budget), what it was mainly
 * used for (主要用于) and, where the 决算 differs from the budget, the reason (决算数大于/小于预算数的主要原因).
 * Immutable.
 *
 * @param functionCode the 功能 项, not null
 * @param openingBudget the 年初预算, not null
 * @param usedFor what the money was mainly used for, not blank
 * @param reason the reason of a difference, empty where none is stated, not null
 */
public record LineBudget(FunctionCode functionCode, Amount openingBudget, String usedFor, Optional<String> reason) {

    /** Validates the fields. */
    public LineBudget {
        Require.present(functionCode, "functionCode");
        Require.present(openingBudget, "openingBudget");
        Require.nonBlank(usedFor, "usedFor");
        Require.present(reason, "reason");
        reason.ifPresent(r -> Require.nonBlank(r, "reason"));
    }
}
