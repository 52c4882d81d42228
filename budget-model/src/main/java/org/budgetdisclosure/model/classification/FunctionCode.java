package org.budgetdisclosure.model.classification;

import java.util.Optional;

/**
 * A code of the functional classification of expenditure (支出功能分类科目编码), such as {@code 2150501}
 * (行政运行): 3 digits for a 类, 5 for a 款, 7 for a 项; a code's parent is its prefix.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the digits, never null
 */
public record FunctionCode(String value) implements Code, Comparable<FunctionCode> {

    /**
     * Validates the digits.
     *
     * @throws IllegalArgumentException naming the value if it is not 3, 5 or 7 digits
     */
    public FunctionCode {
        Code.check(value, "functional code", 7);
    }

    /**
     * Obtains a code from its digits.
     *
     * @param value the digits, not null
     * @return the code, never null
     * @throws IllegalArgumentException naming the value if it is not 3, 5 or 7 digits
     */
    public static FunctionCode of(String value) {
        return new FunctionCode(value);
    }

    @Override
    public Level level() {
        return Level.ofDigits(value.length());
    }

    @Override
    public Optional<FunctionCode> parent() {
        return level() == Level.CLASS
                ? Optional.empty()
                : Optional.of(new FunctionCode(value.substring(0, value.length() - 2)));
    }

    /** @return the 类 this code lies in (itself for a 类), never null */
    public FunctionCode classCode() {
        return level() == Level.CLASS ? this : new FunctionCode(value.substring(0, 3));
    }

    @Override
    public Classification classification() {
        return Classification.FUNCTIONAL;
    }

    @Override
    public int compareTo(FunctionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
