package org.budgetdisclosure.render.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Figure;
import org.budgetdisclosure.render.document.Table;

/**
 * Assembles a {@link Table} row by row; used by profiles. Not thread-safe.
 */
public final class TableBuilder {

    private final String anchor;
    private final String title;
    private List<String> headings = List.of();
    private List<Integer> widths = List.of();
    private final List<Table.Row> header = new ArrayList<>();
    private final List<Table.Row> body = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean landscape;
    private int outlineLevel = 1;
    private int indentColumn = -1;

    /**
     * @param anchor the table's anchor
     * @param title the table's title
     */
    public TableBuilder(String anchor, String title) {
        this.anchor = anchor;
        this.title = title;
    }

    /** @param headings the line above the table @return this */
    public TableBuilder headings(String... headings) {
        this.headings = List.of(headings);
        return this;
    }

    /** @param widths relative column widths @return this */
    public TableBuilder widths(Integer... widths) {
        this.widths = List.of(widths);
        return this;
    }

    /** @param cells a header row @return this */
    public TableBuilder header(Cell... cells) {
        header.add(Table.Row.header(Arrays.asList(cells)));
        return this;
    }

    /**
     * Adds the 栏次 row: 栏次 under the first column, then 1, 2, … for the others from {@code from}.
     *
     * @param unnumbered columns after the first left without a number (none in the standard tables)
     * @return this
     */
    public TableBuilder columnNumbers(int unnumbered) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of("栏次"));
        for (int i = 1; i < widths.size(); i++) {
            cells.add(Cell.of(i <= unnumbered ? "" : String.valueOf(i - unnumbered)));
        }
        header.add(Table.Row.columnNumbers(cells));
        return this;
    }

    /**
     * @param kind the row kind
     * @param level the indentation level
     * @param cells the cells
     * @return this
     */
    public TableBuilder row(Table.Kind kind, int level, List<Cell> cells) {
        body.add(new Table.Row(cells, kind, level));
        return this;
    }

    /** @param note a note under the table @return this */
    public TableBuilder note(String note) {
        notes.add(note);
        return this;
    }

    /** @param landscape whether the table needs a landscape page @return this */
    public TableBuilder landscape(boolean landscape) {
        this.landscape = landscape;
        return this;
    }

    /** @param level the title's outline level, 0 for none @return this */
    public TableBuilder outline(int level) {
        this.outlineLevel = level;
        return this;
    }

    /** @param column the column indented by the row level, -1 for none @return this */
    public TableBuilder indentColumn(int column) {
        this.indentColumn = column;
        return this;
    }

    /** @return the number of body rows so far */
    public int bodySize() {
        return body.size();
    }

    /** @return the table */
    public Table build() {
        return new Table(anchor, title, headings, widths, header, body, notes, landscape, outlineLevel, indentColumn);
    }

    /** @param amount an amount @return it with two decimals, blank for zero: a table cell, right-aligned */
    public static Cell amount(Amount amount) {
        return Cell.of(amount.isZero() ? "" : amount.format(2), Cell.Align.RIGHT)
                .withFigure(new Figure(amount.value(), 2, false));
    }

    /** @param amount an amount @param zeroShown whether zero prints as 0.00 @return a right-aligned cell */
    public static Cell amount(Amount amount, boolean zeroShown) {
        return Cell.of(amount.isZero() && !zeroShown ? "" : amount.format(2), Cell.Align.RIGHT)
                .withFigure(new Figure(amount.value(), 2, zeroShown));
    }

    /** @param text a name @return a left-aligned cell */
    public static Cell name(String text) {
        return Cell.of(text, Cell.Align.LEFT);
    }

    /** @param text text @return a centred cell */
    public static Cell centre(String text) {
        return Cell.of(text);
    }
}
