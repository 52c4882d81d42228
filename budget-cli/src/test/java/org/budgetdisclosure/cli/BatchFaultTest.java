package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every input of a batch is independent: a writer that throws halfway, a full disk, a budget over the limits, a
 * number that would hang, a directory or a FIFO where a file should be — each is one line of the summary with its
 * reason, the other files are rendered, no temporary file is left, exit 1. The whole batch runs under a watchdog
 * that fails the test on a hang (it is not a timing test).
 */
class BatchFaultTest {

    private static final Duration HANG = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    /** Streams that fail: the PDF of {@code throws} with a writer's exception, the DOCX of {@code full} as a full disk. */
    static final BiFunction<Path, OutputStream, OutputStream> FAULTS = (target, out) -> {
        String name = target.getFileName().toString();
        if (name.equals("throws.pdf")) {
            return failAfter(out, 4096, () -> new IllegalStateException("simulated writer failure"));
        }
        if (name.equals("full.docx") || name.equals("full.pdf")) {
            return failAfter(out, 8192, () -> new IOException("No space left on device"));
        }
        return out;
    };

    interface Failure {
        Exception make();
    }

    static OutputStream failAfter(OutputStream out, int bytes, Failure failure) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                check(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                check(len);
                out.write(b, off, len);
            }

            private void check(int more) throws IOException {
                written += more;
                if (written > bytes) {
                    Exception e = failure.make();
                    if (e instanceof IOException io) {
                        throw io;
                    }
                    throw (RuntimeException) e;
                }
            }
        };
    }

    static CommandLineTest.Run run(BiFunction<Path, OutputStream, OutputStream> streams, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof OutputOptions o) {
                    o.streams = streams;
                }
                return made;
            }
        };
        int status = BudgetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
        String all = out + "\n" + err;
        assertThat(all).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("ExceptionConverter");
        return new CommandLineTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void oneFilesFailureIsOneLineOfTheSummaryAndTheOthersAreRendered() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String reference = Files.readString(CommandLineTest.REFERENCE);
        Files.writeString(in.resolve("good.json"), reference);
        Files.writeString(in.resolve("throws.json"), reference);
        Files.writeString(in.resolve("full.json"), reference);
        Files.writeString(
                in.resolve("limit.json"),
                reference.replaceFirst("\"duties\": \\[", "\"duties\": [\"" + "长".repeat(2_000_001) + "\","));
        Files.writeString(
                in.resolve("exponent.json"), reference.replaceFirst("\"amount\": \"61.96\"", "\"amount\": 1e10000000"));
        Files.createDirectories(in.resolve("directory.json"));
        Process fifo = new ProcessBuilder("mkfifo", in.resolve("fifo.json").toString()).start();
        assertThat(fifo.waitFor()).isZero();
        Path out = dir.resolve("out");

        CommandLineTest.Run r = assertTimeoutPreemptively(
                HANG, () -> run(FAULTS, "batch", in.toString(), "--out", out.toString(), "-j", "3"));

        // a writer's IllegalStateException is a bug, not the input's fault: internal error, exit 70
        assertThat(r.status()).isEqualTo(UserErrors.INTERNAL_ERROR);
        assertThat(r.out())
                .contains("batch: 1 of 7 rendered, 6 failed")
                .containsPattern("FAILED \\S*throws.json: internal error .*simulated writer failure")
                .containsPattern("FAILED \\S*full.json: .*No space left on device")
                .containsPattern("FAILED \\S*limit.json: narrative.duties\\[0] has 2000001 characters; a paragraph is "
                        + "limited to 200000")
                .containsPattern("FAILED \\S*exponent.json: \\S*exponent.json:\\d+:\\d+: at \\$.appropriations\\[0]"
                        + ".amount: expected a number of at most 15 digits")
                .containsPattern("FAILED \\S*directory.json: .*not a regular file \\(a directory\\)")
                .containsPattern("FAILED \\S*fifo.json: .*not a regular file \\(a FIFO\\)");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names)
                    .doesNotHaveDuplicates()
                    .noneMatch(n -> n.endsWith(".part"))
                    .contains("good.docx", "good.html", "good.pdf")
                    .noneMatch(n -> n.startsWith("throws.pdf")
                            || n.startsWith("full.docx")
                            || n.startsWith("limit")
                            || n.startsWith("exponent")
                            || n.startsWith("directory")
                            || n.startsWith("fifo"));
        }
        try (var pdf = Loader.loadPDF(out.resolve("good.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("乐亭县工业和信息化局");
        }
    }

    @Test
    void renderExplainsAFullDiskAndABudgetOverTheLimitsWithoutAStackTrace() throws Exception {
        Path full = dir.resolve("full.json");
        Files.copy(CommandLineTest.REFERENCE, full);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = run(FAULTS, "render", full.toString(), "--out", out.toString(), "-f", "pdf");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("budget: cannot write PDF: No space left on device");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }

        Path limit = dir.resolve("limit.json");
        Files.writeString(
                limit,
                Files.readString(CommandLineTest.REFERENCE)
                        .replaceFirst("\"duties\": \\[", "\"duties\": [\"" + "长".repeat(2_000_001) + "\","));
        CommandLineTest.Run refused = run(FAULTS, "render", limit.toString(), "--out", out.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("budget: ").contains("a paragraph is limited to 200000");
    }
}
