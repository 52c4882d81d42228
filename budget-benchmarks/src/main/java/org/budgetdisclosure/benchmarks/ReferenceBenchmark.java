package org.budgetdisclosure.benchmarks;

import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference budget, warm, one thread: statements and validation; the document (profile, narrative templates,
 * glyph check); each format written from the document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class ReferenceBenchmark extends RenderBenchmarks {

    @Setup
    public void setUp() {
        prepare(ReferenceBudget.build());
    }

    /** The PDF without its figures (PDF/A-2b): tagged, without the associated file and the JSON export it needs. */
    @org.openjdk.jmh.annotations.Benchmark
    public long pdfWithoutFigures() throws java.io.IOException {
        Sink sink = new Sink();
        disclosure.withFiguresEmbedded(false).write(org.budgetdisclosure.render.Format.PDF, sink);
        return sink.count();
    }
}
