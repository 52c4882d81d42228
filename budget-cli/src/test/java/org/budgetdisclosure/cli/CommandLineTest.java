package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command, as a user runs it: output, exit status, files, and no stack trace for user mistakes. */
class CommandLineTest {

    static final Path REFERENCE = Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BudgetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void validateACleanFileExitsZeroAndListsItsWarnings() {
        Run r = run("validate", REFERENCE.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("valid (0 error(s), 3 warning(s))").contains("three-public.above-basic");
    }

    @Test
    void validateReportsErrorsWithExitOneAndAsJson() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(REFERENCE)
                        .replace("\"226.97\"", "\"226.975\"")
                        .replace("\"total\": 163", "\"total\": 164"));
        Run r = run("validate", "--json", bad.toString(), REFERENCE.toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(r.out());
        assertThat(results.get(0).get("status").asText()).isEqualTo("invalid");
        assertThat(results.get(0).get("findings").findValuesAsText("rule"))
                .contains("amount.precision", "basic.economic-total", "staffing.total");
        assertThat(results.get(0).get("findings").findValuesAsText("location"))
                .contains("basicExpenditures[0].amount", "narrative.staffing.total");
        assertThat(results.get(1).get("status").asText()).isEqualTo("valid");
    }

    @Test
    void validateAnUnusableFileExitsTwoNamingFileAndPlace() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"budget-disclosure/1\",\n \"unit\": 万元}");
        Run r = run("validate", broken.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains(broken + ":2:").contains("malformed JSON");
    }

    @Test
    void renderWritesEveryFormatAndRefusesABudgetWithErrors() throws Exception {
        Run ok = run("render", REFERENCE.toString(), "--out", dir.toString(), "--format", "pdf,html");
        assertThat(ok.status()).isZero();
        assertThat(dir.resolve("leting-industry-bureau-2022.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("leting-industry-bureau-2022.html")).isNotEmptyFile();
        assertThat(dir.resolve("leting-industry-bureau-2022.docx")).doesNotExist();

        Path bad = dir.resolve("in").resolve("bad.json");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, Files.readString(REFERENCE).replace("\"226.97\"", "\"-226.97\""));
        Path out = dir.resolve("refused");
        Run refused = run("render", bad.toString(), "--out", out.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("refused").contains("amount.negative at basicExpenditures[0].amount");
        assertThat(out).doesNotExist();
    }

    @Test
    void batchRendersTheGoodFilesAndListsTheBadOnes() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        String reference = Files.readString(REFERENCE);
        for (int i = 1; i <= 3; i++) {
            Files.writeString(
                    in.resolve("dept-" + i + ".json"),
                    reference.replace("\"code\": \"304\"", "\"code\": \"30" + i + "\""));
        }
        Files.writeString(in.resolve("dept-4.yaml"), "format: budget-disclosure/1\nunit: 万元\n");
        Files.writeString(in.resolve("dept-5.json"), reference.replace("\"61.55\"", "\"61.56\""));
        Path out = dir.resolve("out");
        Run r = run("batch", in.toString(), "--out", out.toString(), "--format", "html", "-j", "2");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("batch: 3 of 5 rendered, 2 failed")
                .contains("FAILED " + in.resolve("dept-4.yaml"))
                .contains("missing required field")
                .contains("FAILED " + in.resolve("dept-5.json"))
                .contains("basic.economic-total");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("dept-1.html", "dept-2.html", "dept-3.html");
        }
        assertThat(Files.readString(out.resolve("dept-2.html"))).contains("302工信局");
    }

    @Test
    void batchRefusesTwoInputsThatWouldWriteTheSameFile() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("dept.json");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("dept.json");
        Files.copy(REFERENCE, a);
        Files.copy(REFERENCE, b);
        Run r = run(
                "batch", a.toString(), b.toString(), "--out", dir.resolve("out").toString(), "--format", "html");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("batch: 1 of 2 rendered, 1 failed")
                .contains("FAILED " + b)
                .contains("same name as that of " + a);
    }

    @Test
    void schemaHelpAndVersion() throws Exception {
        Run schema = run("schema");
        assertThat(schema.status()).isZero();
        JsonNode node = new ObjectMapper().readTree(schema.out());
        assertThat(node.get("properties").get("format").get("const").asText()).isEqualTo("budget-disclosure/1");
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out())
                .contains("Usage: budget")
                .contains("validate")
                .contains("render")
                .contains("batch")
                .contains("schema");
        assertThat(run("--version").out()).startsWith("budget ");
        Run wrong = run("render");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("Missing required parameter: 'FILE'");
        assertThat(run("render", REFERENCE.toString(), "--format", "rtf").err())
                .contains("unknown format 'rtf': expected pdf, docx, html, xlsx, csv or json");
    }
}
