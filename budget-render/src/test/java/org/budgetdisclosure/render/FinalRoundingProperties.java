package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.testing.FinalAccountsArbitraries;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;

/**
 * The project's rounding rule for budgets (README, "The rounding rule") holds for final accounts (部门决算) in a 元
 * ledger printed in 万元: each printed figure is its own exact value, converted to 万元 and rounded half-up once;
 * a printed total is the rounded exact total, never the sum of rounded lines. Every table cell of the 部门决算 and
 * 单位决算 layouts is checked against the exact 元 figure behind it (the 收入支出决算总表's 本年收入合计 against
 * the statements' exact total).
 */
class FinalRoundingProperties {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Provide
    Arbitrary<FinalAccounts> yuanLedgers() {
        return Arbitraries.oneOf(
                FinalAccountsArbitraries.finalAccounts(MoneyUnit.YUAN),
                FinalAccountsArbitraries.departmentsWithUnits(MoneyUnit.YUAN));
    }

    @Property(tries = 15)
    void everyPrintedFigureIsItsExactValueRoundedHalfUpOnce(@ForAll("yuanLedgers") FinalAccounts accounts) {
        FinalDisclosure disclosure = FinalDisclosure.of(accounts);
        int figures = 0;
        for (var block : disclosure.document().blocks()) {
            if (!(block instanceof Table table)) {
                continue;
            }
            for (Table.Row row : table.body()) {
                for (Cell cell : row.cells()) {
                    if (cell.figure().isEmpty()) {
                        continue;
                    }
                    var figure = cell.figure().get();
                    figures++;
                    assertThat(figure.unit()).isEqualTo("万元");
                    String printed = cell.text().replace(",", "");
                    if (figure.value().signum() == 0 && !figure.zeroShown()) {
                        assertThat(printed).isEmpty();
                    } else {
                        assertThat(printed)
                                .as(table.title() + ": " + figure.value())
                                .isEqualTo(figure.value()
                                        .setScale(figure.decimals(), RoundingMode.HALF_UP)
                                        .toPlainString());
                    }
                }
            }
        }
        assertThat(figures).isPositive();
        // a total is its own exact value: the statements' exact 元 total, in 万元, not a sum of printed lines
        BigDecimal exact =
                disclosure.statements().summary().revenueTotal().value().divide(TEN_THOUSAND);
        String total = exact.setScale(2, RoundingMode.HALF_UP).toPlainString();
        Table summary = (Table) disclosure.document().blocks().stream()
                .filter(b -> b instanceof Table t && t.title().equals("收入支出决算总表"))
                .findFirst()
                .orElseThrow();
        assertThat(summary.body().stream()
                        .filter(r -> r.cells().get(0).text().equals("本年收入合计"))
                        .map(r -> r.cells().get(1).text().replace(",", ""))
                        .findFirst()
                        .orElseThrow())
                .isEqualTo(exact.signum() == 0 ? "" : total);
    }
}
