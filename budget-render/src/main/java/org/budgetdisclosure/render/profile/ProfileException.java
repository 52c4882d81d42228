package org.budgetdisclosure.render.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile that cannot be used, with every problem found in it, each located by file, line, column and field.
 */
public final class ProfileException extends org.budgetdisclosure.model.errors.BudgetException {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final transient List<Problem> problems;

    /**
     * @param problems the problems, not empty
     */
    public ProfileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), problems);
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in the order of the file, never empty */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem of a profile.
     *
     * @param file the file, such as {@code my-profile/profile.yaml}
     * @param line the line, from 1 (0 when unknown)
     * @param column the column, from 1 (0 when unknown)
     * @param field the field's path, such as {@code tables[3].columns[2]}, empty for the file as a whole
     * @param message what is wrong and what was expected
     */
    public record Problem(String file, int line, int column, String field, String message)
            implements org.budgetdisclosure.model.errors.Problem {

        /** Every problem in the descriptor's words, never the YAML parser's internals. */
        public Problem {
            message = message == null ? "" : org.budgetdisclosure.model.files.ParserMessages.plain(message);
        }

        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
        }
    }
}
