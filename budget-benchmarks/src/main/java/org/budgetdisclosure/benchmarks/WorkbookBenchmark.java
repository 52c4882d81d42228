package org.budgetdisclosure.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.workbook.BudgetWorkbook;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
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
 * Excel in and out, warm, one thread: the reference's tables written as XLSX (and as CSV), and a filled workbook
 * of 2,000 budget lines (plus 150 economic lines and 60 projects with their indicators) read into a budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class WorkbookBenchmark {

    private Disclosure reference;
    private byte[] workbook;

    @Setup
    public void setUp() throws IOException {
        reference = Disclosure.of(ReferenceBudget.build());
        Budget large = Departments.generate(42, 2000, 150, 60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.write(large, Catalogue.bundled(), out);
        workbook = out.toByteArray();
    }

    @Benchmark
    public long xlsxReference() throws IOException {
        Sink sink = new Sink();
        reference.write(Format.XLSX, sink);
        return sink.count();
    }

    @Benchmark
    public long csvReference() throws IOException {
        Sink sink = new Sink();
        reference.write(Format.CSV, sink);
        return sink.count();
    }

    @Benchmark
    public Budget read2000LineWorkbook() throws BudgetFileException {
        return BudgetWorkbook.read(workbook, "large.xlsx");
    }
}
