package org.budgetdisclosure.model.errors;

import java.util.Objects;

/**
 * One problem a user can fix, located as precisely as is known: the file (or resource), the line and column in it,
 * and the field's path (such as {@code appropriations[3].amount}, {@code tables[2].columns[1]}).
 */
public interface Problem {

    /** @return the file or resource, or "" when the problem is not in a file (facts built in Java); never null */
    String file();

    /** @return the line, from 1, or 0 when unknown */
    int line();

    /** @return the column, from 1, or 0 when unknown */
    int column();

    /** @return the field's path, or "" for the whole file or document; never null */
    String field();

    /** @return what is wrong and what was expected, never null */
    String message();

    /**
     * @param file the file, or "", not null
     * @param line the line, from 1, or 0
     * @param column the column, from 1, or 0
     * @param field the field's path, or "", not null
     * @param message what is wrong, not null
     * @return the problem, never null
     */
    static Problem of(String file, int line, int column, String field, String message) {
        return new At(file, line, column, field, message);
    }

    /**
     * @param field the field's path, or "", not null
     * @param message what is wrong, not null
     * @return a problem located by its field only (facts built in Java, a document being rendered), never null
     */
    static Problem at(String field, String message) {
        return new At("", 0, 0, field, message);
    }

    /**
     * The plain located problem.
     *
     * @param file the file, or ""
     * @param line the line, or 0
     * @param column the column, or 0
     * @param field the field's path, or ""
     * @param message what is wrong
     */
    record At(String file, int line, int column, String field, String message) implements Problem {

        /** Checks that no part is null. */
        public At {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            if (!file.isEmpty()) {
                s.append(file);
                if (line > 0) {
                    s.append(':').append(line);
                    if (column > 0) {
                        s.append(':').append(column);
                    }
                }
                s.append(": ");
            }
            if (!field.isEmpty()) {
                s.append(field).append(": ");
            }
            return s.append(message).toString();
        }
    }
}
