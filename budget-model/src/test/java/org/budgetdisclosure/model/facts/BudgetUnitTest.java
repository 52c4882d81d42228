package org.budgetdisclosure.model.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A budget has one unit, given once: text amounts take it, amounts of another unit are refused at their path. */
class BudgetUnitTest {

    private static Budget.Builder base() {
        return Budget.builder()
                .department("901", "某县测试局", "测试局", DepartmentKind.ADMINISTRATIVE)
                .year(2025);
    }

    @Test
    void amountsGivenAsTextTakeTheBudgetsUnitWheneverItIsSet() {
        Budget budget = base().appropriation(
                        "2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "189767551.37")
                .basicExpenditure("30101", "189767551.37")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1000")
                .declaredTotal(DeclaredTotal.BASIC, "189767551.37")
                .unit(MoneyUnit.YUAN)
                .build();
        assertThat(budget.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(budget.appropriations().get(0).amount()).isEqualTo(Amount.yuan("189767551.37"));
        assertThat(budget.basicExpenditures().get(0).amount().unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(budget.threePublic().get(0).amount().unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(budget.declaredTotals().get(DeclaredTotal.BASIC).unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(budget.narrative().assets().plannedAcquisitions().unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(budget.toBuilder().build()).isEqualTo(budget);
    }

    @Test
    void anAmountOfAnotherUnitIsRefusedAtItsPath() {
        assertThatThrownBy(() -> base().unit(MoneyUnit.YUAN)
                        .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1")
                        .appropriation(Appropriation.of(
                                "2010102",
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                ExpenditureType.PROJECT,
                                Amount.wan("1")))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appropriations[1].amount")
                .hasMessageContaining("万元")
                .hasMessageContaining("元");
        assertThatThrownBy(() -> base().priorYear(new PriorYear(
                                Amount.wan("3"),
                                Amount.wan("1"),
                                Amount.wan("1"),
                                Amount.wan("1"),
                                Map.of(ThreePublicItem.RECEPTION, Amount.yuan("5")),
                                Map.of()))
                        .build())
                .hasMessageContaining("priorYear.threePublic.RECEPTION");
    }
}
