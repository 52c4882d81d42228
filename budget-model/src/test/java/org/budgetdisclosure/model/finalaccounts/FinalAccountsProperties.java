package org.budgetdisclosure.model.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatement;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.model.finalaccounts.statements.FundColumn;
import org.budgetdisclosure.model.finalaccounts.statements.GeneralPublicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.RevenueColumn;
import org.budgetdisclosure.model.finalaccounts.statements.SpendingColumn;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.testing.FinalAccountsArbitraries;
import org.budgetdisclosure.model.validation.ValidationReport;

/**
 * Properties of final accounts over generated ones (万元 and 元 ledgers with ten-digit figures; 行政, 事业 and 参公
 * units; optional facts missing): every identity holds, every table's totals agree, validation finds no errors,
 * a department is the sum of its units, and the order of its units changes nothing.
 */
class FinalAccountsProperties {

    @Provide
    Arbitrary<FinalAccounts> accounts() {
        return net.jqwik.api.Arbitraries.oneOf(
                FinalAccountsArbitraries.finalAccounts(), FinalAccountsArbitraries.finalAccounts(MoneyUnit.YUAN));
    }

    @Provide
    Arbitrary<FinalAccounts> departments() {
        return net.jqwik.api.Arbitraries.oneOf(
                FinalAccountsArbitraries.departmentsWithUnits(MoneyUnit.YUAN),
                FinalAccountsArbitraries.departmentsWithUnits(MoneyUnit.TEN_THOUSAND_YUAN));
    }

    @Property(tries = 200)
    void generatedAccountsHaveNoErrors(@ForAll("accounts") FinalAccounts accounts) {
        ValidationReport report = FinalAccountsValidator.validate(accounts);
        assertThat(report.errors()).as(report.toString()).isEmpty();
        Statistics.label("ledger").collect(accounts.unit());
        Statistics.label("kind").collect(accounts.department().kind());
        Statistics.label("funds")
                .collect(accounts.spending().stream()
                        .map(SpendingLine::fund)
                        .distinct()
                        .count());
        Statistics.label("optional facts")
                .collect(
                        accounts.lineBudgets().isEmpty() ? "no 年初预算" : "年初预算",
                        accounts.operatingCosts().isPresent() ? "机关运行经费" : "no 机关运行经费");
    }

    @Property(tries = 200)
    void everyIdentityAndEveryTableTotalHolds(@ForAll("accounts") FinalAccounts accounts) {
        identities(FinalStatements.of(accounts));
        Statistics.label("lines").collect(accounts.spending().size() < 10 ? "<10" : "10+");
    }

    @Property(tries = 60)
    void aDepartmentIsTheSumOfItsUnits(@ForAll("departments") FinalAccounts department) {
        FinalStatements d = FinalStatements.of(department);
        assertThat(FinalAccountsValidator.validate(department).errors()).isEmpty();
        identities(d);
        Amount revenue = Amount.zero(department.unit());
        Amount spent = Amount.zero(department.unit());
        Amount closing = Amount.zero(department.unit());
        Amount basic = Amount.zero(department.unit());
        Amount three = Amount.zero(department.unit());
        for (FinalAccounts unit : department.units()) {
            FinalStatements u = FinalStatements.of(unit);
            revenue = revenue.plus(u.summary().revenueTotal());
            spent = spent.plus(u.summary().expenditureTotal());
            closing = closing.plus(u.summary().closing());
            basic = basic.plus(u.basicStatement().total());
            three = three.plus(u.threePublicStatement().totalSpent());
        }
        assertThat(d.summary().revenueTotal()).isEqualTo(revenue);
        assertThat(d.summary().expenditureTotal()).isEqualTo(spent);
        assertThat(d.summary().closing()).isEqualTo(closing);
        assertThat(d.basicStatement().total()).isEqualTo(basic);
        assertThat(d.threePublicStatement().totalSpent()).isEqualTo(three);
        // 机关运行经费: the 行政 and 参公 units' only
        assertThat(d.accounts().operatingCosts())
                .isEqualTo(department.units().stream()
                        .filter(u -> u.department().kind().hasOperatingCosts())
                        .flatMap(u -> u.operatingCosts().stream())
                        .reduce(Amount::plus));
        assertThat(d.accounts().composition()).hasSize(department.units().size());
        Statistics.label("units").collect(department.units().size());
        Statistics.label("kinds")
                .collect(department.units().stream()
                        .map(u -> u.department().kind())
                        .distinct()
                        .count());
    }

    @Property(tries = 60)
    void theOrderOfTheUnitsChangesNothing(@ForAll("departments") FinalAccounts department, @ForAll long seed) {
        List<FinalAccounts> shuffled = new ArrayList<>(department.units());
        Collections.shuffle(shuffled, new Random(seed));
        FinalStatements a = FinalStatements.of(department);
        FinalStatements b =
                FinalStatements.of(department.toBuilder().units(shuffled).build());
        assertThat(b.summary()).isEqualTo(a.summary());
        assertThat(b.revenueStatement()).isEqualTo(a.revenueStatement());
        assertThat(b.expenditureStatement()).isEqualTo(a.expenditureStatement());
        assertThat(b.fiscalSummary()).isEqualTo(a.fiscalSummary());
        assertThat(b.generalPublicStatement()).isEqualTo(a.generalPublicStatement());
        assertThat(b.basicStatement()).isEqualTo(a.basicStatement());
        assertThat(b.threePublicStatement()).isEqualTo(a.threePublicStatement());
        assertThat(b.governmentFundStatement()).isEqualTo(a.governmentFundStatement());
        assertThat(b.stateCapitalStatement()).isEqualTo(a.stateCapitalStatement());
        assertThat(b.figures().lines()).isEqualTo(a.figures().lines());
        assertThat(b.accounts().operatingCosts()).isEqualTo(a.accounts().operatingCosts());
    }

    @Property(tries = 100)
    void aBrokenBalanceIsFoundAtItsPath(@ForAll("accounts") FinalAccounts accounts) {
        Balances b = accounts.balances().orElseThrow();
        Amount cent = Amount.of(new java.math.BigDecimal("0.01"), accounts.unit());
        FinalAccounts broken = accounts.toBuilder()
                .balances(new Balances(
                        b.opening(),
                        b.nonFiscalBalanceUsed(),
                        b.surplusDistribution(),
                        b.closing().plus(cent)))
                .build();
        assertThat(FinalAccountsValidator.validate(broken).errors())
                .extracting(f -> f.rule() + " at " + f.location())
                .containsExactly("balance.total at balances.closing");
        if (!accounts.fundBalances().isEmpty()) {
            List<FundBalance> funds = new ArrayList<>(accounts.fundBalances());
            FundBalance f = funds.get(0);
            funds.set(
                    0,
                    new FundBalance(
                            f.fund(), f.functionCode(), f.opening(), f.closing().plus(cent)));
            FinalAccounts brokenFund = new FinalAccounts(
                    accounts.department(),
                    accounts.year(),
                    accounts.unit(),
                    accounts.revenues(),
                    accounts.spending(),
                    accounts.balances(),
                    funds,
                    accounts.basicExpenditures(),
                    accounts.costClasses(),
                    accounts.threePublic(),
                    accounts.threePublicActivity(),
                    accounts.lineBudgets(),
                    accounts.openingBudgetReason(),
                    accounts.lastYear(),
                    accounts.operatingCosts(),
                    accounts.procurement(),
                    accounts.performance(),
                    accounts.assets(),
                    accounts.composition(),
                    accounts.statedFigures(),
                    accounts.statedPercentages(),
                    accounts.names(),
                    accounts.units(),
                    accounts.rounded(),
                    accounts.duties());
            assertThat(accounts.toBuilder().build()).isEqualTo(accounts);
            assertThat(FinalAccountsValidator.validate(brokenFund).errors())
                    .extracting(x -> x.rule() + " at " + x.location())
                    .contains("balance.fund at fundBalances[0].closing");
        }
    }

    /** Every identity of the nine statements: parents are the sums of their children, tables agree. */
    static void identities(FinalStatements s) {
        var summary = s.summary();
        assertThat(summary.revenueGrandTotal()).isEqualTo(summary.expenditureGrandTotal());
        assertThat(Amount.total(summary.revenueTotal().unit(), summary.revenue().values()))
                .isEqualTo(summary.revenueTotal());
        assertThat(Amount.total(summary.revenueTotal().unit(), summary.classes().values()))
                .isEqualTo(summary.expenditureTotal());
        parentsAreSums(s.revenueStatement());
        parentsAreSums(s.expenditureStatement());
        parentsAreSums(s.generalPublicStatement());
        parentsAreSums(s.basicStatement().table());
        parentsAreSums(s.governmentFundStatement());
        parentsAreSums(s.stateCapitalStatement());
        for (Row<RevenueColumn> r : s.revenueStatement().rows()) {
            assertThat(Amount.total(
                            r.unit(), r.get(s.revenueStatement().columns().subList(1, 7))))
                    .isEqualTo(r.get(RevenueColumn.TOTAL));
        }
        for (Row<SpendingColumn> r : s.expenditureStatement().rows()) {
            assertThat(Amount.total(
                            r.unit(), r.get(s.expenditureStatement().columns().subList(1, 6))))
                    .isEqualTo(r.get(SpendingColumn.TOTAL));
            if (r.level() == 0 && r.code().isPresent()) {
                assertThat(summary.classes().get(r.code().get())).isEqualTo(r.get(SpendingColumn.TOTAL));
            }
        }
        assertThat(s.revenueStatement().total().get(RevenueColumn.FISCAL)).isEqualTo(summary.fiscalRevenue());
        var fiscal = s.fiscalSummary();
        assertThat(fiscal.revenueGrandTotal().minus(fiscal.expenditureGrandTotal()))
                .isEqualTo(fiscal.revenueTotal()
                        .plus(fiscal.openingTotal())
                        .minus(fiscal.expenditureTotal())
                        .minus(fiscal.closingTotal()));
        assertThat(fiscal.revenueGrandTotal()).isEqualTo(fiscal.expenditureGrandTotal());
        for (Row<GeneralPublicColumn> r : s.generalPublicStatement().rows()) {
            assertThat(r.get(GeneralPublicColumn.BASIC).plus(r.get(GeneralPublicColumn.PROJECT)))
                    .isEqualTo(r.get(GeneralPublicColumn.TOTAL));
            if (r.level() == 0) {
                Row<FiscalColumn> f = r.code().isEmpty()
                        ? fiscal.classes().total()
                        : fiscal.classes().row(r.codeText()).orElseThrow();
                assertThat(f.get(FiscalColumn.GENERAL_PUBLIC)).isEqualTo(r.get(GeneralPublicColumn.TOTAL));
            }
        }
        assertThat(s.generalPublicStatement().total().get(GeneralPublicColumn.BASIC))
                .isEqualTo(s.basicStatement().total());
        assertThat(s.basicStatement().personnel().plus(s.basicStatement().publicUse()))
                .isEqualTo(s.basicStatement().total());
        for (Fund fund : List.of(Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL)) {
            FinalStatement<FundColumn> t = s.fundStatement(fund);
            assertThat(t.total().get(FundColumn.SUBTOTAL))
                    .isEqualTo(fiscal.classes().total().get(FiscalColumn.of(fund)));
            for (Row<FundColumn> r : t.rows()) {
                assertThat(r.get(FundColumn.OPENING)
                                .plus(r.get(FundColumn.REVENUE))
                                .minus(r.get(FundColumn.SUBTOTAL)))
                        .isEqualTo(r.get(FundColumn.CLOSING));
            }
        }
        var three = s.threePublicStatement();
        assertThat(three.totalSpent())
                .isEqualTo(Amount.total(three.totalSpent().unit(), three.spent().values()));
    }

    private static <C extends Enum<C>> void parentsAreSums(FinalStatement<C> table) {
        List<Row<C>> rows = table.rows();
        for (Row<C> parent : rows) {
            List<Row<C>> children = rows.stream()
                    .filter(r -> r.code().isPresent()
                            && (parent.code().isEmpty()
                                    ? r.level() == 0
                                    : r.code()
                                            .get()
                                            .parent()
                                            .map(p -> p.equals(parent.code().get()))
                                            .orElse(false)))
                    .toList();
            if (children.isEmpty()) {
                continue;
            }
            for (C column : table.columns()) {
                assertThat(Amount.total(
                                parent.unit(),
                                children.stream().map(r -> r.get(column)).toList()))
                        .as(table.id() + " " + parent.codeText() + " " + column)
                        .isEqualTo(parent.get(column));
            }
        }
    }
}
