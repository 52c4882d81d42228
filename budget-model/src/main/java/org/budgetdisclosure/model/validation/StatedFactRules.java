package org.budgetdisclosure.model.validation;

import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Facts the department states as it publishes them, beside the figures computed from the lines.
 *
 * <p>机关运行经费 ({@link Budget#operatingCosts()}) above the 公用经费 of 一般公共预算 basic expenditure (table 6's
 * 公用经费 合计) is a warning ({@code operating-costs.above-public-use}): it is the 公用经费 of the 行政 units and
 * 参公 units only, so it may be less than the department's 公用经费, but not more.
 */
final class StatedFactRules implements Rule {

    static final String OPERATING_COSTS_ABOVE_PUBLIC_USE = "operating-costs.above-public-use";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        budget.operatingCosts().ifPresent(stated -> {
            Amount publicUse = statements.figures().publicUse();
            if (stated.isGreaterThan(publicUse)) {
                findings.warning(OPERATING_COSTS_ABOVE_PUBLIC_USE, "operatingCosts",
                        "at most " + publicUse + " (公用经费 of 一般公共预算 basic expenditure, table 6)", stated,
                        "机关运行经费 is the 公用经费 of the 行政 and 参公 units only, so it may be less than the "
                                + "department's 公用经费 but should not exceed it");
            }
        });
    }
}
