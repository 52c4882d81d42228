package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai facts in the budget file: read in the file's unit, written back equal in JSON and YAML, absent when
 * not given, bad values located at their field.
 */
class StatedFactsFileTest {

    static final String FACTS = """
            "narrative": {
              "budgetUnits": [
                {"name": "某局本部", "kind": "ADMINISTRATIVE", "headquarters": true},
                {"name": "某中心", "kind": "CIVIL_SERVICE_MANAGED"}
              ],
              "internalDivisions": ["办公室", "财务科"],
              "procurementTotals": {"goods": "17.00", "works": 0, "services": "100.00",
                                    "reservedForSmes": "50.00", "reservedForSmallAndMicro": "20.00"},
              "performanceTargets": {"projects": 4, "amount": "598.46"},
              "heldAssets": {"asOf": "2024-08-31", "vehicles": {"OTHER": 2, "LAW_ENFORCEMENT": 1}, "largeEquipment": 0},
              "plannedAssets": {"vehicles": {}},
              "priorThreePublic": {"amounts": {"RECEPTION": "0.95"}, "reasons": {"RECEPTION": "主要原因是业务需要"}}
            }""";

    @Test
    void readInTheFilesUnitAndWrittenBackEqualInJsonAndYaml() throws Exception {
        Budget b = read(BudgetFilesTest.minimal(FACTS));
        var n = b.narrative();
        assertThat(n.budgetUnits())
                .containsExactly(
                        new OrganisationUnit("某局本部", DepartmentKind.ADMINISTRATIVE, true),
                        new OrganisationUnit("某中心", DepartmentKind.CIVIL_SERVICE_MANAGED, false));
        assertThat(n.internalDivisions()).containsExactly("办公室", "财务科");
        assertThat(n.procurementTotals().orElseThrow().total()).isEqualTo(Amount.wan("117.00"));
        assertThat(n.procurementTotals().orElseThrow().reservedForSmallAndMicro())
                .contains(Amount.wan("20.00"));
        assertThat(n.performanceTargets().orElseThrow().projects()).isEqualTo(4);
        assertThat(n.heldAssets().orElseThrow().asOf()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(n.heldAssets().orElseThrow().vehicles().orElseThrow().count(VehicleCategory.OTHER))
                .isEqualTo(2);
        assertThat(n.heldAssets().orElseThrow().largeEquipment()).hasValue(0);
        assertThat(n.plannedAssets().orElseThrow().vehicles().orElseThrow().total())
                .isZero();
        assertThat(n.plannedAssets().orElseThrow().largeEquipment()).isEmpty();
        assertThat(n.priorThreePublic().orElseThrow().amounts())
                .containsEntry(ThreePublicItem.RECEPTION, Amount.wan("0.95"));
        assertThat(n.priorThreePublic().orElseThrow().reason(Comparison.RECEPTION))
                .contains("主要原因是业务需要");
        for (Syntax syntax : Syntax.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetFiles.write(b, out, syntax);
            assertThat(BudgetFiles.read(out.toByteArray(), "back", syntax)).isEqualTo(b);
        }
    }

    @Test
    void absentFactsAreNotWritten() throws Exception {
        String json = BudgetFiles.toJson(read(BudgetFilesTest.minimal("")));
        for (String key : List.of(
                "budgetUnits",
                "internalDivisions",
                "procurementTotals",
                "performanceTargets",
                "heldAssets",
                "plannedAssets",
                "priorThreePublic")) {
            assertThat(json).doesNotContain(key);
        }
    }

    @Test
    void aUnitWhoseBudgetIsTheHeadquartersIsReadAndWrittenInJsonAndYaml() throws Exception {
        Budget b = read(BudgetFilesTest.minimal("""
                "narrative": {"budgetUnits": [
                  {"name": "某局本部", "kind": "ADMINISTRATIVE", "headquarters": true},
                  {"name": "某所", "kind": "PUBLIC_INSTITUTION", "mergedIntoHeadquarters": true}]}"""));
        assertThat(b.narrative().budgetUnits())
                .containsExactly(
                        new OrganisationUnit("某局本部", DepartmentKind.ADMINISTRATIVE, true),
                        new OrganisationUnit("某所", DepartmentKind.PUBLIC_INSTITUTION, false, true));
        for (Syntax syntax : Syntax.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetFiles.write(b, out, syntax);
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("mergedIntoHeadquarters");
            assertThat(BudgetFiles.read(out.toByteArray(), "back", syntax)).isEqualTo(b);
        }
        assertThat(BudgetFiles.toJson(read(BudgetFilesTest.minimal(FACTS)))).doesNotContain("mergedIntoHeadquarters");
        assertProblem(
                "\"narrative\": {\"budgetUnits\": [{\"name\": \"本部\", \"kind\": \"ADMINISTRATIVE\", "
                        + "\"headquarters\": true, \"mergedIntoHeadquarters\": true}]}",
                "budgetUnits[0]",
                "mergedIntoHeadquarters");
        assertThat(BudgetFiles.schema()).contains("mergedIntoHeadquarters");
        // the workbook carries it (预算单位, column 预算不单列): template --from leaves nothing out
        assertThat(org.budgetdisclosure.io.workbook.BudgetWorkbook.leftOut(
                        b, org.budgetdisclosure.model.classification.Catalogue.forYear(b.year())))
                .isEmpty();
    }

    @Test
    void badValuesAreLocated() {
        assertProblem("\"narrative\": {\"heldAssets\": {\"vehicles\": {\"OTHER\": 1}}}", "heldAssets", "asOf");
        assertProblem(
                "\"narrative\": {\"heldAssets\": {\"asOf\": \"2024-08-31\", \"vehicles\": {\"BUS\": 1}}}",
                "heldAssets",
                "BUS");
        assertProblem(
                "\"narrative\": {\"heldAssets\": {\"asOf\": \"2024-08-31\", \"vehicles\": {\"OTHER\": -1}}}",
                "$.narrative.heldAssets",
                "vehicles.OTHER must be a count");
        assertProblem(
                "\"narrative\": {\"plannedAssets\": {}}",
                "$.narrative.plannedAssets",
                "plannedAssets must state vehicles, largeEquipment or both");
        assertProblem(
                "\"narrative\": {\"procurementTotals\": {\"goods\": \"1\", \"works\": \"1\"}}",
                "procurementTotals",
                "services");
        assertProblem(
                "\"narrative\": {\"performanceTargets\": {\"projects\": 1.5, \"amount\": \"1\"}}",
                "performanceTargets.projects",
                "");
        assertProblem(
                "\"narrative\": {\"budgetUnits\": [{\"name\": \"本部\", \"kind\": \"行政\"}]}", "budgetUnits[0].kind", "");
        assertProblem(
                "\"narrative\": {\"priorThreePublic\": {\"reasons\": {\"TOTAL\": \"x\"}}}",
                "$.narrative.priorThreePublic",
                "priorThreePublic.reasons.TOTAL");
    }

    @Test
    void aCountThatIsNotAWholeNumberSaysWhatWasFoundWithoutJacksonsWords() {
        for (String bad : List.of("1.5", "\"two\"")) {
            assertThatThrownBy(() -> read(BudgetFilesTest.minimal("\"narrative\": {\"heldAssets\": {\"asOf\": "
                            + "\"2024-08-31\", \"vehicles\": {\"OTHER\": " + bad + "}}}")))
                    .isInstanceOf(BudgetFileException.class)
                    .hasMessageContaining("$.narrative.heldAssets.vehicles.OTHER")
                    .hasMessageContaining("expected a whole number, found " + bad.replace("\"", ""))
                    .hasMessageNotContaining("coerc")
                    .hasMessageNotContaining("CoercionConfig");
        }
    }

    @Test
    void theSchemaDescribesThem() {
        String schema = BudgetFiles.schema();
        for (String key : List.of(
                "budgetUnits",
                "internalDivisions",
                "procurementTotals",
                "performanceTargets",
                "heldAssets",
                "plannedAssets",
                "priorThreePublic",
                "CIVIL_SERVICE_MANAGED",
                "LAW_ENFORCEMENT")) {
            assertThat(schema).contains("\"" + key + "\"");
        }
    }

    private static Budget read(String json) throws BudgetFileException {
        return BudgetFiles.read(json.getBytes(StandardCharsets.UTF_8), "budget.json", Syntax.JSON);
    }

    private static void assertProblem(String more, String where, String what) {
        assertThatThrownBy(() -> read(BudgetFilesTest.minimal(more)))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }
}
