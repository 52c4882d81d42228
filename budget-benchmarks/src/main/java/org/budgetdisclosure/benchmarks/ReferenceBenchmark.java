package org.budgetdisclosure.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.openjdk.jmh.annotations.Benchmark;
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
public class ReferenceBenchmark {

    private Budget budget;
    private Disclosure disclosure;

    @Setup
    public void setUp() {
        budget = ReferenceBudget.build();
        disclosure = Disclosure.of(budget);
    }

    @Benchmark
    public ValidationReport statementsAndValidation() {
        return Validator.standard().check(Statements.of(budget));
    }

    @Benchmark
    public Disclosure document() {
        return Disclosure.of(budget);
    }

    @Benchmark
    public long pdf() throws IOException {
        return write(Format.PDF);
    }

    @Benchmark
    public long docx() throws IOException {
        return write(Format.DOCX);
    }

    @Benchmark
    public long html() throws IOException {
        return write(Format.HTML);
    }

    private long write(Format format) throws IOException {
        Sink sink = new Sink();
        disclosure.write(format, sink);
        return sink.count();
    }
}
