package org.budgetdisclosure.model.finalaccounts.validation;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.Severity;

/**
 * Collects the findings of the rules of one validation of final accounts, each location prefixed with the unit's
 * path ({@code units[1].}) where the rules look at a unit. Not thread-safe.
 */
public final class FinalFindings {

    private final List<Finding> list;
    private final String prefix;

    FinalFindings() {
        this(new ArrayList<>(), "");
    }

    private FinalFindings(List<Finding> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    /** @param path the unit's path, such as {@code units[1]} @return a collector into the same list, prefixed */
    FinalFindings at(String path) {
        return new FinalFindings(list, prefix + path + ".");
    }

    /**
     * Reports an error.
     *
     * @param rule the rule id
     * @param location where: a fact path or a table cell
     * @param expected what was expected
     * @param actual what was found
     * @param message what is wrong
     */
    public void error(String rule, String location, Object expected, Object actual, String message) {
        list.add(new Finding(
                rule, Severity.ERROR, prefix + location, String.valueOf(expected), String.valueOf(actual), message));
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
                rule, Severity.WARNING, prefix + location, String.valueOf(expected), String.valueOf(actual), message));
    }

    /**
     * Reports an error if two amounts differ (exactly, never as printed).
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
     * Reports an error if two amounts differ, or only a warning if the accounts are declared rounded and they
     * differ by no more than the rounding of the lines involved (half of the unit's last decimal per line).
     *
     * @param rule the rule id
     * @param location where
     * @param expected the expected amount
     * @param actual the found amount
     * @param lines how many rounded figures the two amounts are made of, 1 or more
     * @param rounded whether the accounts are declared rounded
     * @param message what is wrong if they differ
     */
    public void errorUnlessWithinRounding(
            String rule, String location, Amount expected, Amount actual, int lines, boolean rounded, String message) {
        if (expected.equals(actual)) {
            return;
        }
        java.math.BigDecimal bound = java.math.BigDecimal.valueOf(
                        5, expected.unit().decimals() + 1)
                .multiply(java.math.BigDecimal.valueOf(lines));
        java.math.BigDecimal difference =
                expected.value().subtract(actual.value()).abs();
        if (rounded && difference.compareTo(bound) <= 0) {
            warning(
                    rule,
                    location,
                    expected,
                    actual,
                    message + "; the figures are declared rounded and differ by "
                            + difference.toPlainString() + ", within the rounding of " + lines
                            + " rounded figures (at most "
                            + bound.stripTrailingZeros().toPlainString() + " "
                            + expected.unit().chineseName() + ")");
        } else {
            error(rule, location, expected, actual, message);
        }
    }

    List<Finding> findings() {
        return List.copyOf(list);
    }
}
