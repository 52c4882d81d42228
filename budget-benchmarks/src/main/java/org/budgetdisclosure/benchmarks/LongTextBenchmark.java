package org.budgetdisclosure.benchmarks;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One long string: the reference budget with one paragraph (总体绩效目标) of {@code length} characters of
 * Chinese prose, up to the limit of a paragraph. PDF time should grow linearly with the length (it grew with its
 * square while OpenPDF copied the rest of one chunk at every line break).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LongTextBenchmark {

    @Param({"50000", "100000", "200000"})
    public int length;

    private Disclosure disclosure;

    @Setup
    public void setUp() {
        String words = "预算支出项目经费管理办公运行维护保障工作资金安排使用绩效目标完成情况，。";
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(words.charAt(random.nextInt(words.length())));
        }
        disclosure = Disclosure.of(ReferenceBudget.build().toBuilder()
                .overallGoals(text.toString())
                .build());
    }

    @Benchmark
    public long pdf() throws IOException {
        Sink sink = new Sink();
        disclosure.write(Format.PDF, sink);
        return sink.count();
    }
}
