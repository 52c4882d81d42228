package org.budgetdisclosure.model.errors;

import java.util.List;
import java.util.Objects;

/**
 * A fact the model refuses (事实, a value of a budget or final accounts): missing where it is required, blank, out of
 * its range, in the wrong unit. Names the fact by its field's path (such as {@code units[1].staffing.authorized}),
 * so that a reader of a file reports it at that field, and a Java caller knows which value to fix.
 */
public final class FactException extends BudgetException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field's path, not null
     * @param message what is wrong, beginning with the field, not null
     */
    public FactException(String field, String message) {
        super(message, List.of(Problem.at(field, message)));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** @return the field's path, never null */
    public String field() {
        return field;
    }
}
