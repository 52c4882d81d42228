package org.budgetdisclosure.model.classification;

import java.util.Optional;

/**
 * A code of a government classification (政府收支分类科目): its digits, its level, its parent.
 *
 * <p>Implementations are immutable and thread-safe, and order by their digits, so that sorting codes puts
 * every parent before its children.
 */
public sealed interface Code permits FunctionCode, EconomicCode {

    /** @return the digits, never null */
    String value();

    /** @return the level, never null */
    Level level();

    /** @return the parent code, empty for a 类 */
    Optional<? extends Code> parent();

    /** @return the classification this code belongs to, never null */
    Classification classification();

    /** @param other a code of the same classification @return whether this code is the other or lies under it */
    default boolean isWithin(Code other) {
        return classification() == other.classification() && value().startsWith(other.value());
    }

    /** The two classifications. */
    enum Classification {
        /** 支出功能分类. */
        FUNCTIONAL("支出功能分类"),
        /** 部门预算支出经济分类. */
        ECONOMIC("部门预算支出经济分类");

        private final String chineseName;

        Classification(String chineseName) {
            this.chineseName = chineseName;
        }

        /** @return the official name */
        public String chineseName() {
            return chineseName;
        }
    }

    /** Checks digits and length, returning the level; messages name the offending value. */
    static Level check(String value, String what, int maxDigits) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')
                || (value.length() != 3 && value.length() != 5 && value.length() != 7)
                || value.length() > maxDigits) {
            throw new IllegalArgumentException(what + " '" + value + "' is malformed: expected "
                    + (maxDigits == 7 ? "3, 5 or 7 digits (类, 款 or 项)" : "3 or 5 digits (类 or 款)"));
        }
        return Level.ofDigits(value.length());
    }
}
