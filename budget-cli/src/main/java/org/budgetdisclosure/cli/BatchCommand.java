package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.fonts.MissingGlyphException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget batch}: many departments at once, on all cores. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Renders many budget files in parallel. One bad file does not stop the others: it is listed "
                + "with its errors in the summary.", "Exit status: 0 when every file was rendered, 1 otherwise."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Budget files, or directories whose .json, .yaml and .yml files are read.")
    private List<Path> inputs;


    @Mixin
    private OutputOptions output;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** What became of one file. */
    record Outcome(Path file, boolean rendered, String problem) {
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = files();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Progress progress = new Progress(err, files.size(), System.console() != null);
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            java.util.Map<String, Path> names = new java.util.HashMap<>();
            for (Path file : files) {
                Path first = names.putIfAbsent(RenderCommand.baseName(file), file);
                if (first != null) {
                    Outcome clash = new Outcome(file, false, "its output would have the same name as that of "
                            + first + "; rename one of them");
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(clash));
                    progress.step();
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Outcome outcome = render(file);
                    progress.step();
                    return outcome;
                }));
            }
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        long failed = outcomes.stream().filter(o -> !o.rendered()).count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "batch: %d of %d rendered, %d failed, in %.1f s%n", outcomes.size() - failed,
                outcomes.size(), failed, (System.nanoTime() - start) / 1e9);
        for (Outcome o : outcomes) {
            if (!o.rendered()) {
                out.println("  FAILED " + o.file() + ": " + o.problem().replace("\n", "\n    "));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private Outcome render(Path file) throws IOException {
        try {
            Disclosure.of(BudgetFiles.read(file)).writeTo(output.out, RenderCommand.baseName(file),
                    output.formats());
            return new Outcome(file, true, "");
        } catch (BudgetFileException e) {
            return new Outcome(file, false, e.getMessage());
        } catch (BudgetValidationException | MissingGlyphException | TableTooWideException e) {
            return new Outcome(file, false, e.getMessage());
        }
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> p.toString().matches("(?i).*\\.(json|ya?ml)$")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** A progress bar on standard error when it is a terminal; silent otherwise. */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        void step() {
            int n = done.incrementAndGet();
            if (terminal) {
                synchronized (err) {
                    int width = 30;
                    int filled = total == 0 ? width : n * width / total;
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
                    err.flush();
                }
            }
        }

        void done() {
            if (terminal) {
                err.println();
                err.flush();
            }
        }
    }
}
