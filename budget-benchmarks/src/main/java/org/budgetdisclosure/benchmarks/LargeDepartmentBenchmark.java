package org.budgetdisclosure.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * A large department (scale 1: about 2,000 项 lines, 150 economic lines, 60 projects with indicator tables) and
 * twice that (scale 2), to show time grows linearly; run in a 256 MB heap to show it fits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class LargeDepartmentBenchmark extends RenderBenchmarks {

    @Param({"1", "2"})
    public int scale;

    @Setup
    public void setUp() {
        prepare(Departments.generate(42, 2000 * scale, 150 * scale, 60 * scale));
    }
}
