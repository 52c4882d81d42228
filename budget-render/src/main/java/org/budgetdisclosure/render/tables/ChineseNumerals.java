package org.budgetdisclosure.render.tables;

/**
 * Chinese numbering of sections and rows: 一、二、… 三十; （一）.
 */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {}

    /**
     * @param n a number from 1 to 99
     * @return its Chinese numeral: 1 一, 10 十, 11 十一, 20 二十, 21 二十一
     */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("only 1 to 99 are numbered, not " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
