package org.budgetdisclosure.model.statements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table computed from the facts: its columns and its rows, the total first, then classification rows in code
 * order, parents before children. Immutable and thread-safe.
 *
 * @param <C> the column type
 * @param id which of the nine tables, never null
 * @param columns the figure columns in printed order, never null
 * @param rows the rows in printed order, never null
 */
public record Statement<C extends Enum<C>>(StatementId id, List<C> columns, List<Row<C>> rows) {

    /** Validates and copies the fields. */
    public Statement {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @return the 合计 row, never null; a row of zeros if the table has none */
    public Row<C> total() {
        return rows.stream()
                .filter(r -> r.kind() == RowKind.TOTAL)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(id + " has no total row"));
    }

    /** @param code a code's digits, not null @return the row of that code, if the table has it */
    public Optional<Row<C>> row(String code) {
        return rows.stream().filter(r -> r.codeText().equals(code)).findFirst();
    }

    /** @return the rows below the total, never null */
    public List<Row<C>> body() {
        return rows.stream().filter(r -> r.kind() != RowKind.TOTAL).toList();
    }

    /** @return whether the table has no figure other than zero */
    public boolean isEmpty() {
        return body().isEmpty();
    }
}
