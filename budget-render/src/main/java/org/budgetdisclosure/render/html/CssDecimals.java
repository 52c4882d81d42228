package org.budgetdisclosure.render.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number with a fixed count of decimals as the style sheet prints it ({@code 12.35}, {@code 10.5}): what
 * {@code String.format(Locale.ROOT, "%.2f", value)} writes (the shortest decimal that reads back as the value,
 * rounded half up), without parsing a format per number; a page prints a hundred column widths.
 */
final class CssDecimals {

    private CssDecimals() {}

    /**
     * @param value a number, finite, not negative
     * @param decimals the decimals to print, not negative
     * @return the number rounded half up to that many decimals, in plain notation, never null
     */
    static String fixed(double value, int decimals) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number of zero or more: " + value);
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
