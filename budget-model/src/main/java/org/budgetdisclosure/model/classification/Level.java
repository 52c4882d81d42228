package org.budgetdisclosure.model.classification;

/**
 * The level of a classification code: 类 (class), 款 (section) or 项 (item).
 *
 * <p>A 功能分类 code has 3, 5 or 7 digits for 类, 款 and 项; a 经济分类 code has 3 or 5 digits for 类 and 款.
 */
public enum Level {
    /** 类: three digits. */
    CLASS(3, "类"),
    /** 款: five digits. */
    SECTION(5, "款"),
    /** 项: seven digits. */
    ITEM(7, "项");

    private final int digits;
    private final String chineseName;

    Level(int digits, String chineseName) {
        this.digits = digits;
        this.chineseName = chineseName;
    }

    /** @return the number of digits of a code at this level */
    public int digits() {
        return digits;
    }

    /** @return the official name of the level: 类, 款 or 项 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the depth, 0 for 类, 1 for 款, 2 for 项 */
    public int depth() {
        return ordinal();
    }

    static Level ofDigits(int digits) {
        for (Level level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        throw new IllegalArgumentException("no level has " + digits + " digits");
    }
}
