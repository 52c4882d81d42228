package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.junit.jupiter.api.Test;

/** Budget files of departments with units: read, written back, checked by the schema, problems located. */
class DepartmentUnitsFileTest {

    private static final Path UNITS =
            Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2025-units.json");

    private static final String HEAD = """
            {
              "format": "budget-disclosure/1",
              "unit": "元",
              "year": 2025,
              "department": {"name": "上海市普陀区财政局", "shortName": "财政局", "kind": "ADMINISTRATIVE"},
            """;

    private static final String UNIT_A = """
                {
                  "department": {"code": "035001", "name": "财政局本部", "shortName": "本部", "kind": "ADMINISTRATIVE"},
                  "appropriations": [
                    {"functionCode": "2010601", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC", "amount": "100.00"}
                  ],
                  "basicExpenditures": [{"economicCode": "30101", "amount": "100.00"}]
                }""";

    private static Budget read(String text) throws BudgetFileException {
        return BudgetFiles.read(text.getBytes(StandardCharsets.UTF_8), "dept.json", Syntax.JSON);
    }

    @Test
    void theUnitsFileReadsAndWritesBackEqual() throws Exception {
        Budget budget = BudgetFiles.read(UNITS);
        assertThat(budget.units()).hasSize(3);
        assertThat(budget.units().get(1).department().kind()).isEqualTo(DepartmentKind.CIVIL_SERVICE_MANAGED);
        assertThat(budget.units()).allSatisfy(u -> {
            assertThat(u.unit()).isEqualTo(MoneyUnit.YUAN);
            assertThat(u.year()).isEqualTo(2025);
            assertThat(u.costClasses()).isEqualTo(budget.costClasses());
        });
        for (Syntax syntax : Syntax.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetFiles.write(budget, out, syntax);
            assertThat(BudgetFiles.read(out.toByteArray(), "back", syntax)).isEqualTo(budget);
            if (syntax == Syntax.JSON) {
                assertThat(out.toString(StandardCharsets.UTF_8))
                        .contains("\"units\": [")
                        .contains("\"code\": \"035003\"");
            }
        }
    }

    @Test
    void theUnitsFileAndTheOneUnitFilesAreValidByTheShippedSchema() throws Exception {
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(BudgetFiles.schema());
        ObjectMapper mapper = new ObjectMapper();
        assertThat(schema.validate(mapper.readTree(UNITS.toFile()))).isEmpty();
        assertThat(schema.validate(mapper.readTree(
                        UNITS.resolveSibling("leting-industry-bureau-2022.json").toFile())))
                .isEmpty();
        assertThat(schema.validate(mapper.readTree(HEAD + "\"units\": [{\"department\": {\"name\": \"甲\", "
                        + "\"shortName\": \"甲\", \"kind\": \"ADMINISTRATIVE\"}, \"unknown\": 1}]}")))
                .extracting(Object::toString)
                .anyMatch(m -> m.contains("unknown"));
    }

    @Test
    void aProblemOfAUnitIsLocatedInItWithItsLine() {
        String text = HEAD + "  \"units\": [\n" + UNIT_A + ",\n" + """
                    {
                      "department": {"code": "035002", "name": "某中心", "shortName": "某中心", "kind": "PUBLIC_INSTITUTION"},
                      "appropriations": [
                        {"functionCode": "2010601", "source": "PRIOR_YEAR_CARRYOVER", "type": "BASIC", "amount": "1"}
                      ]
                    }
                  ]
                }
                """;
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(BudgetFileException.class)
                .satisfies(e -> {
                    BudgetFileException f = (BudgetFileException) e;
                    assertThat(f.path()).isEqualTo("$.units[1].appropriations[0].fund");
                    assertThat(f.line())
                            .isEqualTo(text.lines()
                                            .toList()
                                            .indexOf(text.lines()
                                                    .filter(l -> l.contains("PRIOR_YEAR_CARRYOVER"))
                                                    .findFirst()
                                                    .orElseThrow())
                                    + 1);
                    assertThat(f.getMessage()).contains("must state its fund");
                });
        String badCode = HEAD + "  \"units\": [\n" + UNIT_A.replace("\"2010601\"", "\"20106x1\"") + "\n  ]\n}\n";
        assertThatThrownBy(() -> read(badCode))
                .hasMessageContaining("$.units[0].appropriations[0].functionCode")
                .hasMessageStartingWith("dept.json:10:");
        String noDepartment = HEAD + "  \"units\": [{\"appropriations\": []}]\n}\n";
        assertThatThrownBy(() -> read(noDepartment))
                .hasMessageContaining("$.units[0]")
                .hasMessageContaining("missing required field \"department\"");
        String unknown = HEAD + "  \"units\": [{\"department\": {\"name\": \"甲\", \"shortName\": \"甲\", "
                + "\"kind\": \"ADMINISTRATIVE\"}, \"costClasses\": {}}]\n}\n";
        assertThatThrownBy(() -> read(unknown))
                .hasMessageContaining("$.units[0]")
                .hasMessageContaining("unknown field \"costClasses\"");
    }

    @Test
    void anEmptyListOfUnitsIsRefusedAtItsLine() {
        // a department whose units were all deleted is not silently an empty department
        String empty = HEAD + "  \"units\": []\n}\n";
        assertThatThrownBy(() -> read(empty))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageStartingWith("dept.json:6:")
                .hasMessageContaining("at $.units")
                .hasMessageContaining("lists at least one unit");
    }

    @Test
    void aDepartmentGivingItsOwnLinesBesideUnitsIsRefusedAtThem() {
        String both = HEAD + """
                  "appropriations": [
                    {"functionCode": "2010601", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC", "amount": "1.00"}
                  ],
                  "units": [
                """ + UNIT_A + "\n  ]\n}\n";
        assertThatThrownBy(() -> read(both))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageStartingWith("dept.json:6:")
                .hasMessageContaining("at $.appropriations")
                .hasMessageContaining("a department with units gives no appropriations of its own: they are "
                        + "computed from its units (give them as $.units[…].appropriations)");
        String assets = HEAD + "  \"narrative\": {\"assets\": {\"asOf\": \"2024-12-31\"}},\n  \"units\": [\n" + UNIT_A
                + "\n  ]\n}\n";
        assertThatThrownBy(() -> read(assets)).hasMessageContaining("at $.narrative.assets");
    }

    @Test
    void unitsInYaml() throws Exception {
        Path yaml = Files.createTempFile("units", ".yaml");
        try {
            Files.writeString(yaml, """
                    format: budget-disclosure/1
                    unit: 万元
                    year: 2022
                    department: {code: "304", name: 乐亭县工业和信息化局, shortName: 工信局, kind: ADMINISTRATIVE}
                    units:
                      - department: {code: "304001", name: 工信局本级, shortName: 本级, kind: ADMINISTRATIVE}
                        appropriations:
                          - {functionCode: "2150501", source: GENERAL_PUBLIC_BUDGET, type: BASIC, amount: "1.50"}
                        basicExpenditures:
                          - {economicCode: "30101", amount: "1.50"}
                      - department: {name: 某中心, shortName: 某中心, kind: PUBLIC_INSTITUTION}
                        appropriations:
                          - {functionCode: "2150501", source: GENERAL_PUBLIC_BUDGET, type: BASIC, amount: -1}
                    """);
            Budget b = BudgetFiles.read(yaml);
            assertThat(b.units()).hasSize(2);
            assertThat(org.budgetdisclosure.model.validation.Validator.validate(b)
                            .errors())
                    .extracting(f -> f.rule() + " " + f.location())
                    .contains("amount.negative units[1].appropriations[0].amount");
        } finally {
            Files.delete(yaml);
        }
    }
}
