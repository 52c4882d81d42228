package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/**
 * A budget that only exists as rounded 万元 figures: the published 18,976.76 against the sum of its rounded lines
 * 18,976.74 is a warning naming both figures and the bound where the rounding is declared, an error otherwise.
 */
class DeclaredRoundingTest {

    /** Three lines of table 5 (rounded 万元), table 6 stated as the rounded exact total. */
    private static Budget.Builder published(String table6) {
        return Budget.builder()
                .department("035", "上海市某某管理局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "6325.58")
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "6325.58")
                .appropriation("2010103", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "6325.58")
                .basicExpenditure("30101", table6);
    }

    @Test
    void aDifferenceWithinTheRoundingOfTheLinesIsAWarningWhenDeclared() {
        Budget rounded = published("18976.76").rounded(true).build();
        ValidationReport report = Validator.validate(rounded);
        assertThat(report.errors()).isEmpty();
        assertThat(report.byRule("basic.economic-total")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualTo("18976.74");
            assertThat(f.actual()).isEqualTo("18976.76");
            assertThat(f.message())
                    .contains("declared rounded")
                    .contains("0.02")
                    .contains("at most 0.02 万元");
        });
    }

    @Test
    void withoutTheDeclarationOrBeyondTheBoundItStaysAnError() {
        assertThat(Validator.validate(published("18976.76").build()).byRule("basic.economic-total"))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
        // four rounded figures allow 0.02; 0.03 is more than rounding explains
        assertThat(Validator.validate(published("18976.77").rounded(true).build())
                        .byRule("basic.economic-total"))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
        Budget declared = published("18976.74")
                .rounded(true)
                .declaredTotal(DeclaredTotal.BASIC, "18976.80")
                .build();
        assertThat(Validator.validate(declared).byRule("declared.total"))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
    }
}
