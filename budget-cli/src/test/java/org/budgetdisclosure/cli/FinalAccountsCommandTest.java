package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.CommandLineTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.budgetdisclosure.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands given final-accounts files (部门决算): validate, render and batch (with --units: 单位决算) beside
 * budgets, schema, render's refusal of a layout of the other family.
 */
class FinalAccountsCommandTest {

    static final Path FINAL =
            Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2024-final.json");

    /** Final accounts with three units (a 元 ledger), coded 101001 to 101003. */
    static final Path UNITS = Path.of("..", "budget-examples", "budgets", "shanghai-demo-bureau-2024-final-units.json");

    @TempDir
    Path dir;

    /** render --units of final accounts: the department's 部门决算 and each unit's 单位决算, in its layout. */
    @Test
    void renderUnitsWritesEachUnitsFinalAccounts() throws Exception {
        Path out = dir.resolve("out");
        Run r = run("render", UNITS.toString(), "--units", "--format", "html", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String name = "shanghai-demo-bureau-2024-final-units";
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            name + ".html", name + "-101001.html", name + "-101002.html", name + "-101003.html");
        }
        String department = Files.readString(out.resolve(name + ".html"));
        assertThat(department)
                .contains("2024年度部门决算")
                .contains("注：本表反映部门本年度各项支出情况。")
                .doesNotContain("年度单位决算");
        String unit = Files.readString(out.resolve(name + "-101003.html"));
        assertThat(unit)
                .contains("上海市普陀区示范检测所2024年度单位决算")
                .contains("第二部分 上海市普陀区示范检测所2024年度单位决算表")
                .contains("第三部分 上海市普陀区示范检测所2024年度单位决算情况说明")
                .contains("注：本表反映单位本年度各项支出情况。")
                .contains("一般公共预算财政拨款基本支出决算表")
                .doesNotContain("部门决算")
                .doesNotContain("本部门");
        Run profiles = run("profiles");
        assertThat(profiles.out()).contains("shanghai-2024-final-accounts-unit").contains("上海市单位决算");
    }

    /** batch --units: a folder of a budget and final accounts with units, each unit's document written. */
    @Test
    void batchWithUnitsRendersTheUnitsOfFinalAccounts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CommandLineTest.REFERENCE, in.resolve("budget.json"));
        Files.copy(UNITS, in.resolve("final.json"));
        Files.copy(FINAL, in.resolve("final-one.json"));
        Path out = dir.resolve("out");
        Run r = run("batch", in.toString(), "--units", "--out", out.toString(), "--format", "html", "-j", "2");
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).contains("batch: 1 of 1 budgets and 2 of 2 final accounts (部门决算) rendered, 0 failed");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "budget.html",
                            "final.html",
                            "final-101001.html",
                            "final-101002.html",
                            "final-101003.html",
                            "final-one.html");
        }
        assertThat(Files.readString(out.resolve("final-101002.html"))).contains("上海市普陀区示范管理事务中心2024年度单位决算");
        // without --units, the department's document only
        Path only = dir.resolve("only");
        assertThat(run("batch", in.toString(), "--out", only.toString(), "--format", "html")
                        .status())
                .isZero();
        try (Stream<Path> files = Files.list(only)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("budget.html", "final.html", "final-one.html");
        }
    }

    @Test
    void validateChecksFinalAccountsAndListsTheirFindings() throws Exception {
        Run ok = run("validate", FINAL.toString());
        assertThat(ok.status()).isZero();
        assertThat(ok.out())
                .contains(FINAL + ": valid (final accounts, 0 error(s), 2 warning(s))")
                .contains("WARNING tables.basic at basicExpenditures");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(FINAL).replace("\"closing\": \"55.34\"", "\"closing\": \"55.35\""));
        Run bad = run("validate", "--json", broken.toString());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out())
                .contains("\"kind\" : \"final-accounts\"")
                .contains("\"rule\" : \"balance.total\"")
                .contains("\"location\" : \"balances.closing\"");
        Path unreadable = dir.resolve("unreadable.json");
        Files.writeString(
                unreadable, Files.readString(FINAL).replace("\"opening\": \"49.14\"", "\"opening\": \"49,14\""));
        Run unusable = run("validate", unreadable.toString());
        assertThat(unusable.status()).isEqualTo(2);
        assertThat(unusable.out()).containsPattern("unreadable\\.json:\\d+:\\d+: at \\$\\.balances\\.opening: ");
    }

    /** validate and render agree on final accounts too: a name over the text limit is refused by both. */
    @Test
    void validateRefusesWhatRenderRefuses() throws Exception {
        Path huge = dir.resolve("huge.json");
        Files.writeString(
                huge,
                Files.readString(FINAL)
                        .replaceFirst("\"name\": \"上海市普陀区财政局\"", "\"name\": \"" + "局".repeat(30_000) + "\""));
        Run validate = run("validate", huge.toString());
        assertThat(validate.status()).isEqualTo(1);
        assertThat(validate.out())
                .contains("render.text-limit")
                .contains("department.name")
                .doesNotContain("Exception");
        Run render = run("render", huge.toString(), "--out", dir.resolve("out").toString());
        assertThat(render.status()).isNotZero();
        assertThat(render.err()).contains("department.name").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void batchRendersFinalAccountsBesideBudgets() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CommandLineTest.REFERENCE, in.resolve("budget.json"));
        Files.copy(FINAL, in.resolve("final.json"));
        Files.writeString(
                in.resolve("final-broken.json"),
                Files.readString(FINAL).replace("\"closing\": \"55.34\"", "\"closing\": \"55.35\""));
        Path out = dir.resolve("out");
        Run r = run("batch", in.toString(), "--out", out.toString(), "--format", "html", "-j", "2");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("batch: 1 of 1 budgets and 1 of 2 final accounts (部门决算) rendered, 1 failed")
                .contains("FAILED " + in.resolve("final-broken.json"))
                .contains("final accounts (部门决算) with 1 error(s)")
                .contains("balance.total at balances.closing");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("budget.html", "final.html");
        }
        // the final accounts in their layout, whatever the budgets' (the 决算 title and its nine tables)
        String html = Files.readString(out.resolve("final.html"));
        assertThat(html)
                .contains("上海市普陀区财政局2024年度部门决算")
                .contains("一般公共预算财政拨款基本支出决算表")
                .doesNotContain("年度单位决算");
        Files.delete(in.resolve("final-broken.json"));
        assertThat(run("batch", in.toString(), "--out", dir.resolve("out2").toString(), "--format", "html")
                        .status())
                .isZero();
    }

    @Test
    void schemaPrintsTheFinalAccountsFormat() {
        Run schema = run("schema", "--final-accounts");
        assertThat(schema.status()).isZero();
        assertThat(schema.out())
                .contains("budget-disclosure-final-accounts/1")
                .contains("\"fundBalances\"")
                .contains("\"duties\"");
    }

    /** render picks the final-accounts layout for a final-accounts file; profiles lists it. */
    @Test
    void renderPublishesFinalAccountsInTheirLayout() throws Exception {
        Run render = run("render", FINAL.toString(), "--out", dir.resolve("out").toString());
        assertThat(render.status()).as(render.err()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "shanghai-putuo-finance-bureau-2024-final.pdf",
                            "shanghai-putuo-finance-bureau-2024-final.docx",
                            "shanghai-putuo-finance-bureau-2024-final.html");
        }
        assertThat(render.err()).contains("warning: ").contains("tables.basic");
        Run profiles = run("profiles");
        assertThat(profiles.out()).contains("shanghai-2024-final-accounts").contains("上海市部门决算");
    }

    /** A budget layout for final accounts, or a final-accounts layout for a budget: refused, nothing written. */
    @Test
    void renderRefusesALayoutOfTheOtherFamily() {
        Run wrong = run(
                "render",
                FINAL.toString(),
                "--profile",
                "shanghai-2025-department",
                "--out",
                dir.resolve("a").toString());
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("this is a final-accounts file (部门决算)").contains("lays out a budget");
        assertThat(dir.resolve("a")).doesNotExist();
        Run budget = run(
                "render",
                CommandLineTest.REFERENCE.toString(),
                "--profile",
                "shanghai-2024-final-accounts",
                "--out",
                dir.resolve("b").toString());
        assertThat(budget.status()).isEqualTo(2);
        assertThat(budget.err()).contains("lays out final accounts (部门决算), not a budget");
        assertThat(dir.resolve("b")).doesNotExist();
    }
}
