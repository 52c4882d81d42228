package org.budgetdisclosure.render.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * How a publication prints amounts (金额的列示方式): in which unit (元 or 万元), with how many decimals, with or
 * without thousands separators ({@code 31,214,205.80}), how zero prints ({@code 0.00}, {@code 0} or blank), and
 * the unit word the text writes after a figure. The choice of the layout, independent of the ledger's unit.
 *
 * <p>Each figure is its own exact value converted to the style's unit and rounded half-up once: a printed total
 * is the rounded exact total, never the sum of rounded lines, so a printed parent may differ from the sum of its
 * printed children (as in the published documents). Only an exactly zero amount counts as zero; a non-zero amount
 * that rounds to nothing prints as the rounded number ({@code 0.00}), so a blank cell always means nothing at all.
 *
 * <p>Immutable and thread-safe; numbers are formatted the same in every locale.
 *
 * @param unit the unit figures are printed in, not null
 * @param decimals the decimals printed, 0 to 4 (published tables use 0 or 2)
 * @param grouping whether thousands are separated by commas
 * @param zero how an amount of exactly zero prints, not null
 */
public record AmountStyle(MoneyUnit unit, int decimals, boolean grouping, Zero zero) {

    /** How an amount of exactly zero prints. */
    public enum Zero {
        /** As a number with the style's decimals: {@code 0.00}. */
        NUMBER,
        /** As a bare {@code 0}, whatever the decimals. */
        BARE,
        /** Blank: nothing printed (the Hebei tables). */
        BLANK
    }

    /** Validates the fields. */
    public AmountStyle {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(zero, "zero");
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("an amount style prints 0 to 4 decimals, not " + decimals);
        }
    }

    /**
     * @param unit the unit figures are printed in, not null
     * @param decimals the decimals, 0 to 4
     * @return the style without separators, zero printed as a number; never null
     */
    public static AmountStyle of(MoneyUnit unit, int decimals) {
        return new AmountStyle(unit, decimals, false, Zero.NUMBER);
    }

    /** @param grouping whether thousands are separated by commas @return a new style, never null */
    public AmountStyle withGrouping(boolean grouping) {
        return new AmountStyle(unit, decimals, grouping, zero);
    }

    /** @param zero how zero prints, not null @return a new style, never null */
    public AmountStyle withZero(Zero zero) {
        return new AmountStyle(unit, decimals, grouping, zero);
    }

    /** @return the unit word written after a figure and in 单位： headings, such as 万元; never null */
    public String unitWord() {
        return unit.chineseName();
    }

    /**
     * The figure as printed, as an amount: converted exactly to the style's unit, then rounded half-up once.
     *
     * @param amount an amount in any unit, not null
     * @return the printed value, never null
     */
    public Amount rounded(Amount amount) {
        return amount.inUnit(unit).rounded(decimals);
    }

    /**
     * @param amount an amount in any unit, not null
     * @return its printed text, such as {@code 18,976.76}; for exactly zero as {@link #zero()} says; never null
     */
    public String format(Amount amount) {
        if (amount.isZero()) {
            return switch (zero) {
                case NUMBER -> number(BigDecimal.ZERO.setScale(decimals));
                case BARE -> "0";
                case BLANK -> "";
            };
        }
        return number(rounded(amount).value().setScale(decimals, RoundingMode.UNNECESSARY));
    }

    /**
     * Prints an amount as a number even where it is zero (a table column that prints its zeros).
     *
     * @param amount an amount in any unit, not null
     * @return its printed text, never blank
     */
    public String formatShowingZero(Amount amount) {
        return number(rounded(amount).value().setScale(decimals, RoundingMode.UNNECESSARY));
    }

    /**
     * Prints a unit price exactly: converted to the style's unit, with the style's decimals or more where the
     * price needs them (0.345 万元), never rounded.
     *
     * @param price a price in any unit, not null
     * @return its printed text, never null
     */
    public String formatExact(Amount price) {
        Amount converted = price.inUnit(unit);
        return number(converted.value().setScale(Math.max(decimals, converted.decimals()), RoundingMode.UNNECESSARY));
    }

    private String number(BigDecimal value) {
        String plain = value.abs().toPlainString();
        if (grouping) {
            int point = plain.indexOf('.');
            String whole = point < 0 ? plain : plain.substring(0, point);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    grouped.append(',');
                }
                grouped.append(whole.charAt(i));
            }
            plain = grouped + (point < 0 ? "" : plain.substring(point));
        }
        return value.signum() < 0 ? "-" + plain : plain;
    }
}
