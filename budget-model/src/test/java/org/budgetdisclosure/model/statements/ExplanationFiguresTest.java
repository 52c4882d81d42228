package org.budgetdisclosure.model.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/** The 编制说明's figures: read from the statements, set against last year's stated ones. */
class ExplanationFiguresTest {

    private static Budget.Builder base() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(Department.of(null, "上海市普陀区某局", "某局", DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .appropriation("2120101", RevenueSource.GOVERNMENT_FUND_BUDGET, ExpenditureType.PROJECT, "300")
                .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1000")
                .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "200")
                .appropriation("2010601", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.PROJECT, "50")
                .basicExpenditure("30101", "1000");
    }

    @Test
    void aLinesAmountIsItsFiscalSpendingAcrossTheFundTablesAndItsNamesComeFromTheCatalogue() {
        Budget b = base().lineExplanation(LineExplanation.of("2120101", "社区管理"))
                .lineExplanation(LineExplanation.of("2010601", "运行")
                        .withLastYear(
                                new LineLastYear(Amount.yuan("1000"), LineLastYear.Kind.OUTTURN, Optional.of("人员增加"))))
                .build();
        ExplanationFigures f = ExplanationFigures.of(Statements.of(b));
        assertThat(f.lines()).extracting(l -> l.functionCode().value()).containsExactly("2010601", "2120101");
        ExplainedLine first = f.lines().get(0);
        assertThat(first.names()).containsExactly("一般公共服务支出", "财政事务", "行政运行");
        assertThat(first.fiscal()).isEqualTo(Amount.yuan("1200")); // not the 事业收入 50
        Change change = first.change().orElseThrow();
        assertThat(change.prior()).isEqualTo(Amount.yuan("1000"));
        assertThat(change.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("20.00"));
        assertThat(change.reason()).contains("人员增加");
        assertThat(f.lines().get(1).fiscal()).isEqualTo(Amount.yuan("300"));
        assertThat(f.lines().get(1).change()).isEmpty();
        assertThat(f.fiscal(FunctionCode.of("2010699"))).isEqualTo(Amount.yuan("0"));
    }

    @Test
    void theTotalsAndTheirChanges() {
        ExplanationFigures none = ExplanationFigures.of(Statements.of(base().build()));
        assertThat(none.fiscalRevenue()).isEqualTo(Amount.yuan("1500"));
        assertThat(none.fiscalExpenditure()).isEqualTo(Amount.yuan("1500"));
        assertThat(none.fundExpenditure(Fund.GOVERNMENT_FUND)).isEqualTo(Amount.yuan("300"));
        assertThat(none.revenue(RevenueSource.PUBLIC_SERVICE_REVENUE)).isEqualTo(Amount.yuan("50"));
        assertThat(none.fiscalRevenueChange()).isEmpty();
        assertThat(none.fundChange(Fund.GENERAL_PUBLIC)).isEmpty();

        Budget b = base().priorRevenue(new PriorRevenue(
                        Map.of(
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                Amount.yuan("1300"),
                                RevenueSource.GOVERNMENT_FUND_BUDGET,
                                Amount.yuan("300"),
                                RevenueSource.STATE_CAPITAL_BUDGET,
                                Amount.yuan("0"),
                                RevenueSource.PUBLIC_SERVICE_REVENUE,
                                Amount.yuan("40")),
                        Optional.of("压减")))
                .build();
        ExplanationFigures f = ExplanationFigures.of(Statements.of(b));
        Change fiscal = f.fiscalRevenueChange().orElseThrow();
        assertThat(fiscal.difference()).isEqualTo(Amount.yuan("-100"));
        assertThat(fiscal.direction()).isEqualTo(Change.Direction.DOWN);
        assertThat(fiscal.reason()).contains("压减");
        assertThat(f.fiscalExpenditureChange().orElseThrow().prior()).isEqualTo(Amount.yuan("1600"));
        assertThat(f.fundChange(Fund.GOVERNMENT_FUND).orElseThrow().direction()).isEqualTo(Change.Direction.SAME);
        assertThat(f.fundChange(Fund.GENERAL_PUBLIC).orElseThrow().difference()).isEqualTo(Amount.yuan("-100"));
        assertThat(f.sourceChange(RevenueSource.PUBLIC_SERVICE_REVENUE)
                        .orElseThrow()
                        .difference())
                .isEqualTo(Amount.yuan("10"));
        assertThat(f.sourceChange(RevenueSource.OTHER_REVENUE)).isEmpty();
    }
}
