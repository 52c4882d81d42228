package org.budgetdisclosure.render.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a published table, flat: where it stands (table, row, column) and what it is, for a data portal
 * that loads the tables without reading a PDF.
 *
 * @param table the table's stable identifier, such as {@code table-1}, not null
 * @param tableTitle the table's title, such as 部门预算收支总表, not null
 * @param row the body row, from 1
 * @param rowCode the classification code of the row (科目编码), such as {@code 2150501}; empty where the table has
 *     none, not null
 * @param rowName the name of the row as printed (its 项目 or 科目名称, the nearest label left of the figure), not null
 * @param level the depth of the row in its classification, 0 for the top
 * @param rowKind {@code total}, {@code subtotal} or {@code detail}, not null
 * @param column the column, from 1
 * @param columnName the column's header path, levels joined by {@code /}, such as {@code 本年收入/事业收入}, not null
 * @param value the exact value, not null
 * @param unit the unit the table states (单位), such as 万元; empty where it states none, not null
 */
public record TableFigure(
        String table,
        String tableTitle,
        int row,
        String rowCode,
        String rowName,
        int level,
        String rowKind,
        int column,
        String columnName,
        BigDecimal value,
        String unit) {

    /** Validates the fields. */
    public TableFigure {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableTitle, "tableTitle");
        Objects.requireNonNull(rowCode, "rowCode");
        Objects.requireNonNull(rowName, "rowName");
        Objects.requireNonNull(rowKind, "rowKind");
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
