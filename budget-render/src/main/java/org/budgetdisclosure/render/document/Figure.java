package org.budgetdisclosure.render.document;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The exact number behind a table cell's text (数字), and how the text prints it, so that writers of data (a
 * spreadsheet's numeric cell and number format, a CSV value) keep the value while showing what the PDF shows.
 *
 * @param value the exact value, not rounded to the decimals shown, not null
 * @param decimals the decimals the text shows, zero or more (rounded half-up)
 * @param zeroShown whether zero prints (as {@code 0.00}) or leaves the cell blank
 * @param grouping whether thousands are separated ({@code 31,214,205.80})
 * @param unit the unit of the value, such as 万元 or 元; empty where unknown
 */
public record Figure(BigDecimal value, int decimals, boolean zeroShown, boolean grouping, String unit) {

    /**
     * A figure without separators whose unit the table's heading says.
     *
     * @param value the exact value, not null
     * @param decimals the decimals the text shows
     * @param zeroShown whether zero prints
     */
    public Figure(BigDecimal value, int decimals, boolean zeroShown) {
        this(value, decimals, zeroShown, false, "");
    }

    /** Validates the fields. */
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be zero or more, was " + decimals);
        }
    }
}
