package org.budgetdisclosure.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The usual route of Word-template tools, measured in the same run as ours: LibreOffice headless converting our
 * DOCX of the reference to PDF ({@code soffice --headless --convert-to pdf}, Debian's libreoffice-writer-nogui),
 * against our direct PDF. Each LibreOffice operation is one conversion, with a warm user profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class LibreOfficeBenchmark {

    private Path work;
    private Path docx;
    private Disclosure disclosure;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        work = Files.createTempDirectory("lo-bench");
        disclosure = Disclosure.of(ReferenceBudget.build());
        docx = work.resolve("reference.docx");
        Files.write(docx, disclosure.bytes(Format.DOCX));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long libreOfficeConvertsOurDocx() throws Exception {
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=file://" + work.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        work.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile())
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("soffice failed: " + Files.readString(work.resolve("soffice.log")));
        }
        return Files.size(work.resolve("reference.pdf"));
    }

    /** Our PDF of the same document, warm, as the average of many operations. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 10, time = 2)
    public long ourPdf() throws IOException {
        Sink sink = new Sink();
        disclosure.write(Format.PDF, sink);
        return sink.count();
    }
}
