package org.budgetdisclosure.model.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void equalityIgnoresTrailingZerosAndArithmeticIsExact() {
        assertThat(Amount.of("1775")).isEqualTo(Amount.of("1775.00")).hasSameHashCodeAs(Amount.of("1775.00"));
        assertThat(Amount.of("0.1").plus(Amount.of("0.2"))).isEqualTo(Amount.of("0.3"));
        assertThat(Amount.total(List.of(Amount.of("731.02"), Amount.of("32.86")))).isEqualTo(Amount.of("763.88"));
        assertThat(Amount.of("32.86").minus(Amount.of("33.06"))).isEqualTo(Amount.of("-0.20"));
        assertThat(Amount.of("0.345").times(new BigDecimal("4"))).isEqualTo(Amount.of("1.38"));
        assertThat(Amount.zero().isZero()).isTrue();
    }

    @Test
    void formatsWithFixedDecimalsAndKnowsItsPrecision() {
        assertThat(Amount.of("1775").format(2)).isEqualTo("1775.00");
        assertThat(Amount.of("0.6").format(2)).isEqualTo("0.60");
        assertThat(Amount.of("1.50").decimals()).isEqualTo(1);
        assertThat(Amount.of("0.345").decimals()).isEqualTo(3);
        assertThat(Amount.of("100").decimals()).isZero();
    }

    @Test
    void parseRejectsWhatIsNotADecimalNamingIt() {
        assertThatThrownBy(() -> Amount.parse("12,5")).hasMessageContaining("'12,5'");
        assertThatThrownBy(() -> Amount.parse("1e5")).hasMessageContaining("'1e5'");
        assertThatThrownBy(() -> Amount.parse("NaN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Amount.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    }
}
