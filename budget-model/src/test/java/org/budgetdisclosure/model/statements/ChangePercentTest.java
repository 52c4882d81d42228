package org.budgetdisclosure.model.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.junit.jupiter.api.Test;

/** The per cent of a change: from the exact figures, half-up to two decimals, none of a zero base. */
class ChangePercentTest {

    private static Optional<String> percent(String current, String prior) {
        return new Change(Amount.yuan(current), Amount.yuan(prior), Optional.empty())
                .percent()
                .map(p -> p.toPlainString());
    }

    @Test
    void theExactFiguresRoundedHalfUpOnce() {
        // the welfare home's 事业单位离退休: 538,440 against 546,000 is −1.3846…%; the reference divides its printed
        // 万元 figures (53.84 / 54.60) and prints 1.39
        assertThat(percent("538440", "546000")).contains("-1.38");
        assertThat(percent("767579", "707000")).contains("8.57");
        assertThat(percent("503724", "441700")).contains("14.04");
        assertThat(percent("335816", "337400")).contains("-0.47");
        // exactly half a hundredth of a per cent rounds up, away from zero on both sides
        assertThat(percent("100005", "10000000")).contains("-99.00");
        assertThat(percent("1000050", "1000000")).contains("0.01");
        assertThat(percent("999950", "1000000")).contains("-0.01");
        assertThat(percent("1000049", "1000000")).contains("0.00");
        assertThat(percent("7", "7")).contains("0.00");
    }

    @Test
    void aZeroBaseHasNoPerCent() {
        assertThat(percent("538440", "0")).isEmpty();
        assertThat(percent("0", "0")).isEmpty();
        assertThat(percent("0", "5")).contains("-100.00");
    }
}
