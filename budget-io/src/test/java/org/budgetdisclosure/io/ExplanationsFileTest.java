package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/**
 * The {@code explanations} of a budget file (编制说明 and 项目经费情况说明): read with the file's unit, written and
 * read back equal in JSON and YAML, absent when not stated, and every bad value explained at its path, line and
 * column.
 */
class ExplanationsFileTest {

    private static final String EXPLANATIONS = """
            "appropriations": [
              {"functionCode": "2080502", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC", "amount": "538440"}
            ],
            "explanations": {
              "priorRevenue": {
                "bySource": {"GENERAL_PUBLIC_BUDGET": "9496600", "GOVERNMENT_FUND_BUDGET": "0",
                             "STATE_CAPITAL_BUDGET": 0, "PUBLIC_SERVICE_REVENUE": "2500000"},
                "fiscalReason": "机关事业单位退休人员活动费增加"
              },
              "lines": [
                {"functionCode": "2080502", "purpose": "事业单位退休人员福利费和生活补贴",
                 "lastYear": {"amount": "546000", "kind": "OUTTURN", "reason": "有退休人员去世"}}
              ],
              "projects": [
                {"overview": ["概述。"], "period": {"start": "2024-01-01", "end": "2024-12-31"},
                 "allocations": [{"name": "项目甲", "amount": "1000"}]}
              ]
            }""";

    @Test
    void theExplanationsAreReadInTheFilesUnit() throws Exception {
        Budget b = read(yuan(EXPLANATIONS));
        var e = b.explanations();
        var prior = e.priorRevenue().orElseThrow();
        assertThat(prior.fiscalTotal()).isEqualTo(Amount.yuan("9496600"));
        assertThat(prior.source(RevenueSource.PUBLIC_SERVICE_REVENUE)).contains(Amount.yuan("2500000"));
        assertThat(prior.source(RevenueSource.OTHER_REVENUE)).isEmpty();
        assertThat(prior.fiscalReason()).contains("机关事业单位退休人员活动费增加");
        var line = e.lines().get(0);
        assertThat(line.functionCode()).isEqualTo(FunctionCode.of("2080502"));
        assertThat(line.lastYear().orElseThrow().amount()).isEqualTo(Amount.yuan("546000"));
        assertThat(line.lastYear().orElseThrow().kind()).isEqualTo(LineLastYear.Kind.OUTTURN);
        assertThat(line.lastYear().orElseThrow().reason()).contains("有退休人员去世");
        var project = e.projects().get(0);
        assertThat(project.name()).isEmpty();
        assertThat(project.basis()).isEmpty();
        assertThat(project.period().orElseThrow().end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(project.allocations().get(0).amount()).isEqualTo(Amount.yuan("1000"));
    }

    @Test
    void aBudgetWithExplanationsReadsBackEqualFromJsonAndYaml() throws Exception {
        Budget b = read(yuan(EXPLANATIONS));
        for (Syntax syntax : Syntax.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetFiles.write(b, out, syntax);
            assertThat(BudgetFiles.read(out.toByteArray(), "again", syntax))
                    .as(syntax.name())
                    .isEqualTo(b);
        }
    }

    @Test
    void theReferenceFilesReadBackEqual() throws Exception {
        for (String name :
                new String[] {"shanghai-putuo-finance-bureau-2025.json", "shanghai-putuo-welfare-home-2024-unit.json"
                }) {
            Budget b = BudgetFiles.read(Path.of("..", "budget-examples", "budgets", name));
            assertThat(b.explanations().isEmpty()).isFalse();
            for (Syntax syntax : Syntax.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                BudgetFiles.write(b, out, syntax);
                assertThat(BudgetFiles.read(out.toByteArray(), name, syntax))
                        .as(name + " " + syntax)
                        .isEqualTo(b);
            }
        }
    }

    @Test
    void theSchemaDescribesEveryExplanationFieldTheReferenceFilesUse() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema =
                mapper.readTree(BudgetFiles.schema()).get("properties").get("explanations");
        List<String> missing = new ArrayList<>();
        for (String name :
                new String[] {"shanghai-putuo-finance-bureau-2025.json", "shanghai-putuo-welfare-home-2024-unit.json"
                }) {
            JsonNode file = mapper.readTree(
                    Path.of("..", "budget-examples", "budgets", name).toFile());
            walk(file.get("explanations"), schema, name + ":$.explanations", missing);
        }
        assertThat(missing).isEmpty();
        assertThat(schema.at("/properties/priorRevenue/properties/bySource/required"))
                .hasSize(3);
        assertThat(schema.at("/properties/lines/items/required").toString()).contains("functionCode", "purpose");
    }

    private static void walk(JsonNode value, JsonNode schema, String path, List<String> missing) {
        if (schema.has("items")) {
            for (JsonNode element : value) {
                walk(element, schema.get("items"), path + "[]", missing);
            }
        } else if (value.isObject() && schema.has("properties")) {
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode property = schema.get("properties").get(name);
                if (property == null) {
                    missing.add(path + "." + name);
                } else {
                    walk(value.get(name), property, path + "." + name, missing);
                }
            }
        }
    }

    @Test
    void noExplanationsNoField() throws Exception {
        Budget b = read(BudgetFilesTest.minimal(""));
        assertThat(b.explanations().isEmpty()).isTrue();
        assertThat(BudgetFiles.toJson(b)).doesNotContain("explanations");
    }

    @Test
    void aMissingFiscalSourceIsExplainedAtItsPlace() {
        String json = yuan(EXPLANATIONS.replace("\"GOVERNMENT_FUND_BUDGET\": \"0\",", ""));
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(BudgetFileException.class, e -> {
            assertThat(e.path()).isEqualTo("$.explanations.priorRevenue");
            assertThat(e.line()).isPositive();
            assertThat(e.detail()).contains("GOVERNMENT_FUND_BUDGET").contains("政府性基金预算拨款收入");
        });
    }

    @Test
    void badValuesAreExplainedAtTheirPlace() {
        problem(EXPLANATIONS.replace("\"OUTTURN\"", "\"ACTUAL\""), "$.explanations.lines[0].lastYear.kind", "");
        problem(
                EXPLANATIONS.replace("\"purpose\": \"事业单位退休人员福利费和生活补贴\"", "\"purpose\": \" \""),
                "$.explanations.lines[0]",
                "purpose must not be blank");
        problem(
                EXPLANATIONS.replace("\"reason\": \"有退休人员去世\"", "\"reason\": \"\""),
                "$.explanations.lines[0].lastYear",
                "reason must not be blank");
        problem(
                EXPLANATIONS.replace("\"end\": \"2024-12-31\"", "\"end\": \"2023-12-31\""),
                "$.explanations.projects[0].period",
                "before");
        problem(
                EXPLANATIONS.replace(
                        "\"allocations\": [{\"name\": \"项目甲\", \"amount\": \"1000\"}]",
                        "\"allocations\": [{\"name\": \"项目甲\", \"amount\": \"1e40\"}]"),
                "$.explanations.projects[0].allocations[0].amount",
                "");
        problem(
                EXPLANATIONS.replace(
                        "{\"overview\": [\"概述。\"], \"period\": {\"start\": \"2024-01-01\", "
                                + "\"end\": \"2024-12-31\"},\n     \"allocations\": [{\"name\": \"项目甲\", \"amount\": \"1000\"}]}",
                        "{}"),
                "$.explanations.projects[0]",
                "at least one of");
        problem(
                EXPLANATIONS.replace(
                        "\"STATE_CAPITAL_BUDGET\": 0,",
                        "\"STATE_CAPITAL_BUDGET\": 0, " + "\"PRIOR_YEAR_CARRYOVER\": 1,"),
                "$.explanations.priorRevenue",
                "PRIOR_YEAR_CARRYOVER");
        problem(
                EXPLANATIONS.replace("\"lines\": [", "\"lines\": [{\"functionCode\": \"2080502\"},"),
                "$.explanations.lines[0].purpose",
                "");
    }

    private static void problem(String fields, String path, String detail) {
        String json = yuan(fields);
        assertThatThrownBy(() -> read(json)).as(path).isInstanceOfSatisfying(BudgetFileException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.detail()).contains(detail);
        });
    }

    private static String yuan(String more) {
        return BudgetFilesTest.minimal(more).replace("\"unit\": \"万元\"", "\"unit\": \"元\"");
    }

    private static Budget read(String json) throws BudgetFileException {
        return BudgetFiles.read(json.getBytes(StandardCharsets.UTF_8), "budget.json", Syntax.JSON);
    }
}
