package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget files: the reference file is the reference budget; each kind of bad input is explained. */
class BudgetFilesTest {

    @TempDir
    Path dir;

    @Test
    void amountsAreReadExactlyAsTextOrNumbers() throws Exception {
        Budget b = read(minimal("""
                "appropriations": [
                  {"functionCode": "2150501", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC", "amount": 0.1},
                  {"functionCode": "2150501", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC", "amount": "0.2"},
                  {"functionCode": "2150501", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC",
                   "amount": 123456789012345.67}
                ]"""));
        assertThat(b.appropriations().get(0).amount().value()).isEqualByComparingTo("0.1");
        assertThat(b.appropriations().get(2).amount().value()).isEqualByComparingTo("123456789012345.67");
    }

    @Test
    void malformedJson() {
        assertProblem(
                minimal("\"appropriations\": [ {\"functionCode\": \"2150501\", } ]"), "budget.json:", "malformed JSON");
        assertProblem(
                "{\"format\": \"budget-disclosure/1\",\n  \"unit\": \"万元\"\n  \"year\": 2022}",
                "budget.json:3:",
                "malformed JSON");
    }

    @Test
    void aMalformedFileWhoseExcerptHoldsALineBreakShowsNoneOfTheParsersExcerpt() {
        // "{\n": Jackson quotes the source, line break and all, in "start marker at [Source: (String)"{\n"; …]"
        assertThatThrownBy(() ->
                        BudgetFiles.read("{\n".getBytes(StandardCharsets.UTF_8), "bad.json", BudgetFiles.Syntax.JSON))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("malformed JSON")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("(String)");
    }

    @Test
    void aTextWhereAnObjectIsExpectedIsSaidInTheFilesWords() {
        assertThatThrownBy(() -> BudgetFiles.read(
                        minimal("\"names\": {\"functional\": \"=x\"}").getBytes(StandardCharsets.UTF_8),
                        "budget.json",
                        BudgetFiles.Syntax.JSON))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("names.functional")
                .hasMessageContaining("expected an object, found \"=x\"")
                .hasMessageNotContaining("Cannot construct")
                .hasMessageNotContaining("LinkedHashMap")
                .hasMessageNotContaining("Creator");
    }

    @Test
    void malformedYaml() {
        assertThatThrownBy(() -> BudgetFiles.read(
                        "format: 'unterminated\nyear: 2022\n".getBytes(StandardCharsets.UTF_8),
                        "budget.yaml",
                        Syntax.YAML))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageStartingWith("budget.yaml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void wrongType() {
        assertProblem(
                minimal("\"appropriations\": {\"functionCode\": \"2150501\"}"),
                "at $.appropriations",
                "expected a list");
        assertProblem(
                minimal("\"appropriations\": [{\"functionCode\": \"2150501\", \"source\": "
                        + "\"GENERAL_PUBLIC_BUDGET\", \"type\": \"BASIC\", \"amount\": true}]"),
                "at $.appropriations[0].amount",
                "expected a decimal amount");
        assertProblem(
                minimal("\"appropriations\": [{\"functionCode\": \"2150501\", \"source\": "
                        + "\"GENERAL_PUBLIC_BUDGET\", \"type\": \"BASIC\", \"amount\": \"12,5\"}]"),
                "at $.appropriations[0].amount",
                "found \"12,5\"");
        assertProblem(
                minimal("\"appropriations\": [{\"functionCode\": \"2150501\", \"source\": \"GENERAL\", "
                        + "\"type\": \"BASIC\", \"amount\": \"1\"}]"),
                "at $.appropriations[0].source",
                "expected one of GENERAL_PUBLIC_BUDGET");
        assertProblem(
                minimal("").replace("\"year\": 2022", "\"year\": \"2022\""), "at $.year", "expected a whole number");
    }

    @Test
    void missingRequiredField() {
        assertProblem(
                minimal("\"appropriations\": [{\"functionCode\": \"2150501\", \"source\": "
                        + "\"GENERAL_PUBLIC_BUDGET\", \"type\": \"BASIC\"}]"),
                "$.appropriations[0]",
                "missing required field \"amount\"");
        assertProblem(
                "{\"format\": \"budget-disclosure/1\", \"unit\": \"万元\", \"year\": 2022}",
                "budget.json:1:",
                "missing required field \"department\"");
    }

    @Test
    void unknownField() {
        assertProblem(minimal("\"apropriations\": []"), "at $", "unknown field \"apropriations\"");
    }

    @Test
    void malformedAndUnknownCodes() throws Exception {
        assertProblem(
                minimal("\"appropriations\": [{\"functionCode\": \"21505O1\", \"source\": "
                        + "\"GENERAL_PUBLIC_BUDGET\", \"type\": \"BASIC\", \"amount\": \"1\"}]"),
                "at $.appropriations[0].functionCode",
                "expected a functional code of 3, 5 or 7 digits");
        ValidationReport report = Validator.validate(read(minimal("\"appropriations\": [{\"functionCode\": "
                + "\"2159988\", \"source\": \"GENERAL_PUBLIC_BUDGET\", \"type\": \"PROJECT\", \"amount\": \"1\"}]")));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.warnings()).extracting(Finding::rule).contains("code.unknown");
    }

    @Test
    void negativeAndOverPreciseAmountsAndDisagreeingTotalsAreValidationErrorsAtTheirPath() throws Exception {
        ValidationReport report = Validator.validate(read(minimal("""
                "appropriations": [
                  {"functionCode": "2150517", "source": "GENERAL_PUBLIC_BUDGET", "type": "PROJECT", "amount": "-5"},
                  {"functionCode": "2150517", "source": "GENERAL_PUBLIC_BUDGET", "type": "PROJECT", "amount": "1.005"}
                ],
                "declaredTotals": {"EXPENDITURE_TOTAL": "99.00"}""")));
        assertThat(report.errors())
                .extracting(f -> f.rule() + " " + f.location())
                .containsExactlyInAnyOrder(
                        "amount.negative appropriations[0].amount",
                        "amount.precision appropriations[1].amount",
                        "declared.total declaredTotals.EXPENDITURE_TOTAL");
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, minimal("").getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> BudgetFiles.read(gbk))
                .hasMessageStartingWith(gbk + ":")
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("byte");
    }

    @Test
    void anEmptyFile() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "  \n");
        assertThatThrownBy(() -> BudgetFiles.read(empty))
                .hasMessage(empty + ": the file is empty; expected a budget "
                        + "in the format budget-disclosure/1 (see `budget schema`)");
    }

    @Test
    void aVeryLargeFileIsRefusedBeforeItIsRead() throws Exception {
        Path large = dir.resolve("large.json");
        try (var ch = java.nio.channels.FileChannel.open(
                large, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), BudgetFiles.MAX_SIZE + 1); // sparse
        }
        assertThatThrownBy(() -> BudgetFiles.read(large)).hasMessageContaining("limited to");
    }

    @Test
    void aMissingFileAndANonBudgetFormat() {
        assertThatThrownBy(() -> BudgetFiles.read(dir.resolve("nope.json"))).hasMessageEndingWith("no such file");
        assertProblem(
                minimal("").replace("budget-disclosure/1", "budget/0"),
                "at $.format",
                "expected \"budget-disclosure/1\"");
    }

    @Test
    void errorsFoundAfterReadingStillCarryLineAndColumn() {
        String json = minimal("""
                "appropriations": [
                  {"functionCode": "2150501", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC", "amount": "1"},
                  {"functionCode": "2150501", "source": "PRIOR_YEAR_CARRYOVER", "type": "BASIC", "amount": "1"}
                ],
                "narrative": {"staffing": {"total": 1, "active": -1, "retiredCadres": 0, "retired": 0}}""");
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(BudgetFileException.class, e -> {
            assertThat(e.path()).isEqualTo("$.appropriations[1].fund");
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.column()).isPositive();
        });
        String staffing = json.replace("\"PRIOR_YEAR_CARRYOVER\"", "\"GENERAL_PUBLIC_BUDGET\"");
        assertThatThrownBy(() -> read(staffing)).isInstanceOfSatisfying(BudgetFileException.class, e -> {
            assertThat(e.path()).isEqualTo("$.narrative.staffing");
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.column()).isPositive();
        });
    }

    @Test
    void aYamlAliasIsRefusedAtItsPlaceRatherThanPrintedAsItsName() {
        String yaml = """
                format: budget-disclosure/1
                unit: 万元
                year: 2022
                department: {code: "901", name: 某县测试局, shortName: 测试局, kind: ADMINISTRATIVE}
                narrative:
                  duties: [&s "甲乙丙", *s]
                """;
        assertThatThrownBy(() -> BudgetFiles.read(yaml.getBytes(StandardCharsets.UTF_8), "budget.yaml", Syntax.YAML))
                .isInstanceOfSatisfying(BudgetFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.column()).isPositive();
                    assertThat(e.path()).isEqualTo("$.narrative.duties[1]");
                    assertThat(e.detail()).contains("alias");
                });
    }

    /** A small valid budget file with extra fields. */
    static String minimal(String more) {
        return "{\n\"format\": \"budget-disclosure/1\",\n\"unit\": \"万元\",\n\"year\": 2022,\n"
                + "\"department\": {\"code\": \"901\", \"name\": \"某县测试局\", \"shortName\": \"测试局\", "
                + "\"kind\": \"ADMINISTRATIVE\"}" + (more.isEmpty() ? "" : ",\n" + more) + "\n}\n";
    }

    private static Budget read(String json) throws BudgetFileException {
        return BudgetFiles.read(json.getBytes(StandardCharsets.UTF_8), "budget.json", Syntax.JSON);
    }

    private static void assertProblem(String json, String where, String what) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }
}
