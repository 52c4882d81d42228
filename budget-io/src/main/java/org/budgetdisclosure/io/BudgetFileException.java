package org.budgetdisclosure.io;

import java.util.Objects;
import org.budgetdisclosure.model.files.ParserMessages;

/**
 * A budget file that cannot be read as a budget: names the file, the place (line and column where known, and the
 * path of the field such as {@code $.appropriations[3].amount}) and what was expected. No stack trace is needed to
 * understand it.
 */
public final class BudgetFileException extends org.budgetdisclosure.model.errors.BudgetException {

    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    /**
     * @param file the file's name, not null
     * @param line the line, from 1, or 0 if unknown
     * @param column the column, from 1, or 0 if unknown
     * @param path the JSON path of the field, or empty text, not null
     * @param detail what is wrong and what was expected, not null
     */
    public BudgetFileException(String file, int line, int column, String path, String detail) {
        // every message of a budget file is made here: in the file's words, never the parser's internals
        super(
                format(file, line, column, path, ParserMessages.plain(detail)),
                java.util.List.of(org.budgetdisclosure.model.errors.Problem.of(
                        file, line, column, path, ParserMessages.plain(detail))));
        this.file = Objects.requireNonNull(file);
        this.line = line;
        this.column = column;
        this.path = Objects.requireNonNull(path);
        this.detail = ParserMessages.plain(detail);
    }

    private static String format(String file, int line, int column, String path, String detail) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append("at ").append(path).append(": ");
        }
        return s.append(detail).toString();
    }

    /** @return the file's name, never null */
    public String file() {
        return file;
    }

    /** @return the line, from 1, or 0 if unknown */
    public int line() {
        return line;
    }

    /** @return the column, from 1, or 0 if unknown */
    public int column() {
        return column;
    }

    /** @return the JSON path of the field, or empty text, never null */
    public String path() {
        return path;
    }

    /** @return what is wrong and what was expected, never null */
    public String detail() {
        return detail;
    }
}
