package org.budgetdisclosure.render.document;

/**
 * A table whose figures cannot each fit on one line of its page even at the smallest cell size the profile
 * allows: the message names the table, the width its columns need, the page's width and its widest figure.
 * Refused before anything is written, never printed with a split number.
 */
public final class TableTooWideException extends org.budgetdisclosure.model.errors.BudgetException {

    /** @param message what does not fit and what to do */
    public TableTooWideException(String message) {
        super(message, java.util.List.of(org.budgetdisclosure.model.errors.Problem.at("", message)));
    }
}
