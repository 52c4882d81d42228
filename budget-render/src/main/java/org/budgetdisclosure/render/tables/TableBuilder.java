package org.budgetdisclosure.render.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Figure;
import org.budgetdisclosure.render.document.Table;

/**
 * Assembles a {@link Table} row by row; used by profiles. Figure cells ({@link #amount(Amount)}) hold their exact
 * amount and are printed in the builder's {@link #amountStyle(AmountStyle) amount style} when the table is built,
 * so the style is set once per table, not at every cell. Not thread-safe.
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
    private AmountStyle amountStyle = AmountStyle.of(org.budgetdisclosure.model.facts.MoneyUnit.TEN_THOUSAND_YUAN, 2)
            .withZero(AmountStyle.Zero.BLANK);

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

    /**
     * @param style how the table's figure cells print, not null; 万元 with two decimals, zero blank, unless set
     * @return this
     */
    public TableBuilder amountStyle(AmountStyle style) {
        this.amountStyle = java.util.Objects.requireNonNull(style, "style");
        return this;
    }

    /** @return the number of body rows so far */
    public int bodySize() {
        return body.size();
    }

    /** @return the table, its figure cells printed in the amount style */
    public Table build() {
        return new Table(
                anchor,
                title,
                headings,
                widths,
                styled(header),
                styled(body),
                notes,
                landscape,
                outlineLevel,
                indentColumn);
    }

    private List<Table.Row> styled(List<Table.Row> rows) {
        List<Table.Row> out = new ArrayList<>(rows.size());
        for (Table.Row row : rows) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (Cell cell : row.cells()) {
                cells.add(cell.figure().map(f -> styled(cell, f)).orElse(cell));
            }
            out.add(new Table.Row(cells, row.kind(), row.level()));
        }
        return out;
    }

    /**
     * A figure cell as the amount style prints it: its text, and its exact value in the style's unit with the
     * decimals, separators and zero rule the text shows (for writers of data: a spreadsheet's number format).
     */
    private Cell styled(Cell cell, Figure pending) {
        Amount amount = Amount.of(pending.value(), unit(pending.unit()));
        String text = pending.zeroShown() ? amountStyle.formatShowingZero(amount) : amountStyle.format(amount);
        boolean zeroShown = pending.zeroShown() || amountStyle.zero() != AmountStyle.Zero.BLANK;
        return cell.withText(text)
                .withFigure(new Figure(
                        amount.inUnit(amountStyle.unit()).value(),
                        amountStyle.decimals(),
                        zeroShown,
                        amountStyle.grouping(),
                        amountStyle.unitWord()));
    }

    private static MoneyUnit unit(String word) {
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.chineseName().equals(word)) {
                return u;
            }
        }
        throw new IllegalStateException("a figure cell in no unit: " + word);
    }

    /**
     * A figure cell waiting for the table's amount style: its exact amount in the ledger's unit, no text yet.
     * {@link #build()} prints it.
     */
    private static Cell pending(Amount amount, boolean zeroShown) {
        return Cell.of("", Cell.Align.RIGHT)
                .withFigure(new Figure(
                        amount.value(),
                        Math.max(0, amount.decimals()),
                        zeroShown,
                        false,
                        amount.unit().chineseName()));
    }

    /**
     * @param amount an amount, not null
     * @return a right-aligned figure cell, printed in the table's amount style (zero as the style says)
     */
    public static Cell amount(Amount amount) {
        return pending(amount, false);
    }

    /**
     * @param amount an amount, not null
     * @param zeroShown whether zero prints as a number even where the style leaves zero blank
     * @return a right-aligned figure cell, printed in the table's amount style
     */
    public static Cell amount(Amount amount, boolean zeroShown) {
        return pending(amount, zeroShown);
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
