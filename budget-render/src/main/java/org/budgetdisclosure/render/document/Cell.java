package org.budgetdisclosure.render.document;

import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;

/**
 * A table cell: its printed text, its spans, its alignment. A cell covered by another's span is not listed.
 * A figure cell also holds the exact amount it prints; the table's amount style turns it into text
 * (see {@code TableBuilder}), and a figure never wraps.
 *
 * @param text the text as printed, not null (empty for a blank cell)
 * @param colSpan the columns it spans, 1 or more
 * @param rowSpan the rows it spans, 1 or more
 * @param align the horizontal alignment, not null
 * @param figure the exact amount of a figure cell, empty for text, not null
 */
public record Cell(String text, int colSpan, int rowSpan, Align align, Optional<Figure> figure) {

    /** Validates the fields. */
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(figure, "figure");
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans must be 1 or more: " + colSpan + "×" + rowSpan);
        }
    }

    /**
     * A text cell.
     *
     * @param text the text as printed, not null
     * @param colSpan the columns it spans, 1 or more
     * @param rowSpan the rows it spans, 1 or more
     * @param align the horizontal alignment, not null
     */
    public Cell(String text, int colSpan, int rowSpan, Align align) {
        this(text, colSpan, rowSpan, align, Optional.empty());
    }

    /**
     * A right-aligned figure cell whose text the table's amount style will give.
     *
     * @param amount the exact amount, not null
     * @param zeroShown whether zero prints as a number even where the style leaves zero blank
     * @return the cell, its text empty until styled; never null
     */
    public static Cell figure(Amount amount, boolean zeroShown) {
        return new Cell("", 1, 1, Align.RIGHT, Optional.of(new Figure(amount, zeroShown)));
    }

    /**
     * The cell as printed, without the exact amount behind a figure: the same text as before figures were held
     * (the PDF's file ID is a digest of the document's text, so a document prints the same bytes as it did).
     *
     * @return {@code Cell[text=…, colSpan=…, rowSpan=…, align=…]}
     */
    @Override
    public String toString() {
        return "Cell[text=" + text + ", colSpan=" + colSpan + ", rowSpan=" + rowSpan + ", align=" + align + "]";
    }

    /** @param text the printed text, not null @return this cell with the text, never null */
    public Cell withText(String text) {
        return new Cell(text, colSpan, rowSpan, align, figure);
    }

    /**
     * The exact amount of a figure cell.
     *
     * @param amount the amount, in the budget's unit, not null
     * @param zeroShown whether zero prints as a number even where the style leaves zero blank
     */
    public record Figure(Amount amount, boolean zeroShown) {

        /** Validates the fields. */
        public Figure {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** @param text the text @return a one-by-one centred cell */
    public static Cell of(String text) {
        return new Cell(text, 1, 1, Align.CENTER);
    }

    /** @param text the text @param align the alignment @return a one-by-one cell */
    public static Cell of(String text, Align align) {
        return new Cell(text, 1, 1, align);
    }

    /** @param text the text @param columns the columns spanned @return a centred cell spanning columns */
    public static Cell across(String text, int columns) {
        return new Cell(text, columns, 1, Align.CENTER);
    }

    /** @param text the text @param rows the rows spanned @return a centred cell spanning rows */
    public static Cell down(String text, int rows) {
        return new Cell(text, 1, rows, Align.CENTER);
    }

    /** Horizontal alignment. */
    public enum Align {
        /** Left, for names. */
        LEFT,
        /** Centred, for headings, codes and row numbers. */
        CENTER,
        /** Right, for amounts. */
        RIGHT
    }
}
