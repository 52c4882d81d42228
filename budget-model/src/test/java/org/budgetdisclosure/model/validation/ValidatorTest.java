package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.OPERATING;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/** One budget that breaks many rules: one report lists every finding with where, expected and actual. */
class ValidatorTest {

    private static Budget.Builder base() {
        return Budget.builder()
                .department("901", "某局", "某局", DepartmentKind.ADMINISTRATIVE)
                .year(2022);
    }

    @Test
    void reportsEveryFindingNotTheFirst() {
        Budget budget = base().appropriation("2150501", GENERAL_PUBLIC_BUDGET, BASIC, "-5.00")
                .appropriation("2150501", GENERAL_PUBLIC_BUDGET, BASIC, "1.234")
                .appropriation(new Appropriation(
                        FunctionCode.of("21505"),
                        GENERAL_PUBLIC_BUDGET,
                        Fund.GENERAL_PUBLIC,
                        BASIC,
                        Amount.wan("1"),
                        Optional.empty()))
                .appropriation(new Appropriation(
                        FunctionCode.of("2150501"),
                        RevenueSource.OTHER_REVENUE,
                        Fund.GENERAL_PUBLIC,
                        BASIC,
                        Amount.wan("1"),
                        Optional.empty()))
                .appropriation("2150501", GENERAL_PUBLIC_BUDGET, OPERATING, "3")
                .appropriation("9990101", RevenueSource.OTHER_REVENUE, OPERATING, "3")
                .appropriation("2159901", RevenueSource.OTHER_REVENUE, OPERATING, "3")
                .basicExpenditure("30101", "10")
                .basicExpenditure("39901", "1")
                .declaredTotal(DeclaredTotal.EXPENDITURE_TOTAL, "1")
                .staffing(10, 1, 2, 3)
                .functionName("2150501", "行政运行支出")
                .build();
        ValidationReport report = Validator.validate(budget);
        assertThat(report.byRule("amount.negative"))
                .extracting(Finding::location)
                .containsExactly("appropriations[0].amount");
        assertThat(report.byRule("amount.precision")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("appropriations[1].amount");
            assertThat(f.expected()).isEqualTo("at most 2 decimals");
            assertThat(f.actual()).isEqualTo("1.234");
        });
        assertThat(report.byRule("code.level"))
                .extracting(Finding::location)
                .containsExactly("appropriations[2].functionCode");
        assertThat(report.byRule("line.fund-mismatch"))
                .extracting(Finding::location)
                .containsExactly("appropriations[3].fund");
        assertThat(report.byRule("line.fiscal-type"))
                .extracting(Finding::location)
                .containsExactly("appropriations[4].type");
        assertThat(report.byRule("code.malformed")).extracting(Finding::actual).containsExactly("9990101");
        assertThat(report.byRule("code.unknown")).extracting(Finding::actual).contains("2159901");
        assertThat(report.byRule("basic.class-unassigned"))
                .extracting(Finding::actual)
                .containsExactly("399");
        assertThat(report.byRule("basic.economic-total"))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).startsWith("table 6"));
        assertThat(report.byRule("declared.total"))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("declaredTotals.EXPENDITURE_TOTAL"));
        assertThat(report.byRule("staffing.total")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("6");
            assertThat(f.actual()).isEqualTo("10");
        });
        assertThat(report.byRule("code.name-differs"))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("行政运行"));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.toString()).contains("ERROR amount.negative at appropriations[0].amount");
    }

    @Test
    void anEmptyBudgetIsAWarningNotAnError() {
        ValidationReport report = Validator.validate(base().build());
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Finding::rule).containsExactly("budget.empty");
    }

    @Test
    void factsRejectNullsNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Budget.builder().year(2022).build())
                .hasMessage("department must not be null");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> base().duties("a", null).build())
                .hasMessage("narrative.duties[1] must not be null");
    }
}
