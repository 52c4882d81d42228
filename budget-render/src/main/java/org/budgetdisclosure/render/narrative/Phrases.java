package org.budgetdisclosure.render.narrative;

import org.budgetdisclosure.render.tables.ChineseNumerals;

/**
 * The phrases a narrative words its figures with, written once for the Java models and the templates (which call
 * them as {@code compared(…)}, {@code moved(…)} and {@code numeral(…)}, see {@link PhraseFunctions}):
 * 比上年增加/减少 (比…增加/减少), 与上年持平 (与…持平), 增加X万元 and the Chinese numerals of labels （一）（二）.
 * A figure is passed as printed, with its unit ({@code 0.20万元}, {@code 3.50%}).
 */
public final class Phrases {

    private Phrases() {}

    /**
     * A figure set against another: 比{against}增加{amount}, 比{against}减少{amount}, or 与{against}持平.
     *
     * @param direction the change's direction, not null
     * @param against what it is set against, such as {@code 2024年预算} or {@code 上年}, not null
     * @param amount the size of the change as printed, with its unit, not null
     * @return the phrase, never null
     */
    public static String compared(Direction direction, String against, String amount) {
        return compared(direction, against, amount, "与");
    }

    /**
     * As {@link #compared(Direction, String, String)}, an unchanged figure introduced by {@code flatWith} (与 or
     * 较: 较上年持平).
     *
     * @param direction the change's direction, not null
     * @param against what it is set against, not null
     * @param amount the size of the change as printed, with its unit, not null
     * @param flatWith the preposition of an unchanged figure, such as 与 or 较, not null
     * @return the phrase, never null
     */
    public static String compared(Direction direction, String against, String amount, String flatWith) {
        return direction == Direction.FLAT
                ? flatWith + against + Direction.FLAT.word()
                : "比" + against + direction.word() + amount;
    }

    /**
     * A change without what it is set against: 增加{amount}, 减少{amount}, or {@code flat} for an unchanged figure.
     *
     * @param direction the change's direction, not null
     * @param amount the size of the change as printed, with its unit, not null
     * @param flat the phrase of an unchanged figure, such as 与上年持平, not null
     * @return the phrase, never null
     */
    public static String moved(Direction direction, String amount, String flat) {
        return direction == Direction.FLAT ? flat : direction.word() + amount;
    }

    /**
     * @param n a number from 1
     * @return its Chinese numeral (一, 十一, 二十) up to 99, its digits beyond
     */
    public static String numeral(int n) {
        return n >= 1 && n <= 99 ? ChineseNumerals.of(n) : String.valueOf(n);
    }
}
