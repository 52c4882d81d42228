package org.budgetdisclosure.model.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facts of the 编制说明 and 项目经费情况说明: absent is empty, never null; bad values fail naming the field. */
class ExplanationsTest {

    private static Budget.Builder base() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(Department.of(null, "上海市普陀区某局", "某局", DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .appropriation("2080502", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "538440");
    }

    private static PriorRevenue prior(String generalPublic) {
        return new PriorRevenue(
                Map.of(
                        RevenueSource.GENERAL_PUBLIC_BUDGET,
                        Amount.yuan(generalPublic),
                        RevenueSource.GOVERNMENT_FUND_BUDGET,
                        Amount.yuan("0"),
                        RevenueSource.STATE_CAPITAL_BUDGET,
                        Amount.yuan("0")),
                Optional.of("人员经费增加"));
    }

    @Test
    void aBudgetStatesNoExplanationUnlessGiven() {
        Budget b = base().build();
        assertThat(b.explanations()).isEqualTo(Explanations.none());
        assertThat(b.explanations().isEmpty()).isTrue();
        assertThat(b.explanations().priorRevenue()).isEmpty();
    }

    @Test
    void theBuilderCollectsThemAndToBuilderKeepsThem() {
        Budget b = base().priorRevenue(prior("500000"))
                .lineExplanation(LineExplanation.of("2080502", "退休人员福利费")
                        .withLastYear(new LineLastYear(
                                Amount.yuan("546000"), LineLastYear.Kind.OUTTURN, Optional.of("有退休人员去世"))))
                .projectExplanation(new ProjectExplanation(
                        Optional.empty(),
                        List.of("概述"),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        List.of()))
                .build();
        assertThat(b.explanations().lines()).hasSize(1);
        assertThat(b.explanations().projects()).hasSize(1);
        assertThat(b.explanations().priorRevenue().orElseThrow().fiscalTotal()).isEqualTo(Amount.yuan("500000"));
        assertThat(b.toBuilder().build()).isEqualTo(b);
    }

    @Test
    void lastYearsFiscalRevenueNeedsAllThreeFunds() {
        assertThatThrownBy(() -> new PriorRevenue(
                        Map.of(RevenueSource.GENERAL_PUBLIC_BUDGET, Amount.yuan("1")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GOVERNMENT_FUND_BUDGET")
                .hasMessageContaining("0 for a fund without money");
        assertThatThrownBy(() -> new PriorRevenue(
                        Map.of(
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                Amount.yuan("1"),
                                RevenueSource.GOVERNMENT_FUND_BUDGET,
                                Amount.yuan("0"),
                                RevenueSource.STATE_CAPITAL_BUDGET,
                                Amount.yuan("0"),
                                RevenueSource.PRIOR_YEAR_CARRYOVER,
                                Amount.yuan("1")),
                        Optional.empty()))
                .hasMessageContaining("PRIOR_YEAR_CARRYOVER");
        PriorRevenue p = prior("7");
        assertThat(p.fiscal(Fund.GENERAL_PUBLIC)).isEqualTo(Amount.yuan("7"));
        assertThat(p.source(RevenueSource.PUBLIC_SERVICE_REVENUE)).isEmpty();
        assertThatThrownBy(() -> p.fiscal(Fund.NON_FISCAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyReasonIsRefusedNotPrinted() {
        assertThatThrownBy(() -> new LineLastYear(Amount.yuan("1"), LineLastYear.Kind.BUDGET, Optional.of(" ")))
                .hasMessageContaining("lastYear.reason must not be blank");
        assertThatThrownBy(() -> new PriorRevenue(prior("1").bySource(), Optional.of("")))
                .hasMessageContaining("fiscalReason must not be blank");
        assertThatThrownBy(() -> LineExplanation.of("2080502", "")).hasMessageContaining("purpose must not be blank");
    }

    @Test
    void aProjectExplanationStatesSomethingAndAPeriodDoesNotRunBackwards() {
        assertThatThrownBy(() -> new ProjectExplanation(
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        List.of()))
                .hasMessageContaining("at least one of");
        assertThatThrownBy(() -> new ProjectPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> new ProjectExplanation(
                        Optional.of(" "),
                        List.of("x"),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        List.of()))
                .hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> new ProjectExplanation(
                        Optional.empty(),
                        List.of("x", ""),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        List.of()))
                .hasMessageContaining("overview[1]");
    }

    @Test
    void amountsAreInTheBudgetsUnitAndWithinBounds() {
        assertThatThrownBy(() -> base().lineExplanation(LineExplanation.of("2080502", "x")
                                .withLastYear(LineLastYear.of(Amount.wan("54.60"), LineLastYear.Kind.OUTTURN)))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "explanations.lines[0].lastYear.amount is in 万元 (54.60) but the budget's unit is 元");
        assertThatThrownBy(() -> base().projectExplanation(new ProjectExplanation(
                                Optional.empty(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                Optional.empty(),
                                List.of(new ProjectAllocation("甲", Amount.yuan("1234567890123456"))),
                                List.of()))
                        .build())
                .hasMessageContaining("explanations.projects[0].allocations[0].amount");
    }
}
