package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/**
 * 机关运行经费 as a stated fact: absent unless stated, in the budget's unit, bounded, and a warning where it exceeds
 * the 公用经费 of 一般公共预算 basic expenditure.
 */
class OperatingCostsTest {

    /** 公用经费 30.00 (302), 人员经费 70.00 (301), in 元. */
    private static Budget.Builder base() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("", "上海市某某局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "100.00")
                .basicExpenditure("30101", "70.00")
                .basicExpenditure("30201", "30.00");
    }

    @Test
    void absentUnlessStated() {
        Budget b = base().build();
        assertThat(b.operatingCosts()).isEmpty();
        assertThat(Validator.validate(b).findings()).isEmpty();
    }

    @Test
    void statedAsTextOrAmountInTheBudgetsUnitAndKeptByToBuilder() {
        Budget b = base().operatingCosts("12.50").build();
        assertThat(b.operatingCosts()).contains(Amount.yuan("12.50"));
        assertThat(base().operatingCosts(Amount.yuan("0")).build().operatingCosts())
                .contains(Amount.yuan("0"));
        assertThat(b.toBuilder().build()).isEqualTo(b);
        assertThat(b.toBuilder().operatingCosts((Amount) null).build().operatingCosts())
                .isEmpty();
        // text takes the unit whenever it is set
        Budget wan = Budget.builder()
                .operatingCosts("1.5")
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .department("", "某局", "某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .build();
        assertThat(wan.operatingCosts()).contains(Amount.wan("1.5"));
    }

    @Test
    void anotherUnitOrAnAbsurdNumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> base().operatingCosts(Amount.wan("1.00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("operatingCosts is in 万元");
        assertThatThrownBy(() -> base().operatingCosts(Amount.yuan("1234567890123456.00"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("operatingCosts: expected");
    }

    @Test
    void negativeOrOverPreciseIsAnErrorAtItsField() {
        ValidationReport report =
                Validator.validate(base().operatingCosts("-1.001").build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("amount.negative", "operatingCosts"),
                        org.assertj.core.groups.Tuple.tuple("amount.precision", "operatingCosts"));
    }

    @Test
    void aboveThePublicUseOfBasicExpenditureIsAWarningAndBelowOrEqualIsNot() {
        assertThat(Validator.validate(base().operatingCosts("30.00").build()).findings())
                .isEmpty();
        // only the 行政 and 参公 units count: less than 公用经费 is normal
        assertThat(Validator.validate(base().operatingCosts("12.00").build()).findings())
                .isEmpty();
        ValidationReport report =
                Validator.validate(base().operatingCosts("30.01").build());
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.warnings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("operating-costs.above-public-use");
            assertThat(f.location()).isEqualTo("operatingCosts");
            assertThat(f.actual()).isEqualTo("30.01");
            assertThat(f.expected()).startsWith("at most 30.00");
            assertThat(f.message()).contains("行政").contains("参公");
        });
    }

    @Test
    void aPublicInstitutionStatingOperatingCostsIsAnErrorAtTheFieldAndAtItsUnit() {
        // a 事业单位 (not 参公) has no 机关运行经费: its document would print a figure the department's leaves out
        Budget institution = base().department("", "上海市某某中心", "某某中心", DepartmentKind.PUBLIC_INSTITUTION)
                .operatingCosts("10.00")
                .build();
        assertThat(Validator.validate(institution).errors()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("operating-costs.public-institution");
            assertThat(f.location()).isEqualTo("operatingCosts");
            assertThat(f.message()).contains("事业单位").contains("PUBLIC_INSTITUTION");
        });
        assertThat(Validator.validate(base().department("", "上海市某某中心", "某某中心", DepartmentKind.CIVIL_SERVICE_MANAGED)
                                .operatingCosts("10.00")
                                .build())
                        .findings())
                .isEmpty();
        Budget department = Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(org.budgetdisclosure.model.facts.Department.of(
                        null, "上海市某某局", "某某局", DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .unit(
                        org.budgetdisclosure.model.facts.Department.of(
                                "001", "上海市某某局本部", "本部", DepartmentKind.ADMINISTRATIVE),
                        u -> u.appropriation(
                                        "2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "100.00")
                                .basicExpenditure("30201", "100.00")
                                .operatingCosts("50.00"))
                .unit(
                        org.budgetdisclosure.model.facts.Department.of(
                                "002", "上海市某某中心", "某某中心", DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                        "2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "100.00")
                                .basicExpenditure("30201", "100.00")
                                .operatingCosts("40.00"))
                .build();
        assertThat(Validator.validate(department).errors())
                .extracting(Finding::rule, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "operating-costs.public-institution", "units[1].operatingCosts"));
    }
}
