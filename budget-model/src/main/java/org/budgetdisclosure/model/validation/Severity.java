package org.budgetdisclosure.model.validation;

/**
 * How serious a finding is: an error blocks rendering, a warning does not.
 */
public enum Severity {
    /** The disclosure would be wrong; rendering refuses the budget. */
    ERROR,
    /** Worth a look; rendering goes ahead. */
    WARNING
}
