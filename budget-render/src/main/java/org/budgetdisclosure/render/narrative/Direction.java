package org.budgetdisclosure.render.narrative;

import org.budgetdisclosure.model.facts.Amount;

/**
 * The direction of a change on last year (增减变化), as a template tests it: by its name ({@code INCREASE},
 * {@code DECREASE}, {@code FLAT}), never by a Chinese word; the word it prints is {@link #word()}.
 */
public enum Direction {
    /** 增加: the figure grew. */
    INCREASE("增加"),
    /** 减少: the figure fell. */
    DECREASE("减少"),
    /** 持平: the figure is unchanged, or changed by less than the narrative prints (30 元 in 万元). */
    FLAT("持平");

    private final String word;

    Direction(String word) {
        this.word = word;
    }

    /** @return the word the narrative prints: 增加, 减少 or 持平 */
    public String word() {
        return word;
    }

    /**
     * @param difference this year's figure less last year's, as printed (rounded to the narrative's unit), not null
     * @return its direction: {@link #FLAT} for a difference that prints as zero
     */
    public static Direction of(Amount difference) {
        return difference.isZero() ? FLAT : difference.isNegative() ? DECREASE : INCREASE;
    }

    /**
     * @param signum the sign of a change (of a per cent as printed)
     * @return its direction
     */
    public static Direction ofSign(int signum) {
        return signum > 0 ? INCREASE : signum < 0 ? DECREASE : FLAT;
    }
}
