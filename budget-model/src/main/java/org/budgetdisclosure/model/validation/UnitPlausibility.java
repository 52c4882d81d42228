package org.budgetdisclosure.model.validation;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Whether the figures are plausible in the budget's unit (金额单位): the commonest mistake of a first budget is
 * figures typed as the tables print them (元) under a unit left at its default (万元), or the reverse, which
 * publishes every figure 10,000 times too large. (The reverse, 万元 figures under 元, is not flagged: small
 * budgets in 元 are legitimate test and unit budgets, and no bound separates them.) A warning ({@code amount.unit-implausible}) at
 * {@code unit} names the unit the figures look like:
 *
 * <ul>
 *   <li>in 万元, lines totalling 1000亿元 or more (beyond all but the largest central departments), or a
 *       “三公” line of 1亿元 or more,
 *       look like 元;
 * </ul>
 */
final class UnitPlausibility implements Rule {

    static final String RULE = "amount.unit-implausible";
    /** 1000亿元 in 万元. */
    private static final BigDecimal MOST_LINES_WAN = new BigDecimal("10000000");
    /** 1亿元 in 万元. */
    private static final BigDecimal MOST_THREE_PUBLIC_WAN = new BigDecimal("10000");

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        MoneyUnit unit = budget.unit();
        List<Amount> amounts =
                budget.appropriations().stream().map(Appropriation::amount).toList();
        Amount total = Amount.total(unit, amounts);
        if (unit == MoneyUnit.TEN_THOUSAND_YUAN) {
            if (total.value().compareTo(MOST_LINES_WAN) >= 0) {
                looksLike(
                        findings,
                        MoneyUnit.YUAN,
                        unit,
                        total,
                        "the lines total " + total.value().toPlainString()
                                + " in 10,000 yuan, 100 billion yuan or more");
                return;
            }
            for (ThreePublicExpense line : budget.threePublic()) {
                if (line.amount().value().compareTo(MOST_THREE_PUBLIC_WAN) >= 0) {
                    looksLike(
                            findings,
                            MoneyUnit.YUAN,
                            unit,
                            line.amount(),
                            "a line of the three public "
                                    + "expenses (sangong) is "
                                    + line.amount().value().toPlainString()
                                    + " in 10,000 yuan, 100 million yuan or more");
                    return;
                }
            }
        }
    }

    private static void looksLike(Findings findings, MoneyUnit likely, MoneyUnit stated, Amount figure, String why) {
        String likelyWord = likely == MoneyUnit.YUAN ? "yuan" : "10,000 yuan";
        String statedWord = stated == MoneyUnit.YUAN ? "yuan" : "10,000 yuan";
        findings.warning(
                RULE,
                "unit",
                likely.chineseName(),
                figure.value().toPlainString() + stated.chineseName(),
                "the figures look like " + likelyWord + ", not " + statedWord + ": " + why
                        + "; check the unit of the amounts");
    }
}
