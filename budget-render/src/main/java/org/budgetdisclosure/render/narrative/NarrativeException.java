package org.budgetdisclosure.render.narrative;

/**
 * A narrative template that cannot be loaded or fails; the message names the template, line and column.
 */
public final class NarrativeException extends org.budgetdisclosure.model.errors.BudgetException {

    /**
     * @param message what failed and where
     * @param cause the template engine's exception
     */
    public NarrativeException(String message, Throwable cause) {
        super(message, java.util.List.of(org.budgetdisclosure.model.errors.Problem.at("", message)), cause);
    }
}
