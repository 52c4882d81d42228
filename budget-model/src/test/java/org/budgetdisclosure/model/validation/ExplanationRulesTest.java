package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/** Validation of the 编制说明 and 项目经费情况说明 facts: each finding at its path. */
class ExplanationRulesTest {

    private static Budget.Builder base() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(Department.of(null, "上海市普陀区某局", "某局", DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1000000")
                .appropriation("2010602", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "100000")
                .appropriation("2081005", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.PROJECT, "50000")
                .basicExpenditure("30101", "1000000");
    }

    private static List<String> findings(Budget b) {
        return Validator.validate(b).findings().stream()
                .map(f -> f.severity() + " " + f.rule() + " " + f.location())
                .toList();
    }

    @Test
    void explainedLinesOfTheBudgetAreClean() {
        Budget b = base().lineExplanation(LineExplanation.of("2010601", "基本支出")
                        .withLastYear(
                                new LineLastYear(Amount.yuan("900000"), LineLastYear.Kind.BUDGET, Optional.of("人员增加"))))
                .build();
        assertThat(findings(b)).isEmpty();
    }

    @Test
    void aLineThatIsNotTheBudgetsIsAnError() {
        Budget b = base().lineExplanation(LineExplanation.of("2010699", "其他")).build();
        assertThat(findings(b)).containsExactly("ERROR explanation.line-unknown explanations.lines[0].functionCode");
    }

    @Test
    void aLineExplainedTwiceIsAnError() {
        Budget b = base().lineExplanation(LineExplanation.of("2010601", "甲"))
                .lineExplanation(LineExplanation.of("2010602", "乙"))
                .lineExplanation(LineExplanation.of("2010601", "丙"))
                .build();
        assertThat(findings(b)).containsExactly("ERROR explanation.line-duplicate explanations.lines[2].functionCode");
        assertThat(Validator.validate(b).findings().get(0).message()).contains("explanations.lines[0]");
    }

    @Test
    void aLineWithoutFiscalMoneyIsAWarning() {
        Budget b = base().lineExplanation(LineExplanation.of("2081005", "事业收入安排的项目"))
                .build();
        assertThat(findings(b))
                .containsExactly("WARNING explanation.line-no-fiscal explanations.lines[0].functionCode");
    }

    @Test
    void negativeAndOverPreciseAmounts() {
        Budget b = base().priorRevenue(new PriorRevenue(
                        Map.of(
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                Amount.yuan("-1"),
                                RevenueSource.GOVERNMENT_FUND_BUDGET,
                                Amount.yuan("0.001"),
                                RevenueSource.STATE_CAPITAL_BUDGET,
                                Amount.yuan("0")),
                        Optional.empty()))
                .lineExplanation(LineExplanation.of("2010601", "甲")
                        .withLastYear(LineLastYear.of(Amount.yuan("-5"), LineLastYear.Kind.OUTTURN)))
                .projectExplanation(new ProjectExplanation(
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(new ProjectAllocation("甲", Amount.yuan("1.234"))),
                        List.of()))
                .build();
        assertThat(findings(b))
                .containsExactlyInAnyOrder(
                        "ERROR amount.negative explanations.priorRevenue.bySource.GENERAL_PUBLIC_BUDGET",
                        "ERROR amount.precision explanations.priorRevenue.bySource.GOVERNMENT_FUND_BUDGET",
                        "ERROR amount.negative explanations.lines[0].lastYear.amount",
                        "ERROR amount.precision explanations.projects[0].allocations[0].amount");
    }

    @Test
    void lastYearsRevenueAboveLastYearsTotalIsAnError() {
        Map<RevenueSource, Amount> last = Map.of(
                RevenueSource.GENERAL_PUBLIC_BUDGET,
                Amount.yuan("900000"),
                RevenueSource.GOVERNMENT_FUND_BUDGET,
                Amount.yuan("0"),
                RevenueSource.STATE_CAPITAL_BUDGET,
                Amount.yuan("0"),
                RevenueSource.PUBLIC_SERVICE_REVENUE,
                Amount.yuan("200000"));
        PriorYear priorYear = new PriorYear(
                Amount.yuan("1000000"),
                Amount.yuan("800000"),
                Amount.yuan("100000"),
                Amount.yuan("100000"),
                Map.of(),
                Map.of());
        Budget b = base().priorYear(priorYear)
                .priorRevenue(new PriorRevenue(last, Optional.empty()))
                .build();
        assertThat(findings(b)).containsExactly("ERROR prior-revenue.above-total explanations.priorRevenue.bySource");
        Budget within = base().priorYear(priorYear)
                .priorRevenue(new PriorRevenue(
                        Map.of(
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                Amount.yuan("900000"),
                                RevenueSource.GOVERNMENT_FUND_BUDGET,
                                Amount.yuan("0"),
                                RevenueSource.STATE_CAPITAL_BUDGET,
                                Amount.yuan("0")),
                        Optional.empty()))
                .build();
        assertThat(findings(within)).isEmpty();
    }

    @Test
    void allocationsAboveTheProjectSpendingAreAnError() {
        // 项目支出 is 150,000 (100,000 fiscal and 50,000 事业收入)
        Budget ok = base().projectExplanation(allocations("100000", "50000")).build();
        assertThat(findings(ok)).isEmpty();
        Budget over =
                base().projectExplanation(allocations("100000", "50000.01")).build();
        assertThat(findings(over)).containsExactly("ERROR project-explanation.allocations explanations.projects");
    }

    @Test
    void aContentEndingWithItsAmountWouldPrintTheAmountTwice() {
        ProjectExplanation twice = new ProjectExplanation(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(
                        new ProjectAllocation("信息化系统日常维护费1,720.00万元。", Amount.yuan("1000")),
                        new ProjectAllocation("培训费", Amount.yuan("1000"))),
                List.of());
        assertThat(findings(base().projectExplanation(twice).build()))
                .containsExactly(
                        "WARNING project-explanation.amount-twice explanations.projects[0].allocations[0].name");
    }

    @Test
    void aContentEndingWithItsOwnAmountIsPrintedAsWrittenWithoutAWarning() {
        for (String content : List.of("信息化系统日常维护费1,720.00元。", "信息化系统日常维护费0.172万元", "维护费1720")) {
            ProjectAllocation a = new ProjectAllocation(content, Amount.yuan("1720.00"));
            assertThat(a.statesAmount()).as(content).isTrue();
            ProjectExplanation once = new ProjectExplanation(
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    List.of(a),
                    List.of());
            assertThat(findings(base().projectExplanation(once).build()))
                    .as(content)
                    .isEmpty();
        }
        assertThat(new ProjectAllocation("维护费1,720.00万元", Amount.yuan("1720.00")).statesAmount())
                .isFalse();
        assertThat(new ProjectAllocation("维护费", Amount.yuan("1720.00")).statesAmount())
                .isFalse();
    }

    @Test
    void controlCharactersInTheTextsAreFoundAtTheirPlace() {
        Budget b = base().lineExplanation(LineExplanation.of("2010601", "基本\u0007支出")
                        .withLastYear(
                                new LineLastYear(Amount.yuan("1"), LineLastYear.Kind.BUDGET, Optional.of("原因\u202E"))))
                .build();
        assertThat(findings(b))
                .containsExactlyInAnyOrder(
                        "ERROR text.control-character explanations.lines[0].purpose",
                        "ERROR text.bidi-control explanations.lines[0].lastYear.reason");
    }

    private static ProjectExplanation allocations(String... amounts) {
        List<ProjectAllocation> list = java.util.Arrays.stream(amounts)
                .map(a -> new ProjectAllocation("项目" + a, Amount.yuan(a)))
                .toList();
        return new ProjectExplanation(
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), list, List.of());
    }
}
