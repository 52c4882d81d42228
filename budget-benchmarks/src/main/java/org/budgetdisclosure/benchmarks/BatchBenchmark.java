package org.budgetdisclosure.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * A province's batch: 1,000 departments of the reference's size, each in PDF, DOCX and HTML, on all cores, in a
 * 512 MB heap. One operation is the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class BatchBenchmark {

    private List<Budget> budgets;

    @Setup
    public void setUp() {
        budgets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            budgets.add(Departments.typical(i));
        }
    }

    @Benchmark
    public long thousandDepartmentsAllFormats() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (Budget budget : budgets) {
                results.add(pool.submit(() -> {
                    Disclosure d = Disclosure.of(budget);
                    long bytes = 0;
                    for (Format f : Format.values()) {
                        Sink sink = new Sink();
                        d.write(f, sink);
                        bytes += sink.count();
                    }
                    return bytes;
                }));
            }
            long total = 0;
            for (Future<Long> r : results) {
                total += r.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
