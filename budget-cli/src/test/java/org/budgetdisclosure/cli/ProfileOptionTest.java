package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.CommandLineTest.REFERENCE;
import static org.budgetdisclosure.cli.CommandLineTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code budget profiles}, {@code render --profile NAME|DIR}, and the profile a budget file names. */
class ProfileOptionTest {

    static final Path TEST_LAYOUT =
            Path.of("..", "budget-render", "src", "test", "resources", "profiles", "test-layout");
    static final Path BROKEN = Path.of("..", "budget-render", "src", "test", "resources", "profiles", "broken");

    @TempDir
    Path dir;

    @Test
    void profilesListsTheBundledOnesALineEach() {
        CommandLineTest.Run r = run("profiles");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("hebei-2022\t河北省县级部门预算公开");
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith("hebei-2025\t") && l.contains("2025年样式"));
    }

    @Test
    void renderTakesTheHebei2025Profile() throws Exception {
        CommandLineTest.Run r = run(
                "render", REFERENCE.toString(), "--profile", "hebei-2025", "--format", "html", "--out", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String text = org.jsoup.Jsoup.parse(
                        Files.readString(dir.resolve("leting-industry-bureau-2022.html"), StandardCharsets.UTF_8))
                .getElementById("table-1")
                .text();
        assertThat(text)
                .contains("五、单位资金")
                .contains("三十一、人行科目")
                .contains("年终结转结余")
                .doesNotContain("九、其他收入");
    }

    @Test
    void renderTakesAProfileFolderAndTheFileCanNameOne() throws Exception {
        CommandLineTest.Run r = run(
                "render",
                REFERENCE.toString(),
                "--profile",
                TEST_LAYOUT.toString(),
                "--format",
                "html",
                "--out",
                dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("leting-industry-bureau-2022.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("2022年测试支出表").doesNotContain("部门预算收支总表");

        // the file names the folder, relative to itself
        Path layouts = dir.resolve("layouts");
        Files.createDirectories(layouts.resolve("mine"));
        for (String f : new String[] {"profile.yaml", "main.ftl"}) {
            Files.copy(TEST_LAYOUT.resolve(f), layouts.resolve("mine").resolve(f));
        }
        Path file = layouts.resolve("budget.json");
        Files.writeString(
                file,
                Files.readString(REFERENCE)
                        .replaceFirst(
                                "\"format\": \"budget-disclosure/1\",",
                                "\"format\": \"budget-disclosure/1\",\n  \"profile\": \"mine\","));
        Path out = dir.resolve("out");
        assertThat(run("render", file.toString(), "--format", "html", "--out", out.toString())
                        .status())
                .isZero();
        assertThat(Files.readString(out.resolve("budget.html"))).contains("2022年测试支出表");
        // the command line wins
        assertThat(run(
                                "render",
                                file.toString(),
                                "--profile",
                                "hebei-2022",
                                "--format",
                                "html",
                                "--out",
                                out.toString())
                        .status())
                .isZero();
        assertThat(Files.readString(out.resolve("budget.html"))).contains("部门预算收支总表");
    }

    @Test
    void aBrokenOrUnknownProfileIsExplainedWithoutAStackTrace() {
        CommandLineTest.Run broken =
                run("render", REFERENCE.toString(), "--profile", BROKEN.toString(), "--out", dir.toString());
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err())
                .contains("the profile cannot be used")
                .contains("profile.yaml:16:29")
                .contains("unknown column 'NO_SUCH_COLUMN'")
                .doesNotContain("Exception");
        CommandLineTest.Run unknown = run("render", REFERENCE.toString(), "--profile", "nope", "--out", dir.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("neither a bundled profile [hebei-2022, hebei-2025")
                .contains("] nor a profile folder");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aBudgetFileCannotNameAProfileOutsideItsFolder() throws Exception {
        for (String named : new String[] {"/etc", "../elsewhere", "a/../../b"}) {
            Path file = dir.resolve("budget.json");
            Files.writeString(
                    file,
                    Files.readString(REFERENCE)
                            .replaceFirst(
                                    "\"format\": \"budget-disclosure/1\",",
                                    "\"format\": \"budget-disclosure/1\",\n  \"profile\": \"" + named + "\","));
            CommandLineTest.Run r =
                    run("render", file.toString(), "--out", dir.resolve("out").toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("a relative path without ..").doesNotContain("root:");
        }
    }

    @Test
    void batchHonoursEachFilesProfileAndTheCommandLines() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("mine"));
        for (String f : new String[] {"profile.yaml", "main.ftl"}) {
            Files.copy(TEST_LAYOUT.resolve(f), in.resolve("mine").resolve(f));
        }
        Files.writeString(
                in.resolve("named.json"),
                Files.readString(REFERENCE)
                        .replaceFirst(
                                "\"format\": \"budget-disclosure/1\",",
                                "\"format\": \"budget-disclosure/1\",\n  \"profile\": \"mine\","));
        Files.copy(REFERENCE, in.resolve("plain.json"));
        Files.writeString(in.resolve("~$open.xlsx"), "Excel's lock file");
        Path out = dir.resolve("out");
        CommandLineTest.Run r = run("batch", in.toString(), "--format", "html", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("named.html")))
                .contains("2022年测试支出表")
                .doesNotContain("部门预算收支总表");
        assertThat(Files.readString(out.resolve("plain.html"))).contains("部门预算收支总表");
        Path forced = dir.resolve("forced");
        assertThat(run(
                                "batch",
                                in.toString(),
                                "--profile",
                                "hebei-2022",
                                "--format",
                                "html",
                                "--out",
                                forced.toString())
                        .status())
                .isZero();
        assertThat(Files.readString(forced.resolve("named.html"))).contains("部门预算收支总表");
    }
}
