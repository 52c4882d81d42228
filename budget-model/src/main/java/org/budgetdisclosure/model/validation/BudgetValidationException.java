package org.budgetdisclosure.model.validation;

import java.util.Objects;

/**
 * Thrown where a budget whose validation found errors is used for something that needs a correct budget, such
 * as rendering its disclosure. The message lists every error.
 */
public final class BudgetValidationException extends org.budgetdisclosure.model.errors.BudgetException {

    private final transient ValidationReport report;

    /** @param report the report with errors, not null */
    public BudgetValidationException(ValidationReport report) {
        super(
                "the budget has " + report.errors().size() + " validation error(s):" + System.lineSeparator()
                        + report.errors().stream()
                                .map(Finding::toString)
                                .reduce((a, b) -> a + System.lineSeparator() + b)
                                .orElse(""),
                report.errors().stream()
                        .map(f -> org.budgetdisclosure.model.errors.Problem.at(f.location(), f.toString()))
                        .toList());
        this.report = Objects.requireNonNull(report);
    }

    /** @return the report, never null */
    public ValidationReport report() {
        return report;
    }
}
