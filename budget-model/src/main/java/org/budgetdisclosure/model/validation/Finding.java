package org.budgetdisclosure.model.validation;

import java.util.Objects;

/**
 * One finding of validation: which rule, where, what was expected and what was found. Immutable.
 *
 * @param rule the rule's id, such as {@code basic.economic-total}, never null
 * @param severity error or warning, never null
 * @param location where: a fact path ({@code appropriations[3].amount}) or a table cell
 *     ({@code table 6 / 合计 / 合计}), never null
 * @param expected what was expected, never null
 * @param actual what was found, never null
 * @param message a sentence saying what is wrong, never null
 */
public record Finding(String rule, Severity severity, String location, String expected, String actual, String message) {

    /** Validates the fields. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(message, "message");
    }

    /** @return one line: severity, rule, location, message, expected and actual */
    @Override
    public String toString() {
        return severity + " " + rule + " at " + location + ": " + message + " (expected " + expected + ", found "
                + actual + ")";
    }
}
