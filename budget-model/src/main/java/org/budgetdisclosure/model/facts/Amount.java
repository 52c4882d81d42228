package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money (金额) in a unit (单位: 元 or 万元), held exactly as a {@link BigDecimal}: the unit is part of
 * the value, as a currency is part of a money value.
 *
 * <p>The value is kept as given, so that validation can report an amount with more decimals than the unit
 * allows; equality ignores trailing zeros ({@code 1775} equals {@code 1775.00}) but not the unit (1 万元 is not
 * 1 元, nor equal to 10000 元: compare {@link #inUnit converted} amounts). Arithmetic is exact and only between
 * amounts of the same unit: adding or comparing amounts of different units fails, naming both (no valid code
 * path reaches that, since a {@link Budget} has one unit and checks every amount's unit when it is made).
 * Conversion is explicit and exact: {@code Amount.wan("1.5").inUnit(MoneyUnit.YUAN)} is 15000 元, and a 元 figure
 * in 万元 keeps all its digits.
 *
 * <pre>{@code
 * Amount a = Amount.wan("12.50");                       // 12.50 万元
 * Amount b = Amount.of("125000", MoneyUnit.YUAN);       // 125000 元
 * a.equals(b.inUnit(MoneyUnit.TEN_THOUSAND_YUAN));      // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {

    private static final Amount ZERO_YUAN = new Amount(BigDecimal.ZERO, MoneyUnit.YUAN);
    private static final Amount ZERO_WAN = new Amount(BigDecimal.ZERO, MoneyUnit.TEN_THOUSAND_YUAN);

    private final BigDecimal value;
    private final MoneyUnit unit;

    private Amount(BigDecimal value, MoneyUnit unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * Obtains an amount from a decimal value in a unit.
     *
     * @param value the value, not null
     * @param unit the unit, not null
     * @return the amount, never null
     */
    public static Amount of(BigDecimal value, MoneyUnit unit) {
        Objects.requireNonNull(value, "amount value must not be null");
        Objects.requireNonNull(unit, "amount unit must not be null");
        return value.signum() == 0 && value.scale() == 0 ? zero(unit) : new Amount(value, unit);
    }

    /**
     * Parses an amount from decimal text such as {@code "2538.88"}; never goes through {@code double}.
     *
     * @param text the decimal text, not null
     * @param unit the unit, not null
     * @return the amount, never null
     * @throws IllegalArgumentException naming the text if it is not a plain decimal number
     */
    public static Amount parse(String text, MoneyUnit unit) {
        Objects.requireNonNull(text, "amount text must not be null");
        String trimmed = text.strip();
        if (!trimmed.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("not a decimal amount: '" + text + "'");
        }
        return of(new BigDecimal(trimmed), unit);
    }

    /**
     * Obtains an amount from decimal text; a shorthand for {@link #parse(String, MoneyUnit)} that reads well in
     * builders: {@code Amount.of("12.50", MoneyUnit.YUAN)}.
     *
     * @param text the decimal text, not null
     * @param unit the unit, not null
     * @return the amount, never null
     */
    public static Amount of(String text, MoneyUnit unit) {
        return parse(text, unit);
    }

    /**
     * Obtains an amount of a whole number of units.
     *
     * @param units the number of units
     * @param unit the unit, not null
     * @return the amount, never null
     */
    public static Amount of(long units, MoneyUnit unit) {
        return of(BigDecimal.valueOf(units), unit);
    }

    /**
     * @param text decimal text, not null
     * @return the amount in 万元 (ten thousand yuan), never null
     */
    public static Amount wan(String text) {
        return parse(text, MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * @param text decimal text, not null
     * @return the amount in 元 (yuan), never null
     */
    public static Amount yuan(String text) {
        return parse(text, MoneyUnit.YUAN);
    }

    /** @param unit the unit, not null @return the zero amount of the unit, never null */
    public static Amount zero(MoneyUnit unit) {
        return switch (Objects.requireNonNull(unit, "unit")) {
            case YUAN -> ZERO_YUAN;
            case TEN_THOUSAND_YUAN -> ZERO_WAN;
        };
    }

    /**
     * Adds up amounts of one unit.
     *
     * @param unit the unit of the amounts and of the sum (the sum of none is zero of it), not null
     * @param amounts the amounts, not null, no null element
     * @return their exact sum, never null
     * @throws IllegalArgumentException if an amount is of another unit
     */
    public static Amount total(MoneyUnit unit, Iterable<Amount> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount amount : amounts) {
            amount.requireUnit(unit, "add");
            sum = sum.add(amount.value);
        }
        return of(sum, unit);
    }

    /**
     * Adds up amounts of one unit.
     *
     * @param first the first amount, not null
     * @param more the others, not null, no null element
     * @return their exact sum, in the first's unit, never null
     * @throws IllegalArgumentException if an amount is of another unit
     */
    public static Amount total(Amount first, Amount... more) {
        Amount sum = first;
        for (Amount a : more) {
            sum = sum.plus(a);
        }
        return sum;
    }

    /** @return the exact value as given, in {@link #unit()}, never null */
    public BigDecimal value() {
        return value;
    }

    /** @return the unit, never null */
    public MoneyUnit unit() {
        return unit;
    }

    /**
     * Converts exactly to another unit, keeping every digit (1 万元 = 10,000 元; 1.23 元 = 0.000123 万元).
     *
     * @param target the unit, not null
     * @return the same amount of money in the target unit, never null
     */
    public Amount inUnit(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal yuan = value.multiply(unit.yuan());
        return of(yuan.divide(target.yuan()).stripTrailingZeros(), target); // exact: the ratio is a power of ten
    }

    /**
     * @param other the amount to add, not null
     * @return the exact sum, never null
     * @throws IllegalArgumentException naming both units if they differ
     */
    public Amount plus(Amount other) {
        other.requireUnit(unit, "add");
        return other.isZero() ? this : isZero() ? other : of(value.add(other.value), unit);
    }

    /**
     * @param other the amount to subtract, not null
     * @return the exact difference, never null
     * @throws IllegalArgumentException naming both units if they differ
     */
    public Amount minus(Amount other) {
        other.requireUnit(unit, "subtract");
        return of(value.subtract(other.value), unit);
    }

    private void requireUnit(MoneyUnit expected, String operation) {
        if (unit != expected) {
            throw new IllegalArgumentException("cannot " + operation + " amounts of different units: " + this + " "
                    + unit.chineseName() + " and an amount in " + expected.chineseName()
                    + "; convert one with inUnit(…) first");
        }
    }

    /**
     * Multiplies by a quantity, as for unit price × quantity.
     *
     * @param quantity the quantity, not null
     * @return the exact product, never null
     */
    public Amount times(BigDecimal quantity) {
        return of(value.multiply(quantity), unit);
    }

    /** @return the negated amount, never null */
    public Amount negated() {
        return of(value.negate(), unit);
    }

    /** @return the absolute amount, never null */
    public Amount abs() {
        return value.signum() < 0 ? negated() : this;
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
     * Formats the value in its own unit with a fixed number of decimals, rounding half-up, without grouping or
     * unit word: {@code 1775.00}. Publications print through a style of the renderer, which converts first.
     *
     * @param decimals the number of decimals, zero or more
     * @return the text, never null
     */
    public String format(int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Rounds to a number of decimals of its unit, half-up.
     *
     * @param decimals the number of decimals, zero or more
     * @return the rounded amount, never null
     */
    public Amount rounded(int decimals) {
        return of(value.setScale(decimals, RoundingMode.HALF_UP), unit);
    }

    /**
     * Compares amounts of one unit.
     *
     * @throws IllegalArgumentException naming both units if they differ
     */
    @Override
    public int compareTo(Amount other) {
        other.requireUnit(unit, "compare");
        return value.compareTo(other.value);
    }

    /** @param other an amount of the same unit, not null @return whether this amount is greater than the other */
    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Amount other && unit == other.unit && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * unit.hashCode()
                + (value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode());
    }

    /** @return the plain decimal text of the value as given, without unit, such as {@code 2538.88} */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
