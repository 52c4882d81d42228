package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.StatedFact;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.statements.Statements;
import org.junit.jupiter.api.Test;

/**
 * The facts of the Shanghai chapters 二 and 六: immutable, absent unless stated, kept by toBuilder, in the budget's
 * unit; their validation (procurement totals against items and set-asides, performance targets against the projects
 * listed, one 本部, last year's “三公” stated once); which of them a budget states ({@link StatedFact},
 * {@link RequiredFacts}).
 */
class StatedFactsTest {

    /** 100.00 of 一般公共预算: 60 basic (人员 40, 公用 20) and 40 project, in 元. */
    private static Budget.Builder base() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("", "上海市某某局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "60.00")
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "40.00")
                .basicExpenditure("30101", "40.00")
                .basicExpenditure("30201", "20.00");
    }

    private static Budget full() {
        return base().budgetUnit("某某局本部", DepartmentKind.ADMINISTRATIVE, true)
                .budgetUnit("某某中心", DepartmentKind.PUBLIC_INSTITUTION, false)
                .internalDivisions("办公室", "财务科")
                .procurementTotals("10.00", "0.00", "5.00")
                .performanceTargets(1, "30.00")
                .heldAssets(new AssetHoldings(
                        LocalDate.of(2024, 8, 31),
                        Optional.of(new VehicleCounts(Map.of(VehicleCategory.OTHER, 2))),
                        OptionalInt.of(0)))
                .plannedAssets(new AssetPurchases(Optional.of(VehicleCounts.none()), OptionalInt.empty()))
                .priorThreePublic(new PriorThreePublic(
                        Map.of(ThreePublicItem.RECEPTION, Amount.yuan("1.00")),
                        Map.of(Comparison.RECEPTION, "主要原因是压减")))
                .build();
    }

    @Test
    void absentUnlessStatedAndKeptByToBuilder() {
        Budget bare = base().build();
        var n = bare.narrative();
        assertThat(n.budgetUnits()).isEmpty();
        assertThat(n.internalDivisions()).isEmpty();
        assertThat(n.procurementTotals()).isEmpty();
        assertThat(n.performanceTargets()).isEmpty();
        assertThat(n.heldAssets()).isEmpty();
        assertThat(n.plannedAssets()).isEmpty();
        assertThat(n.priorThreePublic()).isEmpty();
        Budget full = full();
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.narrative().procurementTotals().orElseThrow().total()).isEqualTo(Amount.yuan("15.00"));
        assertThat(full.narrative()
                        .heldAssets()
                        .orElseThrow()
                        .vehicles()
                        .orElseThrow()
                        .total())
                .isEqualTo(2);
        assertThat(full.narrative()
                        .heldAssets()
                        .orElseThrow()
                        .vehicles()
                        .orElseThrow()
                        .count(VehicleCategory.EMERGENCY))
                .isZero();
        assertThat(Validator.validate(full).findings()).isEmpty();
    }

    @Test
    void collectionsAreCopiesAndBadValuesAreRefusedNamingTheField() {
        java.util.HashMap<VehicleCategory, Integer> counts = new java.util.HashMap<>(Map.of(VehicleCategory.OTHER, 1));
        VehicleCounts v = new VehicleCounts(counts);
        counts.put(VehicleCategory.OTHER, 5);
        assertThat(v.count(VehicleCategory.OTHER)).isEqualTo(1);
        assertThatThrownBy(() -> v.counts().put(VehicleCategory.OTHER, 3))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new VehicleCounts(Map.of(VehicleCategory.OTHER, -1)))
                .hasMessageContaining("vehicles.OTHER");
        assertThatThrownBy(() -> new AssetHoldings(LocalDate.of(2024, 1, 1), Optional.empty(), OptionalInt.empty()))
                .hasMessageContaining("heldAssets must state vehicles, largeEquipment or both");
        assertThatThrownBy(() -> new AssetPurchases(Optional.empty(), OptionalInt.of(-2)))
                .hasMessageContaining("plannedAssets.largeEquipment");
        assertThatThrownBy(() -> base().performanceTargets(-1, "1.00"))
                .hasMessageContaining("performanceTargets.projects");
        assertThatThrownBy(() -> base().budgetUnit(" ", DepartmentKind.ADMINISTRATIVE, true))
                .hasMessageContaining("budgetUnits.name");
        assertThatThrownBy(() -> new PriorThreePublic(Map.of(), Map.of(Comparison.TOTAL, "x")))
                .hasMessageContaining("priorThreePublic.reasons.TOTAL");
        assertThatThrownBy(() -> base().procurementTotals(
                                ProcurementTotals.of(Amount.wan("1"), Amount.yuan("0"), Amount.yuan("0")))
                        .build())
                .hasMessageStartingWith("narrative.procurementTotals.goods is in 万元");
        assertThatThrownBy(() ->
                        base().performanceTargets(1, "1234567890123456.00").build())
                .hasMessageStartingWith("narrative.performanceTargets.amount: expected");
    }

    @Test
    void procurementItemsMustAddUpToTheTotalsAndSetAsidesNest() {
        ProcurementItem item = new ProcurementItem(
                "某某局",
                FunctionCode.of("2010101"),
                "公用经费",
                "正常公用",
                "",
                "台式计算机",
                "",
                "台",
                Amount.yuan("5.00"),
                BigDecimal.valueOf(2),
                Amount.yuan("10.00"),
                Map.of(Fund.GENERAL_PUBLIC, Amount.yuan("10.00")));
        assertThat(Validator.validate(base().procurement(item)
                                .procurementTotals("10.00", "0.00", "0.00")
                                .build())
                        .findings())
                .isEmpty();
        ValidationReport report = Validator.validate(base().procurement(item)
                .procurementTotals("10.00", "0.00", "5.00")
                .build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location, Finding::expected, Finding::actual)
                .containsExactly(tuple("procurement.totals", "narrative.procurementTotals", "15.00", "10.00"));
        report = Validator.validate(base().procurementTotals(new ProcurementTotals(
                        Amount.yuan("10.00"),
                        Amount.yuan("0.00"),
                        Amount.yuan("0.00"),
                        Optional.of(Amount.yuan("11.00")),
                        Optional.of(Amount.yuan("12.00"))))
                .build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location)
                .containsExactly(
                        tuple("procurement.set-aside", "narrative.procurementTotals.reservedForSmes"),
                        tuple("procurement.set-aside", "narrative.procurementTotals.reservedForSmallAndMicro"));
        report = Validator.validate(base().procurementTotals(new ProcurementTotals(
                        Amount.yuan("10.00"),
                        Amount.yuan("0.00"),
                        Amount.yuan("0.00"),
                        Optional.empty(),
                        Optional.of(Amount.yuan("1.00"))))
                .build());
        assertThat(report.errors()).extracting(Finding::actual).containsExactly("without it");
        report = Validator.validate(
                base().procurementTotals("-1.00", "0.001", "0.00").build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location)
                .contains(
                        tuple("amount.negative", "narrative.procurementTotals.goods"),
                        tuple("amount.precision", "narrative.procurementTotals.works"));
    }

    @Test
    void performanceTargetsAgreeWithTheProjectsListedAndReplaceTheProjectsTotalWarning() {
        PerformanceProject p = new PerformanceProject("信息化运维", Amount.yuan("30.00"), List.of(), List.of(), List.of());
        // listed projects not adding up to 项目支出 (40.00): a warning, unless they are stated to be those with targets
        assertThat(Validator.validate(base().project(p).build()).warnings())
                .extracting(Finding::rule)
                .containsExactly("projects.total");
        assertThat(Validator.validate(
                                base().project(p).performanceTargets(1, "30.00").build())
                        .findings())
                .isEmpty();
        // the key projects listed (重点项目) beside the count of all with targets: fewer, and less money, is right
        ValidationReport report = Validator.validate(
                base().project(p).performanceTargets(49, "31.00").build());
        assertThat(report.errors()).isEmpty();
        report = Validator.validate(
                base().project(p).performanceTargets(1, "31.00").build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::expected, Finding::actual)
                .containsExactly(tuple("performance.amount", "30.00", "31.00"));
        report = Validator.validate(
                base().project(p).project(p).performanceTargets(1, "60.00").build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::expected, Finding::actual)
                .containsExactly(tuple("performance.count", "at least 2 (the projects listed)", "1"));
        report = Validator.validate(
                base().project(p).performanceTargets(5, "29.99").build());
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location, Finding::actual)
                .containsExactly(tuple("performance.amount", "narrative.performanceTargets.amount", "29.99"));
        report = Validator.validate(base().performanceTargets(3, "40.01").build());
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Finding::rule).containsExactly("performance.above-project");
    }

    @Test
    void oneHeadquartersAndLastYearsThreePublicStatedOnce() {
        ValidationReport report = Validator.validate(base().budgetUnit("本部", DepartmentKind.ADMINISTRATIVE, true)
                .budgetUnit("另一个本部", DepartmentKind.ADMINISTRATIVE, true)
                .build());
        assertThat(report.errors()).extracting(Finding::rule).containsExactly("organisation.headquarters");
        PriorYear prior = new PriorYear(
                Amount.yuan("100.00"),
                Amount.yuan("40.00"),
                Amount.yuan("20.00"),
                Amount.yuan("40.00"),
                Map.of(),
                Map.of());
        report = Validator.validate(base().priorYear(prior)
                .priorThreePublic(new PriorThreePublic(Map.of(), Map.of()))
                .build());
        assertThat(report.errors()).extracting(Finding::rule).containsExactly("prior-year.three-public-twice");
    }

    @Test
    void whichFactsABudgetStatesAndTheRequirementFindings() {
        Budget bare = base().build();
        assertThat(StatedFact.values())
                .allSatisfy(f -> assertThat(f.isStated(bare)).as(f.key()).isFalse());
        Budget full = full().toBuilder()
                .operatingCosts("20.00")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1.00")
                .duties("负责某项工作。")
                .build();
        assertThat(StatedFact.values())
                .allSatisfy(f -> assertThat(f.isStated(full)).as(f.key()).isTrue());
        // a 事业单位 (not 参公) has no 机关运行经费: its kind states it; a 参公 unit must state it
        assertThat(StatedFact.OPERATING_COSTS.isStated(
                        base().department("", "某院", "某院", DepartmentKind.PUBLIC_INSTITUTION)
                                .build()))
                .isTrue();
        assertThat(StatedFact.OPERATING_COSTS.isStated(
                        base().department("", "某中心", "某中心", DepartmentKind.CIVIL_SERVICE_MANAGED)
                                .build()))
                .isFalse();
        assertThat(StatedFact.ofKey("heldAssets")).contains(StatedFact.HELD_ASSETS);
        assertThat(StatedFact.ofKey("vehicles")).isEmpty();

        ValidationReport report = Validator.standard()
                .withRule(new RequiredFacts("my-layout", List.of(StatedFact.OPERATING_COSTS, StatedFact.HELD_ASSETS)))
                .check(Statements.of(bare));
        assertThat(report.errors())
                .extracting(Finding::rule, Finding::location)
                .containsExactly(
                        tuple("profile.requires", "operatingCosts"), tuple("profile.requires", "narrative.heldAssets"));
        assertThat(report.errors().get(1).message())
                .isEqualTo("the profile my-layout prints 国有资产占有使用情况"
                        + "（车辆、单价100万元以上设备） (heldAssets), which the budget does not state");
        assertThat(Validator.standard()
                        .withRule(new RequiredFacts("my-layout", List.of(StatedFact.values())))
                        .check(Statements.of(full))
                        .errors())
                .isEmpty();
        // a chapter a layout prints that the facts leave empty: a warning at its path, not an error
        ValidationReport chapter = Validator.standard()
                .withRule(new RequiredFacts("my-layout", List.of(StatedFact.DUTIES)))
                .check(Statements.of(bare));
        assertThat(chapter.errors()).isEmpty();
        assertThat(chapter.warnings())
                .extracting(Finding::rule, Finding::location)
                .contains(tuple("chapter.empty", "narrative.duties"));
    }
}
