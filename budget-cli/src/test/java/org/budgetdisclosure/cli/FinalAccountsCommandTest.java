package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.CommandLineTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.budgetdisclosure.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands given final-accounts files (部门决算): validate, batch beside budgets, schema, render's refusal. */
class FinalAccountsCommandTest {

    static final Path FINAL = Path.of("..", "budget-examples", "budgets",
            "shanghai-putuo-finance-bureau-2024-final.json");

    @TempDir
    Path dir;

    @Test
    void validateChecksFinalAccountsAndListsTheirFindings() throws Exception {
        Run ok = run("validate", FINAL.toString());
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains(FINAL + ": valid (final accounts, 0 error(s), 2 warning(s))")
                .contains("WARNING tables.basic at basicExpenditures");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(FINAL).replace("\"closing\": \"55.34\"", "\"closing\": \"55.35\""));
        Run bad = run("validate", "--json", broken.toString());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("\"kind\" : \"final-accounts\"").contains("\"rule\" : \"balance.total\"")
                .contains("\"location\" : \"balances.closing\"");
        Path unreadable = dir.resolve("unreadable.json");
        Files.writeString(unreadable, Files.readString(FINAL).replace("\"opening\": \"49.14\"", "\"opening\": \"49,14\""));
        Run unusable = run("validate", unreadable.toString());
        assertThat(unusable.status()).isEqualTo(2);
        assertThat(unusable.out()).containsPattern("unreadable\\.json:\\d+:\\d+: at \\$\\.balances\\.opening: ");
    }

    @Test
    void batchValidatesFinalAccountsBesideBudgetsAndSaysTheyAreNotRendered() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CommandLineTest.REFERENCE, in.resolve("budget.json"));
        Files.copy(FINAL, in.resolve("final.json"));
        Files.writeString(in.resolve("final-broken.json"), Files.readString(FINAL)
                .replace("\"closing\": \"55.34\"", "\"closing\": \"55.35\""));
        Path out = dir.resolve("out");
        Run r = run("batch", in.toString(), "--out", out.toString(), "--format", "html", "-j", "2");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("batch: 1 of 1 budgets rendered; 1 of 2 final accounts (部门决算) validated and "
                + "not rendered (no layout publishes final accounts yet); 1 failed")
                .contains("FAILED " + in.resolve("final-broken.json"))
                .contains("final accounts (部门决算) with 1 error(s)").contains("balance.total at balances.closing");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("budget.html");
        }
        Files.delete(in.resolve("final-broken.json"));
        assertThat(run("batch", in.toString(), "--out", dir.resolve("out2").toString(), "--format", "html").status())
                .isZero();
    }

    @Test
    void schemaPrintsTheFinalAccountsFormatAndRenderRefusesFinalAccounts() {
        Run schema = run("schema", "--final-accounts");
        assertThat(schema.status()).isZero();
        assertThat(schema.out()).contains("budget-disclosure-final-accounts/1").contains("\"fundBalances\"");
        Run render = run("render", FINAL.toString(), "--out", dir.resolve("out").toString());
        assertThat(render.status()).isEqualTo(2);
        assertThat(render.err()).contains("this is a final-accounts file (部门决算");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
