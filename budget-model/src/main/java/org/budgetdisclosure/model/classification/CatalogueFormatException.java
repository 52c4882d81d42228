package org.budgetdisclosure.model.classification;

/**
 * A catalogue file that cannot be read as one: names the source, the line and what was expected.
 */
public final class CatalogueFormatException extends org.budgetdisclosure.model.errors.BudgetException {

    private final String source;
    private final int line;

    /**
     * @param source the file or resource, not null
     * @param line the line number, from 1
     * @param detail what was expected and found, not null
     */
    public CatalogueFormatException(String source, int line, String detail) {
        super(
                source + ":" + line + ": " + detail,
                java.util.List.of(org.budgetdisclosure.model.errors.Problem.of(source, line, 0, "", detail)));
        this.source = source;
        this.line = line;
    }

    /** @return the file or resource, never null */
    public String source() {
        return source;
    }

    /** @return the line number, from 1 */
    public int line() {
        return line;
    }
}
