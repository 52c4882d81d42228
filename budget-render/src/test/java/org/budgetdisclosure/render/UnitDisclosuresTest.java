package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.testing.UnitArbitraries;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.narrative.NarrativeModel;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;

/**
 * A department with units: its document does not depend on the order of its units (same HTML and PDF bytes), every unit's
 * document is its own, a unit with errors refuses them all, and the narrative sees the units counted and listed.
 */
class UnitDisclosuresTest {

    private static Budget department() {
        return Budget.builder()
                .department(Department.of(null, "某区测试局", "测试局", DepartmentKind.ADMINISTRATIVE))
                .year(2022)
                .unit(
                        Department.of("90102", "某区测试局第二中心", "第二中心", DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                        "2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "20.00")
                                .basicExpenditure("30101", "20.00"))
                .unit(
                        Department.of("90101", "某区测试局本部", "本部", DepartmentKind.ADMINISTRATIVE),
                        u -> u.appropriation(
                                        "2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "100.00")
                                .basicExpenditure("30101", "100.00")
                                .appropriation(
                                        "2150502",
                                        RevenueSource.GENERAL_PUBLIC_BUDGET,
                                        ExpenditureType.PROJECT,
                                        "7.50"))
                .unit(
                        Department.of(null, "某区测试局参公所", "参公所", DepartmentKind.CIVIL_SERVICE_MANAGED),
                        u -> u.appropriation(
                                "2150501", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.BASIC, "3.25"))
                .build();
    }

    @Test
    void everyUnitHasItsOwnDocumentKeyedByCodeOrName() {
        Budget budget = department();
        Map<String, Disclosure> units = Disclosure.units(budget, Profile.hebei2022());
        assertThat(units.keySet()).containsExactly("90102", "90101", "某区测试局参公所");
        String centre = ReadBack.html(units.get("90102").bytes(Format.HTML)).text();
        assertThat(centre)
                .contains("某区测试局第二中心")
                .contains("20.00")
                .doesNotContain("某区测试局本部")
                .doesNotContain("127.50");
        String whole = ReadBack.html(Disclosure.of(budget).bytes(Format.HTML)).text();
        // the department's document: 20.00 + 107.50 + 3.25
        assertThat(whole).contains("某区测试局").contains("130.75");
        assertThat(Disclosure.units(
                        Budget.builder()
                                .department("901", "某局", "某局", DepartmentKind.ADMINISTRATIVE)
                                .year(2022)
                                .build(),
                        Profile.hebei2022()))
                .isEmpty();
    }

    @Test
    void aUnitLayoutsRequiredFactsAreLocatedAtEveryUnitThatLacksThem() {
        // the shanghai-unit layout prints facts each unit must state; the findings name the unit, and all units
        assertThatThrownBy(() -> Disclosure.units(department(), Profile.named("shanghai-unit")))
                .isInstanceOf(BudgetValidationException.class)
                .hasMessageContaining("profile.requires at units[0].narrative.procurementTotals")
                .hasMessageContaining("profile.requires at units[1].narrative.procurementTotals")
                .hasMessageContaining("profile.requires at units[2].narrative.procurementTotals")
                .hasMessageNotContaining("profile.requires at narrative.");
    }

    @Test
    void oneUnitWithAnErrorRefusesThemAllLocatingIt() {
        Budget bad = department().toBuilder()
                .unit(
                        Department.of("90103", "某区测试局第三所", "第三所", DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                "2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "-1.00"))
                .build();
        assertThatThrownBy(() -> Disclosure.units(bad, Profile.hebei2022()))
                .isInstanceOf(BudgetValidationException.class)
                .hasMessageContaining("units[3].appropriations[0].amount");
        assertThatThrownBy(() -> Disclosure.of(bad))
                .isInstanceOf(BudgetValidationException.class)
                .hasMessageContaining("units[3].appropriations[0].amount");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNarrativeSeesTheUnitsCountedAndListedInCodeOrder() {
        Map<String, Object> model = NarrativeModel.of(
                Statements.of(department()),
                AmountStyle.of(org.budgetdisclosure.model.facts.MoneyUnit.TEN_THOUSAND_YUAN, 2),
                List.of());
        Map<String, Object> units = (Map<String, Object>) model.get("units");
        assertThat(units)
                .containsEntry("count", "3")
                .containsEntry("administrative", "1")
                .containsEntry("publicInstitution", "1")
                .containsEntry("civilServiceManaged", "1");
        assertThat((List<Map<String, String>>) units.get("list"))
                .extracting(m -> m.get("code") + " " + m.get("shortName") + " " + m.get("kind"))
                .containsExactly("90101 本部 行政", "90102 第二中心 事业", " 参公所 参公");
        Map<String, Object> flat = (Map<String, Object>) NarrativeModel.of(
                        Statements.of(TestBudgets.small("某局").build()),
                        AmountStyle.of(org.budgetdisclosure.model.facts.MoneyUnit.TEN_THOUSAND_YUAN, 2),
                        List.of())
                .get("units");
        assertThat(flat).containsEntry("count", "1").containsEntry("administrative", "1");
    }

    @Provide
    Arbitrary<Budget> departments() {
        return UnitArbitraries.departments();
    }

    @Property(tries = 60)
    void theOrderOfTheUnitsDoesNotChangeTheDepartmentsBytes(
            @ForAll("departments") Budget department, @ForAll long seed) {
        List<Budget> units = new ArrayList<>(department.units());
        Collections.shuffle(units, new Random(seed));
        Budget shuffled = new Budget(
                department.department(),
                department.year(),
                department.unit(),
                List.of(),
                List.of(),
                department.costClasses(),
                List.of(),
                department.priorYear(),
                department.names(),
                department.declaredTotals(),
                department.narrative(),
                department.rounded(),
                department.operatingCosts(),
                department.explanations(),
                units);
        Statistics.label("units").collect(units.size() <= 5 ? "1-5" : units.size() <= 15 ? "6-15" : "16-30");
        Statistics.label("order changed").collect(!units.equals(department.units()));
        Disclosure a = Disclosure.of(shuffled);
        Disclosure b = Disclosure.of(department);
        assertThat(a.bytes(Format.HTML)).isEqualTo(b.bytes(Format.HTML));
        assertThat(a.bytes(Format.PDF)).isEqualTo(b.bytes(Format.PDF));
    }
}
