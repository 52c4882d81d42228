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
 */
public record Figure(BigDecimal value, int decimals, boolean zeroShown) {

    /** Validates the fields. */
    public Figure {
        Objects.requireNonNull(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be zero or more, was " + decimals);
        }
    }
}
