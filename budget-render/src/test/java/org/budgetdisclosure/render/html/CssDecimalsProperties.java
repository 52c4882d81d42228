package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;

/** The style sheet's numbers are written as {@code String.format} wrote them, so that the HTML stays the same. */
class CssDecimalsProperties {

    @Property(tries = 5000)
    void aColumnWidthIsWhatFormatWrote(
            @ForAll @IntRange(min = 1, max = 100_000) int total, @ForAll @IntRange(min = 0, max = 100_000) int width) {
        double share = 100.0 * Math.min(width, total) / total;
        assertThat(CssDecimals.fixed(share, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", share));
    }

    @Property(tries = 2000)
    void aSizeIsWhatFormatWrote(@ForAll @FloatRange(min = 0, max = 1000) float size) {
        assertThat(CssDecimals.fixed(size, 1)).isEqualTo(String.format(Locale.ROOT, "%.1f", size));
    }

    @Example
    void everyShareOfSmallTablesIsWhatFormatWrote() {
        for (int total = 1; total <= 400; total++) {
            for (int width = 0; width <= total; width++) {
                double share = 100.0 * width / total;
                assertThat(CssDecimals.fixed(share, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", share));
            }
        }
    }

    @Example
    void tiesAreRoundedUp() {
        assertThat(CssDecimals.fixed(12.125, 2)).isEqualTo("12.13");
        assertThat(CssDecimals.fixed(0.5, 0)).isEqualTo("1");
        assertThat(CssDecimals.fixed(1.005, 2)).isEqualTo("1.01"); // as the shortest decimal reads, as format did
        assertThat(CssDecimals.fixed(100, 2)).isEqualTo("100.00");
    }

    @Example
    void aNegativeOrEndlessNumberIsRefused() {
        assertThatThrownBy(() -> CssDecimals.fixed(-0.001, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CssDecimals.fixed(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CssDecimals.fixed(Double.POSITIVE_INFINITY, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
