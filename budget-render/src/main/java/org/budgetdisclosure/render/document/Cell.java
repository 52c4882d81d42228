package org.budgetdisclosure.render.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A table cell: its printed text, its spans, its alignment, and for a figure its exact value. A cell covered by
 * another's span is not listed.
 *
 * @param text the text as printed, not null (empty for a blank cell)
 * @param colSpan the columns it spans, 1 or more
 * @param rowSpan the rows it spans, 1 or more
 * @param align the horizontal alignment, not null
 * @param figure the exact number the text prints, with how it is printed, for writers of data (XLSX, CSV);
 *     empty for text, not null
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
     * A cell of text, without a figure.
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
     * @param figure the exact number this cell prints, not null
     * @return this cell carrying it, never null
     */
    public Cell withFigure(Figure figure) {
        return new Cell(text, colSpan, rowSpan, align, Optional.of(figure));
    }

    /** @param text the printed text, not null @return this cell with the text, never null */
    public Cell withText(String text) {
        return new Cell(text, colSpan, rowSpan, align, figure);
    }

    /**
     * The cell as printed, without the exact number behind a figure: the same text as before figures were held
     * (the PDF's file ID is a digest of the document's text, so a document prints the same bytes as it did).
     *
     * @return {@code Cell[text=…, colSpan=…, rowSpan=…, align=…]}
     */
    @Override
    public String toString() {
        return "Cell[text=" + text + ", colSpan=" + colSpan + ", rowSpan=" + rowSpan + ", align=" + align + "]";
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
