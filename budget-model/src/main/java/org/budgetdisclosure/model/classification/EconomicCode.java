package org.budgetdisclosure.model.classification;

import java.util.Optional;

/**
 * A code of the economic classification of departmental expenditure (部门预算支出经济分类科目编码), such as
 * {@code 30101} (基本工资): 3 digits for a 类, 5 for a 款; a code's parent is its prefix.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the digits, never null
 */
public record EconomicCode(String value) implements Code, Comparable<EconomicCode> {

    /**
     * Validates the digits.
     *
     * @throws IllegalArgumentException naming the value if it is not 3 or 5 digits
     */
    public EconomicCode {
        Code.check(value, "economic code", 5);
    }

    /**
     * Obtains a code from its digits.
     *
     * @param value the digits, not null
     * @return the code, never null
     * @throws IllegalArgumentException naming the value if it is not 3 or 5 digits
     */
    public static EconomicCode of(String value) {
        return new EconomicCode(value);
    }

    @Override
    public Level level() {
        return Level.ofDigits(value.length());
    }

    @Override
    public Optional<EconomicCode> parent() {
        return level() == Level.CLASS ? Optional.empty() : Optional.of(new EconomicCode(value.substring(0, 3)));
    }

    /** @return the 类 this code lies in (itself for a 类), never null */
    public EconomicCode classCode() {
        return level() == Level.CLASS ? this : new EconomicCode(value.substring(0, 3));
    }

    @Override
    public Classification classification() {
        return Classification.ECONOMIC;
    }

    @Override
    public int compareTo(EconomicCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
