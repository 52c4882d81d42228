package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against the attack of issue 20, each case as the attacker ran it: workbooks that are devices or
 * FIFOs, units whose files cannot all be written, a template over its own input, a year its reader refuses, a
 * control character in a name, library logs, validate and render disagreeing, a killed run, the parser's words.
 */
class AttackRegressionTest {

    private static final Duration HANG = Duration.ofMinutes(2);
    private static final Path UNITS = RenderUnitsTest.UNITS;

    @TempDir
    Path dir;

    record Forked(int status, String out, String err) {}

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                BudgetCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static Forked fork(java.util.Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(args));
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Forked(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- 2. workbooks through the input checks --------------------------------------------------------------

    @Test
    void validateAndBatchRefuseAWorkbookThatIsAFifoOrALinkToADevice() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path fifo = in.resolve("fifo.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        Path zero = in.resolve("zero.xlsx");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        CommandLineTest.Run v = assertTimeoutPreemptively(
                HANG, () -> CommandLineTest.run("validate", fifo.toString(), zero.toString()));
        assertThat(v.status()).isEqualTo(2);
        assertThat(v.out())
                .contains(fifo + ": not a regular file (a FIFO)")
                .contains(zero + ": not a regular file (a character device)");
        Path out = dir.resolve("out");
        CommandLineTest.Run b = assertTimeoutPreemptively(
                HANG, () -> CommandLineTest.run("batch", in.toString(), "--out", out.toString()));
        assertThat(b.status()).isEqualTo(1);
        assertThat(b.out()).contains("0 of 2 rendered, 2 failed").contains("not a regular file");
    }

    // ---- 6. --units all or none, names bounded in bytes -------------------------------------------------------

    @Test
    void aUnitNameOf80ChineseCharactersMakesAFileNameWithinTheLimit() throws Exception {
        Path file = dir.resolve("finance.json");
        Files.writeString(
                file,
                Files.readString(UNITS)
                        .replace(
                                "\"code\": \"035002\",\n        " + "\"name\": \"上海市普陀区财政局国库收付中心\"",
                                "\"name\": \"" + "很长的单位名称".repeat(11) + "中心\""));
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run(
                "render", file.toString(), "--units", "--out", out.toString(), "--format", "html,docx");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(files(out))
                .hasSize(8)
                .allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 255)
                .noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aUnitOutputThatIsAFolderLeavesNoFileOfTheDepartment() throws Exception {
        Path file = dir.resolve("finance.json");
        Files.copy(UNITS, file);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("finance-035003.html"));
        Files.writeString(out.resolve("finance.html"), "before");
        CommandLineTest.Run r =
                CommandLineTest.run("render", file.toString(), "--units", "--out", out.toString(), "--format", "html");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("finance-035003.html").contains("folder");
        assertThat(files(out)).containsExactly("finance-035003.html", "finance.html");
        assertThat(Files.readString(out.resolve("finance.html"))).isEqualTo("before");
    }

    // ---- 7, 8, year: template ----------------------------------------------------------------------------------

    @Test
    void templateFromAWorkbookOverItselfIsRefusedAndTheNotesKept() throws Exception {
        Path book = dir.resolve("book.xlsx");
        assertThat(CommandLineTest.run(
                                "template", "--from", CommandLineTest.REFERENCE.toString(), "--out", book.toString())
                        .status())
                .isZero();
        byte[] before = Files.readAllBytes(book);
        CommandLineTest.Run r = CommandLineTest.run("template", "--from", book.toString(), "--out", book.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("would overwrite the input");
        assertThat(Files.readAllBytes(book)).isEqualTo(before);
        Path link = dir.resolve("link.xlsx");
        Files.createSymbolicLink(link, book);
        assertThat(CommandLineTest.run("template", "--from", book.toString(), "--out", link.toString())
                        .status())
                .isEqualTo(2);
        assertThat(Files.readAllBytes(book)).isEqualTo(before);
    }

    @Test
    void templateOfAYearItsReaderRefusesIsRefused() {
        Path book = dir.resolve("old.xlsx");
        CommandLineTest.Run r = CommandLineTest.run("template", "--year", "1800", "--out", book.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("1800").contains("1949");
        assertThat(book).doesNotExist();
    }

    @Test
    void templateFromANameWithAControlCharacterWritesAWorkbookThatReadsBackWithoutALog() throws Exception {
        Path odd = dir.resolve("odd.json");
        Files.writeString(
                odd, Files.readString(CommandLineTest.REFERENCE).replace("\"乐亭县工业和信息化局\"", "\"乐亭县\\u0007工业和信息化局\""));
        Path book = dir.resolve("odd.xlsx");
        Forked r = fork(java.util.Map.of(), "template", "--from", odd.toString(), "--out", book.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SEVERE").doesNotContain("\tat ").doesNotContain("warning");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("乐亭县工业和信息化局2022年部门预算");
        }
        assertThat(org.budgetdisclosure.io.workbook.BudgetWorkbook.read(book)
                        .department()
                        .name())
                .isEqualTo("乐亭县\u0007工业和信息化局");
    }

    // ---- 12. library logs ---------------------------------------------------------------------------------------

    @Test
    void noLibraryLogReachesTheTerminalUnlessAskedFor() throws Exception {
        Path book = dir.resolve("book.xlsx");
        assertThat(CommandLineTest.run("template", "--out", book.toString()).status())
                .isZero();
        Path doctype = dir.resolve("doctype.xlsx");
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(book)));
                ZipOutputStream zip = new ZipOutputStream(changed)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] part = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    part = new String(part, StandardCharsets.UTF_8)
                            .replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e " + "SYSTEM \"file:///etc/passwd\">]>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(part);
                zip.closeEntry();
            }
        }
        Files.write(doctype, changed.toByteArray());
        Forked quiet = fork(java.util.Map.of(), "validate", doctype.toString());
        assertThat(quiet.status()).isEqualTo(2);
        assertThat(quiet.out()).contains(doctype.toString());
        assertThat(quiet.err()).doesNotContain("SEVERE").doesNotContain("\tat ").doesNotContain("org.apache");
        Forked asked = fork(java.util.Map.of("BUDGET_LOG", "ALL"), "validate", doctype.toString());
        assertThat(asked.status()).isEqualTo(2);
        assertThat(asked.err()).containsAnyOf("SEVERE", "WARNING", "FINE");
    }

    // ---- 13. validate agrees with render ------------------------------------------------------------------------

    @Test
    void validateRefusesWhatRenderRefuses() throws Exception {
        Path longName = dir.resolve("long.json");
        Files.writeString(
                longName,
                Files.readString(CommandLineTest.REFERENCE)
                        .replace("\"乐亭县工业和信息化局\"", "\"" + "局".repeat(1_000_000) + "\""));
        Path glyph = dir.resolve("glyph.json");
        Files.writeString(
                glyph,
                Files.readString(CommandLineTest.REFERENCE).replace("\"乐亭县工业和信息化局\"", "\"乐亭县\uD80C\uDC00工业和信息化局\""));
        for (Path p : List.of(longName, glyph)) {
            CommandLineTest.Run render = CommandLineTest.run(
                    "render", p.toString(), "--out", dir.resolve("out").toString(), "--format", "html");
            CommandLineTest.Run validate = CommandLineTest.run("validate", p.toString());
            assertThat(render.status()).as(p.toString()).isNotZero();
            assertThat(validate.status()).as(p.toString()).isEqualTo(1);
            assertThat(validate.out()).contains("INVALID");
        }
        assertThat(CommandLineTest.run("validate", longName.toString()).out())
                .contains("render.text-limit")
                .contains("at department.name");
        assertThat(CommandLineTest.run("validate", glyph.toString()).out())
                .contains("render.glyph")
                .contains("U+13000");
        assertThat(files(dir.resolve("out"))).isEmpty();
    }

    // ---- 10. a killed run --------------------------------------------------------------------------------------

    @Test
    void aRunTerminatedWhileWritingLeavesNoTemporaryFileAndTheNextRunRemovesAKilledOnes() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        // what a run killed with SIGKILL left: its process is gone
        Path orphan = Files.writeString(out.resolve(".budget-999999999-123.part"), "half");
        ProcessBuilder pb = new ProcessBuilder(
                java("render", UNITS.toString(), "--units", "--out", out.toString(), "--format", "pdf,docx,html"));
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        Process p = pb.start();
        // terminated once a temporary file stands
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        boolean writing = false;
        while (!writing && p.isAlive() && System.nanoTime() < deadline) {
            writing = files(out).stream()
                    .anyMatch(n -> n.endsWith(".part")
                            && !n.equals(orphan.getFileName().toString()));
            Thread.sleep(5);
        }
        assertThat(writing).as("the run wrote a temporary file").isTrue();
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(files(out))
                .noneMatch(n ->
                        n.endsWith(".part") && !n.equals(orphan.getFileName().toString()));
        assertThat(files(out)).noneMatch(n -> n.startsWith("shanghai")); // all or none: none
        CommandLineTest.Run again = CommandLineTest.run(
                "render", CommandLineTest.REFERENCE.toString(), "--out", out.toString(), "--format", "html");
        assertThat(again.status()).isZero();
        assertThat(files(out)).containsExactly("leting-industry-bureau-2022.html");
    }

    // ---- Also: the parser's words -------------------------------------------------------------------------------

    @Test
    void messagesOfBadFilesHoldNoParserInternals() throws Exception {
        String reference = Files.readString(CommandLineTest.REFERENCE);
        List<Path> bad = List.of(
                Files.writeString(
                        dir.resolve("deep.json"),
                        "{\"format\": \"budget-disclosure/1\", \"x\": " + "[".repeat(1200) + "]".repeat(1200) + "}"),
                Files.writeString(
                        dir.resolve("number.json"), reference.replaceFirst("\"226.97\"", "1" + "0".repeat(1200))),
                Files.writeString(
                        dir.resolve("kind.json"), reference.replaceFirst("\"ADMINISTRATIVE\"", "{\"a\": [1, 2]}")));
        for (Path p : bad) {
            CommandLineTest.Run r = CommandLineTest.run("validate", p.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out())
                    .as(p.toString())
                    .contains(p.toString())
                    .doesNotContain("StreamReadConstraints")
                    .doesNotContain("JsonToken")
                    .doesNotContain("[Source:")
                    .doesNotContain("Cannot deserialize")
                    .doesNotContain("com.fasterxml");
        }
    }
}
