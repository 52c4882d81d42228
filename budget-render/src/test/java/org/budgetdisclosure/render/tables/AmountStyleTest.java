package org.budgetdisclosure.render.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.junit.jupiter.api.Test;

class AmountStyleTest {

    private static final AmountStyle YUAN = AmountStyle.of(MoneyUnit.YUAN, 2).withGrouping(true);
    private static final AmountStyle WAN = AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 2);

    @Test
    void printsInItsOwnUnitWithSeparatorsRoundingHalfUpOnce() {
        Amount ledger = Amount.yuan("189767551.37");
        assertThat(YUAN.format(ledger)).isEqualTo("189,767,551.37");
        assertThat(WAN.format(ledger)).isEqualTo("18976.76");
        assertThat(WAN.withGrouping(true).format(ledger)).isEqualTo("18,976.76");
        assertThat(AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 0).format(ledger))
                .isEqualTo("18977");
        assertThat(WAN.format(Amount.yuan("50.00"))).isEqualTo("0.01"); // 0.005 万元, half-up
        assertThat(WAN.format(Amount.yuan("49.99"))).isEqualTo("0.00"); // not zero: prints as rounded
        assertThat(YUAN.format(Amount.wan("12.5"))).isEqualTo("125,000.00");
        assertThat(YUAN.format(Amount.yuan("-1234567.8"))).isEqualTo("-1,234,567.80");
        assertThat(YUAN.format(Amount.yuan("123"))).isEqualTo("123.00");
        assertThat(WAN.unitWord()).isEqualTo("万元");
        assertThat(YUAN.unitWord()).isEqualTo("元");
    }

    @Test
    void aPrintedTotalIsTheRoundedExactTotalNotTheSumOfRoundedLines() {
        Amount a = Amount.yuan("123456750.00"); // 12345.675 万元
        Amount b = Amount.yuan("45678950.00"); // 4567.895 万元
        assertThat(WAN.format(a)).isEqualTo("12345.68");
        assertThat(WAN.format(b)).isEqualTo("4567.90");
        assertThat(WAN.format(a.plus(b))).isEqualTo("16913.57"); // not 16913.58
    }

    @Test
    void zeroPrintsAsTheStyleSays() {
        Amount zero = Amount.zero(MoneyUnit.YUAN);
        assertThat(WAN.format(zero)).isEqualTo("0.00");
        assertThat(WAN.withZero(AmountStyle.Zero.BARE).format(zero)).isEqualTo("0");
        assertThat(WAN.withZero(AmountStyle.Zero.BLANK).format(zero)).isEmpty();
        assertThat(WAN.withZero(AmountStyle.Zero.BLANK).formatShowingZero(zero)).isEqualTo("0.00");
        assertThat(AmountStyle.of(MoneyUnit.YUAN, 0).format(zero)).isEqualTo("0");
    }

    @Test
    void pricesKeepTheirDigits() {
        assertThat(WAN.formatExact(Amount.wan("0.345"))).isEqualTo("0.345");
        assertThat(WAN.formatExact(Amount.wan("0.3"))).isEqualTo("0.30");
        assertThat(WAN.formatExact(Amount.yuan("4100"))).isEqualTo("0.41");
        assertThat(WAN.formatExact(Amount.yuan("4123.45"))).isEqualTo("0.412345");
        assertThatThrownBy(() -> AmountStyle.of(MoneyUnit.YUAN, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
