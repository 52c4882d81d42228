package org.budgetdisclosure.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break: after any CJK character or space, but never before closing
 * punctuation (，。、；：）” …) nor after opening punctuation (（“《 …), the 避头尾 rules of Chinese typesetting.
 */
final class ChineseLineBreaks implements SplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〕〉”’…—·%％,.;:?!)]}";
    private static final String NO_BREAK_AFTER = "（《「『【〔〈“‘([{";

    private ChineseLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (NO_BREAK_AFTER.indexOf(c) >= 0) {
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

    /**
     * @param before a character
     * @param c the character after it
     * @return whether a line may break between them: not before closing punctuation, not after opening
     *     punctuation, not inside a number or word
     */
    static boolean breakableBefore(char before, char c) {
        return NO_BREAK_AFTER.indexOf(before) < 0 && NO_BREAK_BEFORE.indexOf(c) < 0
                && !(isDigitOrLatin(before) && isDigitOrLatin(c));
    }

    private static boolean isDigitOrLatin(char c) {
        return c < 0x2e80 && Character.isLetterOrDigit(c) || c == '.';
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[i];
        }
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
