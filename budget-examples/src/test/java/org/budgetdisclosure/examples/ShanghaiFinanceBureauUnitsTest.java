package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Consolidation;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区财政局 2025 as a department of three units (an illustrative split of the published figures: 财政局本部
 * 行政, a 国库收付中心 参公 and a 财政信息中心 事业, each a budget of its own that validates): its consolidated statements
 * equal the published tables cell for cell, as the one-unit file's do (every check of
 * {@link ShanghaiFinanceBureauTest}), and equal that file's statements.
 */
class ShanghaiFinanceBureauUnitsTest extends ShanghaiFinanceBureauTest {

    ShanghaiFinanceBureauUnitsTest() throws Exception {}

    @Override
    String budgetFile() {
        return "shanghai-putuo-finance-bureau-2025-units.json";
    }

    @Test
    void theDepartmentIsItsThreeUnitsAndEqualsTheOneUnitFile() throws Exception {
        assertThat(budget.units())
                .extracting(u -> u.department().shortName())
                .containsExactly("财政局本部", "国库收付中心", "财政信息中心");
        assertThat(budget.appropriations()).isEmpty();
        Budget flat = BudgetFiles.read(Path.of("budgets", "shanghai-putuo-finance-bureau-2025.json"));
        Statements one = Statements.of(flat);
        assertThat(statements.revenue()).isEqualTo(one.revenue());
        assertThat(statements.expenditure()).isEqualTo(one.expenditure());
        assertThat(statements.budgetSummary()).isEqualTo(one.budgetSummary());
        assertThat(statements.fiscalSummary()).isEqualTo(one.fiscalSummary());
        assertThat(statements.generalPublicExpenditure()).isEqualTo(one.generalPublicExpenditure());
        assertThat(statements.generalPublicBasicExpenditure()).isEqualTo(one.generalPublicBasicExpenditure());
        assertThat(statements.threePublic()).isEqualTo(one.threePublic());
        assertThat(statements.figures()).isEqualTo(one.figures());
        // each unit is a plausible share: every one has basic and its tables tie out on their own
        for (Budget unit : budget.units()) {
            ValidationReport own = Validator.validate(unit);
            assertThat(own.errors()).as(unit.department().name()).isEmpty();
            assertThat(Statements.of(unit)
                            .expenditure()
                            .total()
                            .get(ExpenditureColumn.BASIC)
                            .value())
                    .isGreaterThan(BigDecimal.ZERO);
        }
    }

    @Test
    void theInstitutionsAreCountedFromTheUnits() throws Exception {
        // the stated 机构设置 prose says what the units give: 行政 1, 事业 2 of which 参公 1
        assertThat(Consolidation.countsByKind(budget))
                .containsEntry(DepartmentKind.ADMINISTRATIVE, 1)
                .containsEntry(DepartmentKind.PUBLIC_INSTITUTION, 1)
                .containsEntry(DepartmentKind.CIVIL_SERVICE_MANAGED, 1);
        // the 机构设置 sentence is computed from the units (narrative.budgetUnits): the file restates it nowhere, so the
        // Shanghai layout prints it once; a department with a 参公 unit counts it apart, as published (万里街道 2025)
        assertThat(budget.narrative().institutionOverview()).isEmpty();
        assertThat(new ShanghaiChapters(budget, "shanghai-2025-department").html("二、部门机构设置"))
                .containsExactly(
                        "二、部门机构设置",
                        "上海市普陀区财政局部门预算包括财政局本部以及下属2家预算单位的综合收支计划。",
                        "本部门中，行政单位1家，参公单位1家，事业单位1家，具体包括：",
                        "1.财政局本部",
                        "2.国库收付中心",
                        "3.财政信息中心");
        assertThat(Consolidation.operatingCostUnits(budget))
                .extracting(Consolidation::key)
                .containsExactly("035001", "035002");
    }

    @Test
    void findingsOfTheUnitsAreLocatedAtThem() {
        ValidationReport report = Validator.validate(budget);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(Finding::location)
                .allSatisfy(l -> assertThat(List.of(l)).noneMatch(x -> x.startsWith("appropriations[")));
    }
}
