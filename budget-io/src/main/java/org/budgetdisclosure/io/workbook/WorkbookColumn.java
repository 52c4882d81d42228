package org.budgetdisclosure.io.workbook;

import java.util.Objects;
import java.util.Optional;

/**
 * A column (列) of a sheet of the fill-in workbook, declared once and read by both the writer and the reader: its
 * header (表头, the name the reader finds the column by), its width, the kind of value it holds (which sets the
 * cell format the writer gives the column, and the number check), and the drop-down list (下拉列表) it offers.
 *
 * @param header the header in row 1, not blank
 * @param width the width in characters
 * @param kind the kind of value
 * @param list the name of the drop-down list of 代码表 the column offers, if any
 * @param optional whether a workbook may lack the column (the reader then reads it as blank)
 */
record WorkbookColumn(String header, int width, Kind kind, Optional<String> list, boolean optional) {

    /** The kind of value of a column. */
    enum Kind {
        /** Text (codes and words too: 0101 stays 0101); formatted as text. */
        TEXT,
        /** An amount (金额) in the ledger unit; formatted {@code 0.00####}, checked as a number between bounds. */
        AMOUNT,
        /** A count or a number (项目序号, 数量); formatted {@code 0.######}, not checked. */
        NUMBER
    }

    /** Validates the fields. */
    WorkbookColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(list, "list");
        if (header.isBlank() || width <= 0) {
            throw new IllegalArgumentException("a column needs a header and a width: " + header);
        }
    }

    /** @return a text column */
    static WorkbookColumn text(String header, int width) {
        return new WorkbookColumn(header, width, Kind.TEXT, Optional.empty(), false);
    }

    /** @return a text column offering a drop-down list */
    static WorkbookColumn listed(String header, int width, String list) {
        return new WorkbookColumn(header, width, Kind.TEXT, Optional.of(list), false);
    }

    /** @return an amount column */
    static WorkbookColumn amount(String header, int width) {
        return new WorkbookColumn(header, width, Kind.AMOUNT, Optional.empty(), false);
    }

    /** @return a number column */
    static WorkbookColumn number(String header, int width) {
        return new WorkbookColumn(header, width, Kind.NUMBER, Optional.empty(), false);
    }

    /** @return this column, which a workbook may lack */
    WorkbookColumn asOptional() {
        return new WorkbookColumn(header, width, kind, list, true);
    }
}
