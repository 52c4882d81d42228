package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money (金额) in the budget's unit, held exactly as a {@link BigDecimal}.
 *
 * <p>The value is kept as given, so that validation can report an amount with more decimals than the unit
 * allows; equality ignores trailing zeros ({@code 1775} equals {@code 1775.00}). Arithmetic is exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {

    private static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private final BigDecimal value;

    private Amount(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains an amount from a decimal value.
     *
     * @param value the value, not null
     * @return the amount, never null
     */
    public static Amount of(BigDecimal value) {
        Objects.requireNonNull(value, "amount value must not be null");
        return value.signum() == 0 && value.scale() == 0 ? ZERO : new Amount(value);
    }

    /**
     * Parses an amount from decimal text such as {@code "2538.88"}; never goes through {@code double}.
     *
     * @param text the decimal text, not null
     * @return the amount, never null
     * @throws IllegalArgumentException naming the text if it is not a plain decimal number
     */
    public static Amount parse(String text) {
        Objects.requireNonNull(text, "amount text must not be null");
        String trimmed = text.strip();
        if (!trimmed.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("not a decimal amount: '" + text + "'");
        }
        return of(new BigDecimal(trimmed));
    }

    /**
     * Obtains an amount from decimal text; a shorthand for {@link #parse(String)} that reads well in builders.
     *
     * @param text the decimal text, not null
     * @return the amount, never null
     */
    public static Amount of(String text) {
        return parse(text);
    }

    /**
     * Obtains an amount of a whole number of units.
     *
     * @param units the number of units
     * @return the amount, never null
     */
    public static Amount of(long units) {
        return of(BigDecimal.valueOf(units));
    }

    /** @return the zero amount, never null */
    public static Amount zero() {
        return ZERO;
    }

    /**
     * Adds up amounts.
     *
     * @param amounts the amounts, not null, no null element
     * @return their exact sum, zero for none, never null
     */
    public static Amount total(Iterable<Amount> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount amount : amounts) {
            sum = sum.add(amount.value);
        }
        return of(sum);
    }

    /**
     * Adds up amounts.
     *
     * @param amounts the amounts, not null, no null element
     * @return their exact sum, never null
     */
    public static Amount total(Amount... amounts) {
        return total(java.util.Arrays.asList(amounts));
    }

    /** @return the exact value as given, never null */
    public BigDecimal value() {
        return value;
    }

    /** @param other the amount to add, not null @return the exact sum, never null */
    public Amount plus(Amount other) {
        return other.isZero() ? this : isZero() ? other : of(value.add(other.value));
    }

    /** @param other the amount to subtract, not null @return the exact difference, never null */
    public Amount minus(Amount other) {
        return of(value.subtract(other.value));
    }

    /**
     * Multiplies by a quantity, as for unit price × quantity.
     *
     * @param quantity the quantity, not null
     * @return the exact product, never null
     */
    public Amount times(BigDecimal quantity) {
        return of(value.multiply(quantity));
    }

    /** @return the negated amount, never null */
    public Amount negated() {
        return of(value.negate());
    }

    /** @return whether the amount is zero */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** @return whether the amount is below zero */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * The number of decimals the value really needs ({@code 1.50} needs one, {@code 2} none).
     *
     * @return the significant decimals, zero or more
     */
    public int decimals() {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /**
     * Formats with a fixed number of decimals, rounding half-up, without grouping: {@code 1775.00}.
     *
     * @param decimals the number of decimals, zero or more
     * @return the text, never null
     */
    public String format(int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Rounds to a number of decimals, half-up.
     *
     * @param decimals the number of decimals, zero or more
     * @return the rounded amount, never null
     */
    public Amount rounded(int decimals) {
        return of(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    /** @param other an amount, not null @return whether this amount is greater than the other */
    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Amount other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    /** @return the plain decimal text of the value as given, such as {@code 2538.88} */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
