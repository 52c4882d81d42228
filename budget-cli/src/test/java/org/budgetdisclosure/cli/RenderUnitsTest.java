package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --units} and {@code batch --units}: the department's files and one per unit, read back; all or
 * none when a unit is refused or a file cannot be written; the progress counts documents.
 */
class RenderUnitsTest {

    static final Path UNITS =
            Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2025-units.json");
    private static final String BASE = "shanghai-putuo-finance-bureau-2025-units";

    @TempDir
    Path dir;

    private static String html(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8").text();
    }

    private static String pdf(Path file) throws IOException {
        try (var document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private List<String> files(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheDepartmentAndEveryUnitNamedByCode() throws Exception {
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run(
                "render", UNITS.toString(), "--units", "--out", out.toString(), "--format", "pdf,html");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(files(out))
                .containsExactly(
                        BASE + "-035001.html",
                        BASE + "-035001.pdf",
                        BASE + "-035002.html",
                        BASE + "-035002.pdf",
                        BASE + "-035003.html",
                        BASE + "-035003.pdf",
                        BASE + ".html",
                        BASE + ".pdf");
        assertThat(r.out().lines().filter(l -> l.startsWith("wrote ")).count()).isEqualTo(8);
        // the department: the published total, 31,214,205.80 元 (3121.42 万元 in the default layout)
        String department = html(out.resolve(BASE + ".html"));
        assertThat(department).contains("上海市普陀区财政局").contains("3121.42");
        assertThat(pdf(out.resolve(BASE + ".pdf"))).contains("3121.42");
        // each unit: its own name and total, not another's
        String head = html(out.resolve(BASE + "-035001.html"));
        assertThat(head).contains("上海市普陀区财政局本部").contains("2337.91").doesNotContain("3121.42");
        String treasury = html(out.resolve(BASE + "-035002.html"));
        assertThat(treasury).contains("上海市普陀区财政局国库收付中心").contains("608.51").doesNotContain("2337.91");
        assertThat(pdf(out.resolve(BASE + "-035003.pdf")))
                .contains("上海市普陀区财政信息中心")
                .contains("175.00")
                .doesNotContain("3121.42");
    }

    @Test
    void aUnitProfileWithoutUnitsIsRefusedRatherThanIgnored() throws Exception {
        Path out = dir.resolve("out");
        for (String command : new String[] {"render", "batch"}) {
            CommandLineTest.Run r = CommandLineTest.run(
                    command,
                    UNITS.toString(),
                    "--unit-profile",
                    "shanghai-unit",
                    "--out",
                    out.toString(),
                    "--format",
                    "html");
            assertThat(r.status()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("--unit-profile").contains("--units");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aUnitWithAnErrorRefusesEveryFile() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(UNITS).replace("\"1666600.00\"", "\"-1666600.00\""));
        Path out = dir.resolve("out");
        CommandLineTest.Run r =
                CommandLineTest.run("render", bad.toString(), "--units", "--out", out.toString(), "--format", "html");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("refused").contains("amount.negative at units[1].appropriations[");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNoFileOfTheRun() throws Exception {
        Path out = dir.resolve("out");
        BiFunction<Path, OutputStream, OutputStream> full =
                (target, stream) -> target.getFileName().toString().equals(BASE + "-035002.html")
                        ? BatchFaultTest.failAfter(stream, 1024, () -> new IOException("No space left on device"))
                        : stream;
        CommandLineTest.Run r = BatchFaultTest.run(
                full, "render", UNITS.toString(), "--units", "--out", out.toString(), "--format", "html");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("No space left on device");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void batchRendersEachDepartmentWithItsUnitsAndCountsDocuments() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(UNITS, in.resolve("finance.json"));
        Files.copy(CommandLineTest.REFERENCE, in.resolve("leting.json"));
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run(
                "batch", in.toString(), "--units", "--out", out.toString(), "--format", "html", "-j", "2");
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).contains("batch: 2 of 2 rendered, 0 failed");
        assertThat(files(out))
                .containsExactly(
                        "finance-035001.html",
                        "finance-035002.html",
                        "finance-035003.html",
                        "finance.html",
                        "leting.html");
        assertThat(html(out.resolve("finance-035003.html"))).contains("上海市普陀区财政信息中心");

        StringWriter bar = new StringWriter();
        BatchCommand.Progress progress = new BatchCommand.Progress(new PrintWriter(bar, true), 2, true);
        progress.more(3);
        for (int i = 0; i < 5; i++) {
            progress.step();
        }
        assertThat(progress.total()).isEqualTo(5);
        assertThat(bar.toString()).endsWith("] 5/5").contains("] 1/5");
    }

    @Test
    void batchRefusesAUnitsFileWhoseOutputWouldBeAnotherFilesOutput() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(UNITS, in.resolve("finance.json"));
        Files.copy(CommandLineTest.REFERENCE, in.resolve("finance-035002.json"));
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run(
                "batch", in.toString(), "--units", "--out", out.toString(), "--format", "html", "-j", "1");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("batch: 1 of 2 rendered, 1 failed")
                .contains("FAILED " + in.resolve("finance.json"))
                .contains("its output finance-035002 would have the same name as that of "
                        + in.resolve("finance-035002.json"));
        assertThat(files(out)).containsExactly("finance-035002.html");
        assertThat(html(out.resolve("finance-035002.html"))).contains("乐亭县工业和信息化局");
    }
}
