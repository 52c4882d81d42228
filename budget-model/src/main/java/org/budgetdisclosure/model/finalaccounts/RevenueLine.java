package org.budgetdisclosure.model.finalaccounts;

import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;

/**
 * Revenue received in the year (本年收入) from one source, booked on a 功能 项, a cell of the 收入决算表.
 * Immutable.
 *
 * @param functionCode the 功能 项 (7 digits), not null
 * @param source the source, not null
 * @param amount the amount received, not null
 */
public record RevenueLine(FunctionCode functionCode, FinalRevenueSource source, Amount amount) {

    /** Validates the fields. */
    public RevenueLine {
        Require.present(functionCode, "functionCode");
        Require.present(source, "source");
        Require.present(amount, "amount");
    }

    /**
     * @param functionCode the 功能 项 digits, such as {@code "2010601"}, not null
     * @param source the source, not null
     * @param amount the amount, not null
     * @return the line, never null
     */
    public static RevenueLine of(String functionCode, FinalRevenueSource source, Amount amount) {
        return new RevenueLine(FunctionCode.of(functionCode), source, amount);
    }
}
