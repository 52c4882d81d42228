package org.budgetdisclosure.model.validation;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;

/**
 * Collects the findings of the rules of one validation. Not thread-safe.
 */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    Findings() {
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
        list.add(new Finding(rule, Severity.ERROR, location, String.valueOf(expected), String.valueOf(actual), message));
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
        list.add(new Finding(rule, Severity.WARNING, location, String.valueOf(expected), String.valueOf(actual),
                message));
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

    ValidationReport report() {
        return new ValidationReport(list);
    }
}
