package org.budgetdisclosure.render.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What one unbreakable figure is: sign, digits, separators, decimals and the unit or per cent sign after it. */
class UnbreakableFiguresTest {

    private static List<String> figures(String text) {
        return UnbreakableFigures.spans(text).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void aFigureHoldsItsSignSeparatorsDecimalsAndUnit() {
        assertThat(figures("收入预算3,121.42万元，比上年减少−2.10%，执行率98.20%。")).containsExactly("3,121.42万元", "−2.10%", "98.20%");
        assertThat(figures("合计31,214,205.80，其中1,234,567,890.12元；亿元级3.5亿元；增长-0.5％"))
                .containsExactly("31,214,205.80", "1,234,567,890.12元", "3.5亿元", "-0.5％");
    }

    @Test
    void bareDigitsPunctuationAndWordsAreNotFigures() {
        // a year, a count, a code: one word in every line breaker; punctuation after a figure ends it
        assertThat(figures("2025年本部门共有车辆12辆，项目2080505。")).isEmpty();
        assertThat(figures("共3,，其中1.")).isEmpty();
        assertThat(figures("万元、元、%")).isEmpty();
        // a hyphen between digits is a range, not a sign
        assertThat(figures("2024-2025年")).isEmpty();
        assertThat(figures("A-1.5")).containsExactly("1.5");
    }

    @Test
    void noBreakInsideAFigureButBeforeAndAfterIt() {
        String text = "收入预算3,121.42万元，";
        for (int i = 1; i < text.length(); i++) {
            boolean inside = i > "收入预算".length() && i < "收入预算3,121.42万元".length();
            assertThat(UnbreakableFigures.joined(text, i)).as("boundary %d", i).isEqualTo(inside);
        }
        assertThat(UnbreakableFigures.joined(text, 0)).isFalse();
        assertThat(UnbreakableFigures.joined(text, text.length())).isFalse();
    }
}
