package org.budgetdisclosure.model.statements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * Adds amounts into a classification hierarchy: an amount booked on a code counts in that code's row and in
 * every ancestor's. Rows come out in code order, so a parent precedes its children. Not thread-safe; used
 * while computing one statement.
 */
final class Hierarchy<C extends Enum<C>> {

    private final Class<C> columnType;
    private final MoneyUnit unit;
    private final TreeMap<String, Node<C>> nodes = new TreeMap<>();

    private record Node<C extends Enum<C>>(Code code, EnumMap<C, Amount> sums) {}

    Hierarchy(Class<C> columnType, MoneyUnit unit) {
        this.columnType = columnType;
        this.unit = unit;
    }

    /** Books an amount on a code and all its ancestors. */
    void add(Code code, C column, Amount amount) {
        for (Optional<? extends Code> c = Optional.of(code);
                c.isPresent();
                c = c.get().parent()) {
            Code at = c.get();
            nodes.computeIfAbsent(at.value(), k -> new Node<>(at, new EnumMap<>(columnType)))
                    .sums()
                    .merge(column, amount, Amount::plus);
        }
    }

    /**
     * The rows: a total row first (the sum of the top-level rows), then every code in order.
     *
     * @param names the printed name of a code
     * @param derive fills the derived columns (合计, 小计) of a row from its parts
     */
    List<Row<C>> rows(String totalName, Function<Code, String> names, UnaryOperator<EnumMap<C, Amount>> derive) {
        List<Row<C>> rows = new ArrayList<>();
        EnumMap<C, Amount> total = new EnumMap<>(columnType);
        for (Node<C> node : nodes.values()) {
            if (node.code().parent().isEmpty()) {
                node.sums().forEach((column, amount) -> total.merge(column, amount, Amount::plus));
            }
        }
        rows.add(new Row<>(Optional.empty(), totalName, 0, RowKind.TOTAL, derive.apply(total), unit));
        List<Map.Entry<String, Node<C>>> entries = new ArrayList<>(nodes.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            Node<C> node = entries.get(i).getValue();
            boolean hasChild = i + 1 < entries.size()
                    && entries.get(i + 1).getKey().startsWith(entries.get(i).getKey());
            rows.add(new Row<>(
                    Optional.of(node.code()),
                    names.apply(node.code()),
                    node.code().level().depth(),
                    hasChild ? RowKind.SUBTOTAL : RowKind.DETAIL,
                    derive.apply(new EnumMap<>(node.sums())),
                    unit));
        }
        return rows;
    }
}
