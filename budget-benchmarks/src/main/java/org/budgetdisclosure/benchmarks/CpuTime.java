package org.budgetdisclosure.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;

/**
 * The processor time (CPU time) of writing the reference in one format, warm: the writing thread's time and the
 * whole process's (garbage collection included). On a shared machine other processes stretch wall-clock times by
 * tens of per cent, and JMH's intervals with them; a thread's processor time moves much less, so a before/after
 * comparison of one writer can still be made there (BENCHMARKS.md, DOCX styles). Run after the build:
 * {@code java -cp budget-benchmarks/target/benchmarks.jar org.budgetdisclosure.benchmarks.CpuTime docx 10}.
 */
public final class CpuTime {

    private static final int WARM_UP = 400;
    private static final int PER_ROUND = 50;

    private CpuTime() {}

    /**
     * @param args the format ({@code pdf}, {@code docx}, {@code html}, …) and the number of rounds of 50 documents
     * @throws IOException never: the documents are written to a sink
     */
    public static void main(String[] args) throws IOException {
        Format format = Format.valueOf(args[0].toUpperCase(Locale.ROOT));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Disclosure disclosure = Disclosure.of(ReferenceBudget.build());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            disclosure.write(format, new Sink());
        }
        double[] thread = new double[rounds];
        double[] process = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = threads.getCurrentThreadCpuTime();
            long p = os.getProcessCpuTime();
            for (int i = 0; i < PER_ROUND; i++) {
                disclosure.write(format, new Sink());
            }
            thread[r] = (threads.getCurrentThreadCpuTime() - t) / 1e6 / PER_ROUND;
            process[r] = (os.getProcessCpuTime() - p) / 1e6 / PER_ROUND;
        }
        Arrays.sort(thread);
        Arrays.sort(process);
        System.out.printf(
                Locale.ROOT,
                "%s: thread %.2f ms (min %.2f, max %.2f), process %.2f ms (min %.2f), medians of %d rounds of %d%n",
                format,
                thread[rounds / 2],
                thread[0],
                thread[rounds - 1],
                process[rounds / 2],
                process[0],
                rounds,
                PER_ROUND);
    }
}
