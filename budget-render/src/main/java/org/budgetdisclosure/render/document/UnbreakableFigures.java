package org.budgetdisclosure.render.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a figure (数字) stands in a text, so that no writer breaks a line inside it: a figure with its sign, its
 * thousands separators, its decimals and its unit or per cent sign ({@code 3,121.42万元}, {@code −2.10%},
 * {@code 98.20%}, {@code 31,214,205.80}) is one unbreakable unit; where it does not fit a line, the line breaks
 * before it. The one definition every writer reads: the PDF line breaker asks {@link #joined}, the HTML and DOCX
 * writers mark the {@link #spans}.
 *
 * <p>A figure is: an optional sign ({@code -}, {@code −} U+2212 or {@code +}) not preceded by a letter or digit,
 * then digits, where a {@code ,} or {@code .} between two digits belongs to it, then an optional unit directly
 * after the last digit: {@code 万元}, {@code 亿元}, {@code 元}, {@code %} or {@code ％}. A separator not followed by a
 * digit ends the figure (a comma in {@code 1,2,3} joins, one after {@code 3，} is punctuation).
 */
public final class UnbreakableFigures {

    private UnbreakableFigures() {}

    /**
     * A figure's place in a text.
     *
     * @param start the index of its first character
     * @param end the index after its last character
     */
    public record Span(int start, int end) {}

    /**
     * Whether a line must not break between {@code text[boundary - 1]} and {@code text[boundary]} because both
     * belong to one figure.
     *
     * @param text the text, not null
     * @param boundary the place of the break, 1 to {@code text.length() - 1}; others are never inside
     * @return whether the place is inside a figure
     */
    public static boolean joined(CharSequence text, int boundary) {
        if (boundary <= 0 || boundary >= text.length()) {
            return false;
        }
        char a = text.charAt(boundary - 1);
        char b = text.charAt(boundary);
        if (isDigit(a)) {
            return isDigit(b)
                    || isSeparator(b) && digitAt(text, boundary + 1)
                    || b == '%'
                    || b == '％'
                    || b == '元'
                    || (b == '万' || b == '亿') && charAt(text, boundary + 1) == '元';
        }
        if (isSeparator(a)) {
            return isDigit(b) && digitAt(text, boundary - 2);
        }
        if (isSign(a)) {
            return isDigit(b) && !letterOrDigitAt(text, boundary - 2);
        }
        if (a == '万' || a == '亿') {
            return b == '元' && digitAt(text, boundary - 2);
        }
        return false;
    }

    /**
     * The figures of a text that hold more than digits (a sign, a separator, decimals or a unit): those a line
     * breaker could cut if not told. A run of bare digits ({@code 2025}) is one word in every line breaker.
     *
     * @param text the text, not null
     * @return the figures in order, never null
     */
    public static List<Span> spans(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            if (!joined(text, i)) {
                i++;
                continue;
            }
            int start = i - 1;
            boolean digitsOnly = isDigit(text.charAt(start));
            while (i < text.length() && joined(text, i)) {
                digitsOnly &= isDigit(text.charAt(i));
                i++;
            }
            if (!digitsOnly) {
                spans.add(new Span(start, i));
            }
        }
        return spans;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.';
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '−' || c == '+';
    }

    private static char charAt(CharSequence text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean digitAt(CharSequence text, int i) {
        return isDigit(charAt(text, i));
    }

    private static boolean letterOrDigitAt(CharSequence text, int i) {
        char c = charAt(text, i);
        return c < 0x2e80 && Character.isLetterOrDigit(c);
    }
}
