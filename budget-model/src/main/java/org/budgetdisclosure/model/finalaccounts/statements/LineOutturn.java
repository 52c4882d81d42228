package org.budgetdisclosure.model.finalaccounts.statements;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.LineBudget;

/**
 * One 项 of 一般公共预算财政拨款 as the narrative explains it: its 决算 (spent), its 年初预算 where stated, the
 * completion in per cent and whether the 决算 is more, less or the same (决算数大于/小于/等于预算数). Immutable.
 *
 * @param functionCode the 项, never null
 * @param spent the 支出决算, never null
 * @param budget the stated 年初预算 with its use and reason, if stated
 */
public record LineOutturn(FunctionCode functionCode, Amount spent, Optional<LineBudget> budget) {

    /** Validates the fields. */
    public LineOutturn {
        Objects.requireNonNull(functionCode, "functionCode");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(budget, "budget");
    }

    /** @return 决算 in per cent of 年初预算, empty without a budget or with a zero budget */
    public Optional<BigDecimal> completion() {
        return budget.flatMap(b -> Percent.of(spent, b.openingBudget()));
    }

    /** @return the comparison of 决算 with 年初预算: positive more, negative less, zero same; empty without budget */
    public Optional<Integer> comparedWithBudget() {
        return budget.map(b -> Integer.signum(spent.compareTo(b.openingBudget())));
    }
}
