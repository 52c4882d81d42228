package org.budgetdisclosure.render.document;

import java.util.List;
import java.util.Objects;

/**
 * A table: a title, the heading line above it (department, year, unit), the relative widths of its columns,
 * header rows with merged cells (the last of them may be the 栏次 row), body rows, and notes under it.
 *
 * @param anchor a stable identifier, unique in the document, not null
 * @param title the title, such as 部门预算收支总表; empty for a table without one, not null
 * @param headings the line above the table, left to right, such as 304工信局 · 预算年度：2022 · 单位：万元, not null
 * @param widths the relative width of each column, not null
 * @param header the header rows, repeated on every page the table spans, not null
 * @param body the body rows, not null
 * @param notes the notes under the table, not null
 * @param landscape whether the table needs a landscape page
 * @param outlineLevel the level of the title's entry in the outline and table of contents (1 beside the parts,
 *     3 inside a section), 0 for none
 * @param indentColumn the column whose text is indented by the row's level (the name of a classification
 *     row), or -1 for none
 * @param fontSize the point size of the cells where {@link TableFit} chose one so that the widest figures fit,
 *     0 for the size by column count ({@link #cellFontSize()})
 * @param required whether the profile requires the table even when it is empty (printed with its notes); an
 *     empty table that is not required is left out of its section
 */
public record Table(
        String anchor,
        String title,
        List<String> headings,
        List<Integer> widths,
        List<Row> header,
        List<Row> body,
        List<String> notes,
        boolean landscape,
        int outlineLevel,
        int indentColumn,
        float fontSize,
        boolean required)
        implements Block {

    /**
     * @param required whether the profile requires the table even when it is empty
     * @return this table, required or not, never null
     */
    public Table withRequired(boolean required) {
        return new Table(
                anchor,
                title,
                headings,
                widths,
                header,
                body,
                notes,
                landscape,
                outlineLevel,
                indentColumn,
                fontSize,
                required);
    }

    /** @return whether the table has no detail or subtotal row (at most a total row) */
    public boolean isEmpty() {
        return body.stream().allMatch(r -> r.kind() == Kind.TOTAL);
    }

    /** Validates and copies the fields. */
    public Table {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        headings = List.copyOf(headings);
        widths = List.copyOf(widths);
        header = List.copyOf(header);
        body = List.copyOf(body);
        notes = List.copyOf(notes);
        for (Row row : header) {
            check(row, widths.size());
        }
        for (Row row : body) {
            check(row, widths.size());
        }
    }

    /**
     * A required table with the cell size by column count.
     *
     * @param anchor a stable identifier, unique in the document, not null
     * @param title the title, not null
     * @param headings the line above the table, not null
     * @param widths the relative width of each column, not null
     * @param header the header rows, not null
     * @param body the body rows, not null
     * @param notes the notes under the table, not null
     * @param landscape whether the table needs a landscape page
     * @param outlineLevel the level of the title's outline entry, 0 for none
     * @param indentColumn the column indented by the row's level, or -1 for none
     */
    public Table(
            String anchor,
            String title,
            List<String> headings,
            List<Integer> widths,
            List<Row> header,
            List<Row> body,
            List<String> notes,
            boolean landscape,
            int outlineLevel,
            int indentColumn) {
        this(anchor, title, headings, widths, header, body, notes, landscape, outlineLevel, indentColumn, 0f, true);
    }

    /**
     * @param widths new relative column widths, one a column, not null
     * @param size the point size of the cells
     * @return this table laid out with other widths and cell size, never null
     */
    public Table withLayout(List<Integer> widths, float size) {
        if (widths.size() != this.widths.size()) {
            throw new IllegalArgumentException(
                    "a width for each of " + this.widths.size() + " columns, not " + widths.size());
        }
        return new Table(
                anchor,
                title,
                headings,
                widths,
                header,
                body,
                notes,
                landscape,
                outlineLevel,
                indentColumn,
                size,
                required);
    }

    /**
     * The table's text; the fitted cell size appears only where one was chosen (the PDF's file ID is a digest of
     * the document's text, so a table that needed no fitting prints the same bytes as it did before fitting).
     *
     * @return {@code Table[anchor=…, …, indentColumn=…]}, with {@code fontSize=…} where fitted
     */
    @Override
    public String toString() {
        return "Table[anchor=" + anchor + ", title=" + title + ", headings=" + headings + ", widths=" + widths
                + ", header=" + header + ", body=" + body + ", notes=" + notes + ", landscape=" + landscape
                + ", outlineLevel=" + outlineLevel + ", indentColumn=" + indentColumn
                + (fontSize > 0 ? ", fontSize=" + fontSize : "") + (required ? "" : ", required=false") + "]";
    }

    private static void check(Row row, int columns) {
        int spanned = row.cells().stream().mapToInt(Cell::colSpan).sum();
        if (spanned > columns) {
            throw new IllegalArgumentException("a row spans " + spanned + " columns of " + columns);
        }
    }

    /** @return the number of columns */
    public int columnCount() {
        return widths.size();
    }

    /**
     * The size its cells are set in, so that wide tables fit their page: 五号 (10.5 pt) up to seven columns,
     * 9 pt for eight or nine, 8 pt for ten and more; smaller where {@link TableFit} shrank it so that the widest
     * figures fit.
     *
     * @return the point size
     */
    public float cellFontSize() {
        return fontSize > 0 ? fontSize : columnCount() >= 10 ? 8f : columnCount() >= 8 ? 9f : 10.5f;
    }

    @Override
    public void accept(BlockVisitor visitor) {
        visitor.visit(this);
    }

    /**
     * A row of cells.
     *
     * @param cells the cells, left to right, without those covered by a span from above, not null
     * @param kind what the row is, not null
     * @param level the depth of a classification row (indentation of its name), 0 for the top
     */
    public record Row(List<Cell> cells, Kind kind, int level) {

        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(kind, "kind");
        }

        /** @param cells the cells @return a header row */
        public static Row header(List<Cell> cells) {
            return new Row(cells, Kind.HEADER, 0);
        }

        /** @param cells the cells @return the 栏次 row */
        public static Row columnNumbers(List<Cell> cells) {
            return new Row(cells, Kind.COLUMN_NUMBERS, 0);
        }
    }

    /** What a row is; writers set totals in bold. */
    public enum Kind {
        /** A header row. */
        HEADER,
        /** The 栏次 row numbering the columns. */
        COLUMN_NUMBERS,
        /** 合计 / 总计. */
        TOTAL,
        /** A row summing rows below it. */
        SUBTOTAL,
        /** A detail row. */
        DETAIL
    }
}
