package org.budgetdisclosure.model.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.budgetdisclosure.model.validation.Severity;
import org.junit.jupiter.api.Test;

/** Each check of final accounts fires at its fact path, all at once; the facts refuse what cannot be a fact. */
class FinalAccountsValidatorTest {

    private static final Department OFFICE = Department.of("1", "甲局", "甲局", DepartmentKind.ADMINISTRATIVE);

    private static FinalAccountsBuilder balanced() {
        return FinalAccounts.builder(OFFICE, 2024, MoneyUnit.YUAN)
                .revenue("2010101", FinalRevenueSource.GENERAL_PUBLIC, "1000.00")
                .spending("2010101", ExpenditureType.BASIC, Fund.GENERAL_PUBLIC, "600.00")
                .spending("2010102", ExpenditureType.PROJECT, Fund.GENERAL_PUBLIC, "400.00")
                .basic("30101", "500.00")
                .basic("30201", "100.00")
                .balances(Balances.none(MoneyUnit.YUAN))
                .fundBalance(FundBalance.of(Fund.GENERAL_PUBLIC, Amount.yuan("50"), Amount.yuan("50")));
    }

    private static List<String> findings(FinalAccounts accounts, Severity severity) {
        return FinalAccountsValidator.validate(accounts).findings().stream()
                .filter(f -> f.severity() == severity)
                .map(f -> f.rule() + " at " + f.location())
                .toList();
    }

    @Test
    void balancedAccountsHaveNoFinding() {
        assertThat(FinalAccountsValidator.validate(balanced().build()).findings())
                .isEmpty();
    }

    @Test
    void everyErrorIsReportedAtItsPathAllAtOnce() {
        FinalAccounts accounts = balanced()
                .spending("2010101", ExpenditureType.OPERATING, Fund.GOVERNMENT_FUND, "1.00")
                .revenue("20101", FinalRevenueSource.OTHER, "0.001")
                .basic("399", "1")
                .basic("39901", "2")
                .fundBalance(FundBalance.of(Fund.GENERAL_PUBLIC, Amount.yuan("50"), Amount.yuan("50")))
                .performance(new PerformanceOutturn(
                        3,
                        Amount.yuan("1"),
                        3,
                        Amount.yuan("1"),
                        3,
                        Amount.yuan("1"),
                        new BigDecimal("90"),
                        1,
                        1,
                        0,
                        0,
                        1,
                        2))
                .build();
        assertThat(findings(accounts, Severity.ERROR))
                .containsExactly(
                        "amount.precision at revenues[1].amount",
                        "code.level at revenues[1].functionCode",
                        "spending.fiscal-type at spending[2].type",
                        "fund-balance.duplicate at fundBalances[1]",
                        "code.level at basicExpenditures[2].economicCode",
                        "basic.cost-class at basicExpenditures[3].economicCode",
                        "balance.total at balances.closing",
                        "tables.basic at basicExpenditures",
                        "performance.grades at performance",
                        "performance.problems at performance.problemsFixed");
    }

    @Test
    void warningsNameWhatIsWorthALook() {
        FinalAccounts accounts = balanced()
                .threePublic(new ThreePublicOutturn(ThreePublicHeading.OVERSEAS, Amount.yuan("10"), Amount.yuan("0")))
                .basic("30212", "5")
                .spending("2010101", ExpenditureType.BASIC, Fund.GENERAL_PUBLIC, "5")
                .revenue("2010101", FinalRevenueSource.GENERAL_PUBLIC, "5")
                .lineBudget(new LineBudget(FunctionCode.of("2010101"), Amount.yuan("700"), "人员经费", Optional.empty()))
                .lastYear(new LastYear(Map.of(LastYearFigure.GENERAL_PUBLIC_EXPENDITURE, Amount.yuan("900")), Map.of()))
                .operatingCosts(Amount.yuan("99"))
                .build();
        assertThat(findings(accounts, Severity.ERROR)).isEmpty();
        assertThat(findings(accounts, Severity.WARNING))
                .containsExactly(
                        "three-public.economic-line at threePublic.OVERSEAS",
                        "operating-costs.public-use at operatingCosts",
                        "line-budget.reason at lineBudgets[0].reason",
                        "line-budget.missing at lineBudgets",
                        "last-year.reason at lastYear.reasons.GENERAL_PUBLIC_EXPENDITURE");
    }

    @Test
    void aDepartmentsUnitsAreCheckedAtTheirPathsAndStatedFiguresOnTheWhole() {
        FinalAccounts office = balanced().build();
        FinalAccounts institution = FinalAccounts.builder(
                        Department.of("2", "乙中心", "乙中心", DepartmentKind.PUBLIC_INSTITUTION), 2024, MoneyUnit.YUAN)
                .revenue("2010102", FinalRevenueSource.PUBLIC_SERVICE, "9999999999.99")
                .spending("2010102", ExpenditureType.OPERATING, Fund.NON_FISCAL, "9999999999.99")
                .operatingCosts(Amount.yuan("1"))
                .build();
        FinalAccounts managed = balanced()
                .department(Department.of("3", "丙所", "丙所", DepartmentKind.CIVIL_SERVICE_MANAGED))
                .operatingCosts(Amount.yuan("100"))
                .build();
        FinalAccounts department = FinalAccounts.builder(OFFICE, 2024, MoneyUnit.YUAN)
                .units(List.of(office, institution, managed))
                .stated(StatedFigure.REVENUE_TOTAL, Amount.yuan("10000001999.99"))
                .stated(StatedFigure.EXPENDITURE_TOTAL, Amount.yuan("1"))
                .build();
        assertThat(findings(department, Severity.ERROR))
                .containsExactly(
                        "balances.missing at units[1].balances",
                        "operating-costs.kind at units[1].operatingCosts",
                        "stated.total at statedFigures.EXPENDITURE_TOTAL");
        // 机关运行经费: the 参公 unit's; the 事业单位's 1 元 is an error at the unit, not counted
        assertThat(FinalConsolidation.of(department).operatingCosts()).contains(Amount.yuan("100"));
        assertThat(FinalConsolidation.of(department).composition())
                .extracting(CompositionEntry::name)
                .containsExactly("甲局", "乙中心", "丙所");
    }

    @Test
    void theFactsRefuseWhatCannotBeAFact() {
        assertThatThrownBy(() -> balanced()
                        .revenue(new RevenueLine(FunctionCode.of("2010101"), FinalRevenueSource.OTHER, Amount.wan("1")))
                        .build())
                .hasMessageContaining("revenues[1].amount is in 万元 but the final accounts are in 元");
        assertThatThrownBy(() -> FinalAccounts.builder(OFFICE, 2024, MoneyUnit.YUAN)
                        .balances(Balances.none(MoneyUnit.YUAN))
                        .unit(balanced().build())
                        .build())
                .hasMessageContaining("balances of a department with units is the sum of its units'");
        assertThatThrownBy(() -> FundBalance.of(Fund.NON_FISCAL, Amount.yuan("1"), Amount.yuan("1")))
                .hasMessageContaining("fiscal fund");
        assertThatThrownBy(() -> balanced()
                        .revenue("2010101", FinalRevenueSource.OTHER, "1" + "0".repeat(15))
                        .build())
                .hasMessageContaining("revenues[1].amount");
    }
}
