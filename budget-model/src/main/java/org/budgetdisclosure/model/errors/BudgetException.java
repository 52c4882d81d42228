package org.budgetdisclosure.model.errors;

import java.util.List;

/**
 * What a user of the library catches: every failure that the input (a budget or final-accounts file, facts built in
 * Java, a profile, a template, a font) or its size causes, with the {@link Problem}s that say where and why.
 * Unchecked. Anything else the library throws ({@link IllegalArgumentException}, {@link NullPointerException} from
 * its own code) is a bug, and the command line reports it as an internal error with an exit status of its own.
 *
 * <pre>{@code
 * try {
 *     Disclosures.read(file).writeTo(out, Format.PDF);
 * } catch (BudgetException e) {
 *     e.problems().forEach(p -> System.err.println(p));   // file:line:column: field: message
 * }
 * }</pre>
 */
public abstract class BudgetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final transient List<? extends Problem> problems;

    /**
     * @param message the whole message, not null
     * @param problems the problems, not empty
     * @param cause the underlying failure, or null
     */
    protected BudgetException(String message, List<? extends Problem> problems, Throwable cause) {
        super(message, cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BudgetException carries at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * @param message the whole message, not null
     * @param problems the problems, not empty
     */
    protected BudgetException(String message, List<? extends Problem> problems) {
        this(message, problems, null);
    }

    /** @return where and what is wrong, in the order found, never empty */
    public List<? extends Problem> problems() {
        return problems;
    }
}
