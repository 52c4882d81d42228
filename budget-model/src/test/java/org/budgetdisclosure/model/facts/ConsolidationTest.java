package org.budgetdisclosure.model.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.junit.jupiter.api.Test;

/** A department of units: its facts computed from theirs, its refusals, and validation located at each unit. */
class ConsolidationTest {

    private static final Department BUREAU = Department.of("035", "上海市普陀区财政局", "财政局", DepartmentKind.ADMINISTRATIVE);

    private static Budget.Builder department() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(BUREAU)
                .year(2025)
                .unit(
                        Department.of("035001", "上海市普陀区财政局本部", "财政局本部", DepartmentKind.ADMINISTRATIVE),
                        u -> u.appropriation(
                                        "2010601",
                                        RevenueSource.GENERAL_PUBLIC_BUDGET,
                                        ExpenditureType.BASIC,
                                        "1000.00")
                                .appropriation(
                                        "2010602",
                                        RevenueSource.GENERAL_PUBLIC_BUDGET,
                                        ExpenditureType.PROJECT,
                                        "300.00")
                                .basicExpenditure("30101", "800.00")
                                .basicExpenditure("30201", "200.00")
                                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "10.00")
                                .staffing(10, 8, 0, 2)
                                .assets(
                                        LocalDate.of(2024, 12, 31),
                                        "5.00",
                                        AssetCategory.of("车辆", "2", Amount.yuan("40.00"))))
                .unit(
                        Department.of("035002", "上海市普陀区财政信息中心", "信息中心", DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                        "2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "500.00")
                                .appropriation(
                                        "2010650", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.BASIC, "50.00")
                                .basicExpenditure("30101", "450.00")
                                .basicExpenditure("30201", "50.00")
                                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "2.50")
                                .staffing(5, 5, 0, 0)
                                .assets(
                                        LocalDate.of(2025, 1, 1),
                                        "1.00",
                                        AssetCategory.of("车辆", "1", Amount.yuan("20.00")),
                                        AssetCategory.of("设备", null, Amount.yuan("3.00"))));
    }

    @Test
    void theDepartmentsFactsAreTheUnitsSummed() {
        Budget budget = department().build();
        Budget whole = Consolidation.of(budget);
        assertThat(whole.hasUnits()).isFalse();
        assertThat(whole.appropriations())
                .extracting(a -> a.functionCode().value() + " " + a.source() + " " + a.type() + " "
                        + a.amount().value().toPlainString())
                .containsExactly(
                        "2010601 GENERAL_PUBLIC_BUDGET BASIC 1500.00",
                        "2010602 GENERAL_PUBLIC_BUDGET PROJECT 300.00",
                        "2010650 PUBLIC_SERVICE_REVENUE BASIC 50.00");
        assertThat(whole.basicExpenditures())
                .extracting(
                        e -> e.economicCode().value() + " " + e.amount().value().toPlainString())
                .containsExactly("30101 1250.00", "30201 250.00");
        assertThat(whole.threePublic())
                .containsExactly(
                        ThreePublicExpense.of(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, Amount.yuan("12.50")));
        assertThat(whole.narrative().staffing()).contains(new Staffing(15, 13, 0, 2));
        assertThat(whole.narrative().assets())
                .isEqualTo(new AssetRegister(
                        LocalDate.of(2025, 1, 1),
                        List.of(
                                AssetCategory.of("车辆", "3", Amount.yuan("60.00")),
                                AssetCategory.of("设备", null, Amount.yuan("3.00"))),
                        Amount.yuan("6.00")));
        Statements s = Statements.of(budget);
        assertThat(s.budget()).isEqualTo(whole);
        assertThat(s.units()).isEqualTo(budget.units());
        assertThat(s.expenditure().total().get(ExpenditureColumn.TOTAL)).isEqualTo(Amount.yuan("1850.00"));
        assertThat(s.generalPublicBasicExpenditure().total().get(BasicColumn.TOTAL))
                .isEqualTo(Amount.yuan("1500.00"));
        assertThat(Validator.validate(budget).errors()).isEmpty();
    }

    @Test
    void aBudgetWithoutUnitsIsItsOwnConsolidationAndItsOneUnit() {
        Budget flat = Budget.builder()
                .department(BUREAU)
                .year(2025)
                .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "1.00")
                .build();
        assertThat(Consolidation.of(flat)).isSameAs(flat);
        assertThat(Consolidation.institutions(flat)).containsExactly(BUREAU);
        assertThat(Consolidation.operatingCostUnits(flat)).containsExactly(flat);
        assertThat(flat.toBuilder().build()).isEqualTo(flat);
    }

    @Test
    void unitsAreCountedByKindInTheOrderOfTheirCodes() {
        Budget budget = department()
                .unit(Department.of(null, "上海市普陀区某参公单位", "某参公单位", DepartmentKind.CIVIL_SERVICE_MANAGED), u -> u)
                .unit(Department.of("035000", "上海市普陀区某中心", "某中心", DepartmentKind.PUBLIC_INSTITUTION), u -> u)
                .build();
        assertThat(Consolidation.institutions(budget))
                .extracting(Department::shortName)
                .containsExactly("某中心", "财政局本部", "信息中心", "某参公单位");
        assertThat(Consolidation.countsByKind(budget))
                .containsEntry(DepartmentKind.ADMINISTRATIVE, 1)
                .containsEntry(DepartmentKind.PUBLIC_INSTITUTION, 2)
                .containsEntry(DepartmentKind.CIVIL_SERVICE_MANAGED, 1);
        assertThat(Consolidation.operatingCostUnits(budget))
                .extracting(Consolidation::key)
                .containsExactly("035001", "上海市普陀区某参公单位");
        assertThat(budget.toBuilder().build()).isEqualTo(budget);
    }

    @Test
    void aDepartmentWithUnitsStatesNoneOfTheirFacts() {
        assertThatThrownBy(() -> department()
                        .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1.00")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appropriations: a department with units states none of its own");
        assertThatThrownBy(() -> department().basicExpenditure("30101", "1.00").build())
                .hasMessageContaining("basicExpenditures");
        assertThatThrownBy(() -> department()
                        .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1.00")
                        .build())
                .hasMessageContaining("threePublic");
        // 机关运行经费 is summed from the 行政 and 参公 units, as a budget file requires: a figure of the department's
        // own beside them would print in its document while the units' documents print theirs
        assertThatThrownBy(() -> department().operatingCosts("5.00").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operatingCosts: a department with units states none of its own");
        Budget other = Budget.builder()
                .department(BUREAU)
                .year(2024)
                .unit(MoneyUnit.YUAN)
                .build();
        assertThatThrownBy(() -> department().unit(other).build())
                .hasMessageContaining("units[2].year must be the department's year 2025, was 2024");
        Budget wan = Budget.builder().department(BUREAU).year(2025).build();
        assertThatThrownBy(() -> department().unit(wan).build()).hasMessageContaining("units[2] is in 万元");
        assertThatThrownBy(() -> department().unit(department().build()).build())
                .hasMessageContaining("units[2].units: a unit has no units of its own");
    }

    @Test
    void aPublishedFactTheDepartmentStatesBesideItsUnitsMustBeTheirSum() {
        Department centre = Department.of("035003", "上海市普陀区某所", "某所", DepartmentKind.PUBLIC_INSTITUTION);
        java.util.function.UnaryOperator<Budget.Builder> facts =
                u -> u.appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1.00")
                        .basicExpenditure("30101", "1.00")
                        .procurementTotals("10.00", "0.00", "20.00")
                        .performanceTargets(1, "0.00")
                        .heldAssets(new AssetHoldings(
                                LocalDate.of(2024, 8, 31),
                                java.util.Optional.of(new VehicleCounts(java.util.Map.of(VehicleCategory.OTHER, 1))),
                                java.util.OptionalInt.of(0)));
        // every unit states them: a department's own figure that differs is the error, at the department's field
        Budget.Builder three = Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(BUREAU)
                .year(2025)
                .unit(Department.of("035001", "本部", "本部", DepartmentKind.ADMINISTRATIVE), facts)
                .unit(centre, facts);
        Budget differs = three.procurementTotals("20.00", "0.00", "40.01")
                .performanceTargets(3, "0.00")
                .heldAssets(new AssetHoldings(
                        LocalDate.of(2024, 8, 31),
                        java.util.Optional.of(new VehicleCounts(java.util.Map.of(VehicleCategory.OTHER, 2))),
                        java.util.OptionalInt.of(0)))
                .build();
        assertThat(Validator.validate(differs).byRule("units.published-fact"))
                .extracting(Finding::location, Finding::expected, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "narrative.procurementTotals",
                                "the sum of its units' (units[…].narrative.procurementTotals) or none",
                                org.budgetdisclosure.model.validation.Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(
                                "narrative.performanceTargets",
                                "the sum of its units' (units[…].narrative.performanceTargets) or none",
                                org.budgetdisclosure.model.validation.Severity.ERROR));
        // equal to their sum (or stated where the units do not all state it): no finding
        Budget same = Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(BUREAU)
                .year(2025)
                .unit(Department.of("035001", "本部", "本部", DepartmentKind.ADMINISTRATIVE), facts)
                .unit(centre, facts)
                .procurementTotals("20", "0", "40")
                .performanceTargets(2, "0")
                .heldAssets(new AssetHoldings(
                        LocalDate.of(2024, 8, 31),
                        java.util.Optional.of(new VehicleCounts(
                                java.util.Map.of(VehicleCategory.OTHER, 2, VehicleCategory.EMERGENCY, 0))),
                        java.util.OptionalInt.of(0)))
                .build();
        assertThat(Validator.validate(same).byRule("units.published-fact")).isEmpty();
        assertThat(Validator.validate(department()
                                .procurementTotals("1.00", "0.00", "0.00")
                                .build())
                        .byRule("units.published-fact"))
                .isEmpty();
        // the institution list: as many units of each kind as the department has (names may be the published ones)
        assertThat(Validator.validate(department()
                                .budgetUnit("财政局本部", DepartmentKind.ADMINISTRATIVE, true)
                                .build())
                        .byRule("units.published-fact"))
                .extracting(Finding::location)
                .containsExactly("narrative.budgetUnits");
        assertThat(Validator.validate(department()
                                .budgetUnit("局本部", DepartmentKind.ADMINISTRATIVE, true)
                                .budgetUnit("信息中心", DepartmentKind.PUBLIC_INSTITUTION, false)
                                .build())
                        .byRule("units.published-fact"))
                .isEmpty();
    }

    @Test
    void aRequiredFactStatedByTheUnitsOnlyInPartSaysWhichUnitsLackIt() {
        AssetHoldings held =
                new AssetHoldings(LocalDate.of(2024, 8, 31), java.util.Optional.empty(), java.util.OptionalInt.of(0));
        Budget budget = Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(BUREAU)
                .year(2025)
                .unit(
                        Department.of("035001", "本部", "本部", DepartmentKind.ADMINISTRATIVE),
                        u -> u.appropriation(
                                        "2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1.00")
                                .basicExpenditure("30101", "1.00")
                                .procurementTotals("1.00", "0.00", "0.00")
                                .heldAssets(held))
                .unit(
                        Department.of("035002", "某所", "某所", DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                        "2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1.00")
                                .basicExpenditure("30101", "1.00")
                                .heldAssets(new AssetHoldings(
                                        LocalDate.of(2024, 12, 31),
                                        java.util.Optional.empty(),
                                        java.util.OptionalInt.of(0))))
                .build();
        ValidationReport report = Validator.standard()
                .withRule(new org.budgetdisclosure.model.validation.RequiredFacts(
                        "shanghai-2025-department", List.of(StatedFact.PROCUREMENT_TOTALS, StatedFact.HELD_ASSETS)))
                .check(Statements.of(budget));
        assertThat(report.byRule("profile.requires"))
                .extracting(Finding::location, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "narrative.procurementTotals",
                                "the profile "
                                        + "shanghai-2025-department prints 政府采购预算（货物、工程、服务） (procurementTotals), which the "
                                        + "budget does not state; its units state it in part (not units[1]), and the department's is "
                                        + "their sum only where every unit states it: state it on every unit, or the department's own"),
                        org.assertj.core.groups.Tuple.tuple(
                                "narrative.heldAssets",
                                "the profile shanghai-2025-department "
                                        + "prints 国有资产占有使用情况（车辆、单价100万元以上设备） (heldAssets), which the budget does not "
                                        + "state; every unit states it, but the department's is not summed from theirs (held assets "
                                        + "at different dates): state the department's own"));
    }

    @Test
    void findingsAreLocatedAtTheirUnit() {
        Budget budget = department()
                .unit(
                        Department.of("035003", "上海市普陀区某所", "某所", DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                        "2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "1.00")
                                .appropriation(
                                        "2010601",
                                        RevenueSource.GENERAL_PUBLIC_BUDGET,
                                        ExpenditureType.PROJECT,
                                        "-2.005")
                                .basicExpenditure("30101", "3.00"))
                .build();
        ValidationReport report = Validator.validate(budget);
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("amount.negative", "units[2].appropriations[1].amount"),
                        org.assertj.core.groups.Tuple.tuple("amount.precision", "units[2].appropriations[1].amount"));
        assertThat(report.errors())
                .extracting(Finding::location)
                .anyMatch(l -> l.startsWith("units[2] table 6"))
                .anyMatch(l -> l.startsWith("table 6"))
                .noneMatch(l -> l.startsWith("appropriations["));
    }

    @Test
    void twoUnitsWithOneCodeAreAnError() {
        Budget budget = department()
                .unit(Department.of("035001", "另一单位", "另一单位", DepartmentKind.PUBLIC_INSTITUTION), u -> u)
                .build();
        assertThat(Validator.validate(budget).errors())
                .extracting(Finding::rule, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("units.duplicate", "units[2].department.code"));
    }

    @Test
    void sumsBeyondTheBoundsOfAnAmountAreRefusedSayingSo() {
        Budget.Builder b =
                Budget.builder().unit(MoneyUnit.YUAN).department(BUREAU).year(2025);
        for (int i = 0; i < 3; i++) {
            b.unit(
                    Department.of("00" + i, "单位" + i, "单位" + i, DepartmentKind.ADMINISTRATIVE),
                    u -> u.appropriation(
                            "2010601",
                            RevenueSource.GENERAL_PUBLIC_BUDGET,
                            ExpenditureType.PROJECT,
                            "999999999999999.00"));
        }
        Budget budget = b.build();
        assertThatThrownBy(() -> Validator.validate(budget))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the department's figures summed from its units are out of bounds: its "
                        + "consolidated appropriations[0].amount");
    }
}
