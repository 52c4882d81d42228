package org.budgetdisclosure.model.finalaccounts.statements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.RowKind;

/**
 * A table of the final accounts by classification code: its columns and its rows, the 合计 row first, then the
 * code rows in code order, parents before children. Immutable and thread-safe.
 *
 * @param <C> the column type
 * @param id which statement, never null
 * @param columns the figure columns in printed order, never null
 * @param rows the rows, never null
 */
public record FinalStatement<C extends Enum<C>>(FinalStatementId id, List<C> columns, List<Row<C>> rows) {

    /** Validates and copies the fields. */
    public FinalStatement {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @return the 合计 row, never null */
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

    /** @return whether the table has no row but its total (空表) */
    public boolean isEmpty() {
        return body().isEmpty();
    }
}
