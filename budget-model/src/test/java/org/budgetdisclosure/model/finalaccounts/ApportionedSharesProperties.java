package org.budgetdisclosure.model.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.statements.Percent;

/**
 * The shares a narrative lists of a whole's parts (占 …%): to two decimals, adding to exactly 100.00, each within a
 * hundredth of its exact value. The parts are drawn (元 up to ten digits, or 万元), the whole is their sum.
 */
class ApportionedSharesProperties {

    record Parts(MoneyUnit unit, List<Amount> parts) {}

    @Provide
    Arbitrary<Parts> parts() {
        Arbitrary<MoneyUnit> unit = Arbitraries.of(MoneyUnit.YUAN, MoneyUnit.TEN_THOUSAND_YUAN);
        Arbitrary<List<Long>> cents = Arbitraries.longs()
                .between(0, 999_999_999_999L)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
        return Combinators.combine(unit, cents)
                .as((u, c) -> new Parts(
                        u,
                        c.stream()
                                .map(x -> Amount.of(BigDecimal.valueOf(x, 2), u))
                                .toList()));
    }

    @Property
    void sharesOfTheWholesPartsAddToAHundred(@ForAll("parts") Parts p) {
        Amount whole = Amount.total(p.unit(), p.parts());
        Statistics.label("parts").collect(p.parts().size());
        Statistics.label("whole").collect(whole.isZero() ? "zero" : "money");
        var shares = Percent.apportioned(p.parts(), whole);
        if (whole.isZero()) {
            assertThat(shares).isEmpty();
            return;
        }
        List<BigDecimal> s = shares.orElseThrow();
        assertThat(s.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
        for (int i = 0; i < s.size(); i++) {
            BigDecimal exact = p.parts()
                    .get(i)
                    .value()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(whole.value(), 10, RoundingMode.HALF_UP);
            assertThat(s.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            assertThat(s.get(i).scale()).isEqualTo(2);
        }
    }

    /** The reference's four 类 of 一般公共预算: each rounded on its own they add to 99.99. */
    @Example
    void theReferencesClassesAddToAHundred() {
        List<Amount> parts =
                List.of(Amount.wan("2106.66"), Amount.wan("326.72"), Amount.wan("60.99"), Amount.wan("445.69"));
        assertThat(Percent.apportioned(parts, Amount.total(MoneyUnit.TEN_THOUSAND_YUAN, parts))
                        .orElseThrow())
                .containsExactly(
                        new BigDecimal("71.65"),
                        new BigDecimal("11.11"),
                        new BigDecimal("2.08"),
                        new BigDecimal("15.16"));
    }
}
