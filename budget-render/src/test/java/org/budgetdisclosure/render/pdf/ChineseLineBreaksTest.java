package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long text is cut into pieces only where a line may break anyway, never inside a surrogate pair. */
class ChineseLineBreaksTest {

    @Test
    void piecesJoinBackToTheTextAndAreCutBetweenIdeographsOrAfterSpaces() {
        String text = ("预算公开，“三公”经费。" + "𠀀" + "Budget disclosure ").repeat(2_000);
        List<String> pieces = ChineseLineBreaks.pieces(text);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).hasSizeGreaterThan(10);
        for (int i = 0; i < pieces.size() - 1; i++) {
            char last = pieces.get(i).charAt(pieces.get(i).length() - 1);
            char next = pieces.get(i + 1).charAt(0);
            assertThat(last == ' ' || last >= 0x3400 && last <= 0x9fff && next >= 0x3400 && next <= 0x9fff)
                    .as("cut between '%s' and '%s'", last, next)
                    .isTrue();
            assertThat(pieces.get(i).length()).isBetween(ChineseLineBreaks.PIECE, 4 * ChineseLineBreaks.PIECE);
        }
    }

    @Test
    void aWordWithoutBreakPointsIsCutAnywayButNeverInsideASurrogatePair() {
        String text = "𠀀".repeat(10_000);
        List<String> pieces = ChineseLineBreaks.pieces(text);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces)
                .allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1)))
                        .isFalse());
        assertThat(ChineseLineBreaks.pieces("短文本")).containsExactly("短文本");
    }

    @Test
    void aLineNeverBreaksInsideAFigureButBeforeIt() {
        String text = "收入预算3,121.42万元，支出−2.10%";
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            boolean inFigure = i > 4 && i < 14 || i > 17;
            boolean allowed =
                    ChineseLineBreaks.INSTANCE.isSplitCharacter(0, i - 1, text.length(), text.toCharArray(), null);
            if (inFigure) {
                assertThat(allowed).as("break after '%s' at %d", before, i).isFalse();
                assertThat(ChineseLineBreaks.breakableBefore(text, i)).isFalse();
            }
        }
        // before the figure, a line may break
        assertThat(ChineseLineBreaks.INSTANCE.isSplitCharacter(0, 3, text.length(), text.toCharArray(), null))
                .isTrue();
        // long text is never cut into pieces inside 万元
        String longText = ("预算" + "收入预算3,121.42万元".repeat(3)).repeat(400);
        List<String> pieces = ChineseLineBreaks.pieces(longText);
        int at = 0;
        for (String piece : pieces.subList(0, pieces.size() - 1)) {
            at += piece.length();
            assertThat(org.budgetdisclosure.render.document.UnbreakableFigures.joined(longText, at))
                    .isFalse();
        }
    }
}
