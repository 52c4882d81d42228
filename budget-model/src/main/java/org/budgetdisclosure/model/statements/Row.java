package org.budgetdisclosure.model.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * A row of a statement: its code (for classification rows), its name, its depth, its kind and its figures by
 * column. Immutable and thread-safe.
 *
 * @param <C> the column type of the statement
 * @param code the classification code, empty for total and label rows
 * @param name the name as printed (without numbering), never null; empty for a row the layout labels, found by what
 *     it is: a total row (its label the layout's, 合计 by default), the “三公” subtotal, the fiscal summary's
 *     本年支出合计 and 年末财政拨款结转和结余
 * @param level the depth, 0 for the top
 * @param kind total, subtotal or detail, never null
 * @param amounts the figure of every column, never null; a missing column is zero
 * @param unit the unit of the figures (the budget's), never null
 */
public record Row<C extends Enum<C>>(
        Optional<Code> code, String name, int level, RowKind kind, Map<C, Amount> amounts, MoneyUnit unit) {

    /** Validates and copies the fields. */
    public Row {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(unit, "unit");
        amounts = Collections.unmodifiableMap(amounts.isEmpty() ? Map.of() : new EnumMap<>(amounts));
    }

    /** @param column a column, not null @return its figure, zero if none; never null */
    public Amount get(C column) {
        return amounts.getOrDefault(column, Amount.zero(unit));
    }

    /** @param columns columns, not null @return their figures in order, never null */
    public List<Amount> get(List<C> columns) {
        return columns.stream().map(this::get).toList();
    }

    /** @return the code's digits, empty text for rows without a code; never null */
    public String codeText() {
        return code.map(Code::value).orElse("");
    }
}
