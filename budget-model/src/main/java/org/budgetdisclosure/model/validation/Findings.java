package org.budgetdisclosure.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;

/**
 * Collects the findings of the rules of one validation. Not thread-safe.
 *
 * <p>Figures are compared exactly, never as printed. Where the budget declares its figures rounded
 * ({@link Budget#rounded()}), a difference no larger than the rounding of the lines involved (half of the unit's
 * last decimal per line: 0.005 万元 for a rounded 万元 budget) is a warning naming both figures and the bound;
 * anything larger stays an error.
 */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();
    /** Half of the last decimal of the unit where the budget is declared rounded, else null. */
    private final BigDecimal halfLastDecimal;

    Findings() {
        this.halfLastDecimal = null;
    }

    Findings(Budget budget) {
        this.halfLastDecimal =
                budget.rounded() ? BigDecimal.valueOf(5, budget.unit().decimals() + 1) : null;
    }

    /**
     * Reports an error.
     *
     * @param rule the rule id
     * @param location where
     * @param expected what was expected
     * @param actual what was found
     * @param message what is wrong
     */
    public void error(String rule, String location, Object expected, Object actual, String message) {
        list.add(
                new Finding(rule, Severity.ERROR, location, String.valueOf(expected), String.valueOf(actual), message));
    }

    /**
     * Reports a warning.
     *
     * @param rule the rule id
     * @param location where
     * @param expected what was expected
     * @param actual what was found
     * @param message what is worth a look
     */
    public void warning(String rule, String location, Object expected, Object actual, String message) {
        list.add(new Finding(
                rule, Severity.WARNING, location, String.valueOf(expected), String.valueOf(actual), message));
    }

    /**
     * Reports an error if two amounts differ.
     *
     * @param rule the rule id
     * @param location where
     * @param expected the expected amount
     * @param actual the found amount
     * @param message what is wrong if they differ
     */
    public void errorUnlessEqual(String rule, String location, Amount expected, Amount actual, String message) {
        if (!expected.equals(actual)) {
            error(rule, location, expected, actual, message);
        }
    }

    /**
     * Reports an error if two amounts differ, or only a warning if the budget is declared rounded and they differ
     * by no more than the rounding of the lines involved.
     *
     * @param rule the rule id
     * @param location where
     * @param expected the expected amount
     * @param actual the found amount
     * @param lines how many rounded figures the two amounts are made of (each may be off by half the last
     *     decimal), 1 or more
     * @param message what is wrong if they differ
     */
    public void errorUnlessEqual(
            String rule, String location, Amount expected, Amount actual, int lines, String message) {
        errorUnlessWithin(
                rule,
                location,
                expected,
                actual,
                halfLastDecimal == null ? BigDecimal.ZERO : halfLastDecimal.multiply(BigDecimal.valueOf(lines)),
                lines + " rounded figures",
                message);
    }

    /**
     * Like {@link #errorUnlessEqual(String, String, Amount, Amount, int, String)} with a bound computed by the rule.
     *
     * @param rule the rule id
     * @param location where
     * @param expected the expected amount
     * @param actual the found amount
     * @param bound the largest difference the declared rounding explains (used only if the budget is declared
     *     rounded), not null
     * @param what what the bound is made of, for the message
     * @param message what is wrong if they differ
     */
    void errorUnlessWithin(
            String rule,
            String location,
            Amount expected,
            Amount actual,
            BigDecimal bound,
            String what,
            String message) {
        if (expected.equals(actual)) {
            return;
        }
        BigDecimal difference = expected.value().subtract(actual.value()).abs();
        if (halfLastDecimal != null && difference.compareTo(bound) <= 0) {
            warning(
                    rule,
                    location,
                    expected,
                    actual,
                    message + "; the figures are declared rounded and differ by "
                            + difference.toPlainString() + ", within the rounding of " + what + " (at most "
                            + bound.stripTrailingZeros().toPlainString() + " "
                            + expected.unit().chineseName() + ")");
        } else {
            error(rule, location, expected, actual, message);
        }
    }

    /** @return half of the unit's last decimal where the budget is declared rounded, else zero; never null */
    BigDecimal halfLastDecimal() {
        return halfLastDecimal == null ? BigDecimal.ZERO : halfLastDecimal;
    }

    ValidationReport report() {
        return new ValidationReport(list);
    }
}
