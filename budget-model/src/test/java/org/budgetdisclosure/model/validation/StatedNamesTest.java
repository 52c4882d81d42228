package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.statements.Statements;
import org.junit.jupiter.api.Test;

/**
 * A name the budget states is authoritative: no {@code code.unknown} for a code it names, and
 * {@code code.name-differs} only against the catalogue of the budget's own year.
 */
class StatedNamesTest {

    private static Budget.Builder budget(int year) {
        return Budget.builder()
                .department("901", "某局", "某局", DepartmentKind.ADMINISTRATIVE)
                .year(year)
                .appropriation("2081005", GENERAL_PUBLIC_BUDGET, BASIC, "10.00")
                .basicExpenditure("30110", "10.00");
    }

    @Test
    void aCodeTheCatalogueLacksButTheBudgetNamesIsNotUnknown() {
        ValidationReport unnamed = Validator.validate(budget(2024).build());
        assertThat(unnamed.byRule("code.unknown")).extracting(Finding::actual).containsExactly("2081005");
        assertThat(unnamed.byRule("code.parent-unknown"))
                .extracting(Finding::expected)
                .containsExactly("款 20810");
        // the officer is told which parent to name, in either language
        assertThat(FindingText.line(unnamed.byRule("code.parent-unknown").get(0), java.util.Locale.CHINESE))
                .contains("科目编码的上级科目（款 20810）不在本年度政府收支分类科目中")
                .contains("请在“科目名称”表中填写款 20810的名称");
        assertThat(FindingText.line(unnamed.byRule("code.parent-unknown").get(0), java.util.Locale.ENGLISH))
                .contains("20810");
        ValidationReport named = Validator.validate(budget(2024)
                .functionName("20810", "社会福利")
                .functionName("2081005", "社会福利事业单位")
                .build());
        assertThat(named.warnings()).isEmpty();
        assertThat(Validator.validate(budget(2025).build()).warnings())
                .as("the 2025 catalogue has it")
                .isEmpty();
    }

    @Test
    void aStatedNameConflictsOnlyWithTheCatalogueOfTheBudgetsYear() {
        // 30110 is 城镇职工基本医疗保险缴费 in the 2022 catalogue, 职工基本医疗保险缴费 in 2025's
        ValidationReport in2025 = Validator.validate(
                budget(2025).economicName("30110", "城镇职工基本医疗保险缴费").build());
        assertThat(in2025.byRule("code.name-differs")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("names.30110");
            assertThat(f.expected()).isEqualTo("职工基本医疗保险缴费");
            assertThat(f.actual()).isEqualTo("城镇职工基本医疗保险缴费");
        });
        assertThat(Validator.validate(
                                budget(2025).economicName("30110", "职工基本医疗保险缴费").build())
                        .warnings())
                .isEmpty();
        Budget in2024 = budget(2024).economicName("30110", "职工基本医疗保险缴费").build();
        assertThat(Validator.validate(in2024).byRule("code.name-differs"))
                .as("2024 falls back to the 2022 catalogue, which may predate the renaming")
                .isEmpty();
        assertThat(Validator.standard()
                        .check(Statements.of(in2024, Catalogue.bundled().withYear(2024)))
                        .byRule("code.name-differs"))
                .as("a catalogue of 2024 is held against it")
                .hasSize(1);
        assertThat(Validator.standard()
                        .check(Statements.of(
                                in2024,
                                Catalogue.fromCsv(
                                        new java.io.StringReader("economic,30110,城镇职工基本医疗保险缴费\n"), "mine.csv")))
                        .byRule("code.name-differs"))
                .as("a catalogue of no stated year is the budget's own")
                .hasSize(1);
    }

    @Test
    void statementsAndValidationUseTheCatalogueOfTheBudgetsYear() {
        assertThat(Statements.of(budget(2025).build()).catalogue()).isSameAs(Catalogue.forYear(2025));
        assertThat(Statements.of(budget(2024).build()).catalogue()).isSameAs(Catalogue.forYear(2022));
        assertThat(Statements.of(budget(2025).build())
                        .generalPublicBasicExpenditure()
                        .row("30110")
                        .orElseThrow()
                        .name())
                .isEqualTo("职工基本医疗保险缴费");
    }
}
