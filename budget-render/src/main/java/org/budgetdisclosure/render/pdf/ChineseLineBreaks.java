package org.budgetdisclosure.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import org.budgetdisclosure.render.document.UnbreakableFigures;

/**
 * Where a line of Chinese text may break: after any CJK character or space, but never before closing
 * punctuation (，。、；：）” …) nor after opening punctuation (（“《 …), the 避头尾 rules of Chinese typesetting, and
 * never inside a figure with its sign, separators, decimals and unit ({@link UnbreakableFigures}): a figure that
 * does not fit the line goes whole to the next.
 */
final class ChineseLineBreaks implements SplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〕〉”’…—·%％,.;:?!)]}";
    private static final String NO_BREAK_AFTER = "（《「『【〔〈“‘([{";

    private ChineseLineBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (NO_BREAK_AFTER.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end && UnbreakableFigures.joined(new Chars(start, end, cc, ck), current + 1 - start)) {
            return false;
        }
        if (current + 1 < end) {
            char next = charAt(current + 1, cc, ck);
            if (NO_BREAK_BEFORE.indexOf(next) >= 0) {
                return false;
            }
            if (isDigitOrLatin(c) && isDigitOrLatin(next)) {
                return false;
            }
        }
        return c == ' ' || c == '-' || c == '/' || c >= 0x2e80 || NO_BREAK_BEFORE.indexOf(c) >= 0;
    }

    /** Pieces of text longer than this are laid out as several chunks (see {@link #pieces(String)}). */
    static final int PIECE = 1024;

    /**
     * Cuts a long text into pieces of about {@value #PIECE} characters, each cut where a line may break anyway
     * (between two CJK characters that are not punctuation, or after a space): OpenPDF copies the rest of a chunk
     * each time it breaks a line from it, which made one long string take time growing with its square.
     *
     * @param text the text, not null
     * @return the pieces, in order, together the text; one piece for a short text
     */
    static java.util.List<String> pieces(String text) {
        if (text.length() <= 2 * PIECE) {
            return java.util.List.of(text);
        }
        java.util.List<String> pieces = new java.util.ArrayList<>();
        int start = 0;
        int i = start + PIECE;
        while (text.length() - start > 2 * PIECE && i < text.length()) {
            if (cutAllowed(text.charAt(i - 1), text.charAt(i)) && !UnbreakableFigures.joined(text, i)
                    || i - start >= 4 * PIECE) {
                // a text without a break point in 4 pieces is cut anyway: OpenPDF breaks such a word too
                if (Character.isHighSurrogate(text.charAt(i - 1))) {
                    i++;
                    continue;
                }
                pieces.add(text.substring(start, i));
                start = i;
                i = start + PIECE;
            } else {
                i++;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    private static boolean cutAllowed(char c, char next) {
        boolean ideographs = c >= 0x3400 && c <= 0x9fff && next >= 0x3400 && next <= 0x9fff;
        return ideographs || c == ' ' && NO_BREAK_BEFORE.indexOf(next) < 0 && next != ' ';
    }

    /**
     * @param text a text
     * @param i the index of a character, 1 or more
     * @return whether a line may break before it: not before closing punctuation, not after opening
     *     punctuation, not inside a number, a word or a figure with its unit
     */
    static boolean breakableBefore(String text, int i) {
        return breakableBefore(text.charAt(i - 1), text.charAt(i)) && !UnbreakableFigures.joined(text, i);
    }

    private static boolean breakableBefore(char before, char c) {
        return NO_BREAK_AFTER.indexOf(before) < 0
                && NO_BREAK_BEFORE.indexOf(c) < 0
                && !(isDigitOrLatin(before) && isDigitOrLatin(c));
    }

    private static boolean isDigitOrLatin(char c) {
        return c < 0x2e80 && Character.isLetterOrDigit(c) || c == '.';
    }

    /** The characters {@code start} to {@code end} of a chunk's line as text, each as its Unicode equivalent. */
    private record Chars(int start, int end, char[] cc, PdfChunk[] ck) implements CharSequence {

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return ChineseLineBreaks.charAt(start + index, cc, ck);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Chars(start + from, start + to, cc, ck);
        }

        @Override
        public String toString() {
            return new StringBuilder(this).toString();
        }
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[i];
        }
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
