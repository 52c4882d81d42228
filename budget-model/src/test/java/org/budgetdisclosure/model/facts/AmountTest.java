package org.budgetdisclosure.model.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void equalityIgnoresTrailingZerosAndArithmeticIsExact() {
        assertThat(Amount.wan("1775")).isEqualTo(Amount.wan("1775.00")).hasSameHashCodeAs(Amount.wan("1775.00"));
        assertThat(Amount.wan("0.1").plus(Amount.wan("0.2"))).isEqualTo(Amount.wan("0.3"));
        assertThat(Amount.total(MoneyUnit.TEN_THOUSAND_YUAN, List.of(Amount.wan("731.02"), Amount.wan("32.86"))))
                .isEqualTo(Amount.wan("763.88"));
        assertThat(Amount.wan("32.86").minus(Amount.wan("33.06"))).isEqualTo(Amount.wan("-0.20"));
        assertThat(Amount.wan("0.345").times(new BigDecimal("4"))).isEqualTo(Amount.wan("1.38"));
        assertThat(Amount.zero(MoneyUnit.YUAN).isZero()).isTrue();
        assertThat(Amount.total(MoneyUnit.YUAN, List.of())).isEqualTo(Amount.zero(MoneyUnit.YUAN));
    }

    @Test
    void formatsWithFixedDecimalsAndKnowsItsPrecision() {
        assertThat(Amount.wan("1775").format(2)).isEqualTo("1775.00");
        assertThat(Amount.wan("0.6").format(2)).isEqualTo("0.60");
        assertThat(Amount.wan("1.50").decimals()).isEqualTo(1);
        assertThat(Amount.wan("0.345").decimals()).isEqualTo(3);
        assertThat(Amount.wan("100").decimals()).isZero();
    }

    @Test
    void parseRejectsWhatIsNotADecimalNamingIt() {
        assertThatThrownBy(() -> Amount.yuan("12,5")).hasMessageContaining("'12,5'");
        assertThatThrownBy(() -> Amount.wan("1e5")).hasMessageContaining("'1e5'");
        assertThatThrownBy(() -> Amount.parse("NaN", MoneyUnit.YUAN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Amount.of((BigDecimal) null, MoneyUnit.YUAN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Amount.of("1", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theUnitIsPartOfTheValue() {
        Amount wan = Amount.of("12.50", MoneyUnit.TEN_THOUSAND_YUAN);
        Amount yuan = Amount.yuan("125000");
        assertThat(wan.unit()).isEqualTo(MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(yuan.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(wan).isNotEqualTo(yuan).isNotEqualTo(Amount.yuan("12.50"));
        assertThat(Amount.zero(MoneyUnit.YUAN)).isNotEqualTo(Amount.zero(MoneyUnit.TEN_THOUSAND_YUAN));
        assertThat(yuan.inUnit(MoneyUnit.TEN_THOUSAND_YUAN)).isEqualTo(wan);
        assertThat(wan.inUnit(MoneyUnit.YUAN)).isEqualTo(yuan);
    }

    @Test
    void mixingUnitsFailsNamingBoth() {
        Amount wan = Amount.wan("1");
        Amount yuan = Amount.yuan("1");
        for (Runnable r : List.<Runnable>of(
                () -> wan.plus(yuan),
                () -> wan.minus(yuan),
                () -> wan.compareTo(yuan),
                () -> Amount.total(wan, yuan),
                () -> Amount.total(MoneyUnit.YUAN, List.of(yuan, wan)))) {
            assertThatThrownBy(r::run)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("元")
                    .hasMessageContaining("万元")
                    .hasMessageContaining("inUnit");
        }
    }

    @Test
    void conversionIsExactAndKeepsEveryDigit() {
        Amount yuan = Amount.yuan("189767551.37");
        Amount wan = yuan.inUnit(MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(wan.value()).isEqualByComparingTo("18976.755137");
        assertThat(wan.inUnit(MoneyUnit.YUAN)).isEqualTo(yuan);
        assertThat(Amount.yuan("0.01").inUnit(MoneyUnit.TEN_THOUSAND_YUAN).value())
                .isEqualByComparingTo("0.000001");
        assertThat(Amount.wan("0.005").rounded(2)).isEqualTo(Amount.wan("0.01")); // half-up
    }
}
