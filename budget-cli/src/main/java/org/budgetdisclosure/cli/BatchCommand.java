package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.budgetdisclosure.io.BudgetFile;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget batch}: many departments at once, on all cores. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Renders many budget files in parallel. One bad file does not stop the others: it is listed "
                    + "with its errors in the summary. Final-accounts files (部门决算) in the same folders are rendered in "
                    + "their layout (with --units, their units' too), as budget render does.",
            "Exit status: 0 when every file was rendered, 1 otherwise."
        })
final class BatchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            descriptionKey = "inputs",
            arity = "1..*",
            paramLabel = "DIR|FILE",
            description = "Budget files, or directories whose .json, .yaml, .yml and .xlsx files are read.")
    private List<Path> inputs;

    @Mixin
    private OutputOptions output;

    @Option(
            names = {"-p", "--profile"},
            paramLabel = "NAME|DIR",
            description = "The layout of every disclosure of its family: a bundled profile's name or a profile "
                    + "folder. Default: the profile each budget file names, else hebei-2022; for final accounts "
                    + "(部门决算) shanghai-2024-final-accounts. A budget layout leaves final accounts in theirs, and "
                    + "a final-accounts layout leaves budgets in theirs.")
    private String profile;

    @Option(
            names = {"-j", "--threads"},
            paramLabel = "N",
            description = "Threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--units",
            description = "Also renders the document of every unit (单位预算) of each department "
                    + "with units, as `render --units` does; the progress bar counts documents.")
    private boolean units;

    @Option(
            names = "--unit-profile",
            paramLabel = "NAME|DIR",
            description = "The layout of the units' documents with --units (default: the one each department's profile "
                    + "names in units.profile, else the department's).")
    private String unitProfile;

    /** Every output name of the run (without extension) and the input it is of: two inputs never write one file. */
    private final java.util.concurrent.ConcurrentHashMap<String, Path> claimed =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** What became of one file, a budget or final accounts (部门决算): rendered, else its problem. */
    record Outcome(Path file, boolean rendered, String problem, boolean finalAccounts) {

        Outcome(Path file, boolean rendered, String problem) {
            this(file, rendered, problem, false);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (unitProfile != null && !units) {
            spec.commandLine()
                    .getErr()
                    .println(Lang.text(
                            "args.unit-profile",
                            "budget: --unit-profile is the "
                                    + "layout of the units' documents, which only --units writes: add --units, or leave --unit-profile "
                                    + "out"));
            return UserErrors.UNUSABLE_INPUT;
        }
        // a profile named on the command line is read once, before any file, and shared (it is immutable)
        Profile chosen = profile == null ? null : Profile.named(profile);
        Profile chosenForUnits = unitProfile == null ? null : Profile.named(unitProfile);
        List<Outcome> unlisted = new ArrayList<>();
        List<Path> files = files(unlisted);
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Progress progress = new Progress(err, files.size(), System.console() != null);
        List<Outcome> outcomes = new ArrayList<>(unlisted);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            java.util.Map<String, Path> names = new java.util.HashMap<>();
            for (Path file : files) {
                claimed.putIfAbsent(RenderCommand.baseName(file), file);
            }
            for (Path file : files) {
                Path first = names.putIfAbsent(RenderCommand.baseName(file), file);
                if (first != null) {
                    Outcome clash = new Outcome(
                            file,
                            false,
                            "its output would have the same name as that of " + first + "; rename one of them");
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(clash));
                    progress.step();
                    continue;
                }
                futures.add(pool.submit(() -> {
                    if (units) {
                        return renderWithUnits(file, files, chosen, chosenForUnits, progress);
                    }
                    Outcome outcome = render(file, files, chosen);
                    progress.step();
                    return outcome;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // render catches every failure; this is a last resort that still reports the file
                    outcomes.add(new Outcome(files.get(i), false, UserErrors.describe(e.getCause())));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        long failed = outcomes.stream().filter(o -> !o.rendered()).count();
        long finals = outcomes.stream().filter(Outcome::finalAccounts).count();
        PrintWriter out = spec.commandLine().getOut();
        if (finals == 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(Lang.text(
                    "batch.summary",
                    String.format(
                            Locale.ROOT,
                            "batch: %d of %d rendered, %d failed, " + "in %.1f s",
                            outcomes.size() - failed,
                            outcomes.size(),
                            failed,
                            seconds),
                    outcomes.size() - failed,
                    outcomes.size(),
                    failed,
                    String.format(Locale.ROOT, "%.1f", seconds)));
        } else {
            long renderedFinals = outcomes.stream()
                    .filter(o -> o.finalAccounts() && o.rendered())
                    .count();
            long budgets = outcomes.size() - finals;
            long rendered = outcomes.stream()
                    .filter(o -> !o.finalAccounts() && o.rendered())
                    .count();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(Lang.text(
                    "batch.summary.final",
                    String.format(
                            Locale.ROOT,
                            "batch: %d of %d budgets and %d "
                                    + "of %d final accounts (部门决算) rendered, %d failed, in %.1f s",
                            rendered,
                            budgets,
                            renderedFinals,
                            finals,
                            failed,
                            seconds),
                    rendered,
                    budgets,
                    renderedFinals,
                    finals,
                    failed,
                    String.format(Locale.ROOT, "%.1f", seconds)));
        }
        for (Outcome o : outcomes) {
            if (!o.rendered()) {
                out.println(Lang.text(
                        "batch.failed",
                        "  FAILED " + TerminalText.fileName(o.file()) + ": "
                                + o.problem().replace("\n", "\n    "),
                        TerminalText.fileName(o.file()),
                        Lang.fileError(o.problem()).replace("\n", "\n    ")));
            }
        }
        out.flush();
        if (outcomes.stream().anyMatch(o -> o.problem().startsWith(UserErrors.INTERNAL))) {
            return UserErrors.INTERNAL_ERROR;
        }
        return failed == 0 ? 0 : 1;
    }

    /**
     * Renders one file; every failure of it (a bad file, a budget with errors or over the limits, an I/O error, a
     * writer's exception) is its outcome; running out of memory
     * is not caught and never stops the others. The temporary files
     * of a failed file are removed by {@link Disclosure#writeTo}.
     */
    private Outcome render(Path file, List<Path> inputs, Profile chosen) {
        if (FinalAccountsFiles.isFinalAccounts(file)) {
            return BatchFinalAccounts.render(file, inputs, chosen, null, false, output, claimed);
        }
        try {
            Optional<String> clash =
                    InputProtection.clash(output.out, RenderCommand.baseName(file), output.formats(), inputs);
            if (clash.isPresent()) {
                return new Outcome(file, false, clash.get());
            }
            BudgetFile read = BudgetFiles.readFile(file);
            Profile layout = chosen != null ? chosen : RenderCommand.profileFor(null, read, file);
            output.write(
                    Disclosure.of(read.budget(), RenderOptions.defaults().withProfile(layout)),
                    RenderCommand.baseName(file));
            return new Outcome(file, true, "");
        } catch (Exception | StackOverflowError e) {
            return new Outcome(file, false, UserErrors.describe(e));
        }
    }

    /**
     * {@code --units}: one department's files and its units', all or none, each failure its outcome as in
     * {@link #render}. The progress counts the department and each of its units as a document: the units are
     * added to the total when the file is read.
     */
    private Outcome renderWithUnits(
            Path file, List<Path> inputs, Profile chosen, Profile chosenForUnits, Progress progress) {
        int documents = 1;
        if (FinalAccountsFiles.isFinalAccounts(file)) {
            try {
                return BatchFinalAccounts.render(file, inputs, chosen, chosenForUnits, true, output, claimed);
            } finally {
                progress.step();
            }
        }
        try {
            BudgetFile read = BudgetFiles.readFile(file);
            documents += read.budget().units().size();
            progress.more(documents - 1);
            Profile layout = chosen != null ? chosen : RenderCommand.profileFor(null, read, file);
            java.util.Map<String, Disclosure> made = UnitOutputs.documents(
                    read.budget(),
                    RenderOptions.defaults().withProfile(layout),
                    RenderOptions.defaults().withProfile(chosenForUnits != null ? chosenForUnits : layout),
                    RenderCommand.baseName(file));
            Optional<String> clash = UnitOutputs.clash(output.out, made.keySet(), output.formats(), inputs);
            if (clash.isPresent()) {
                return new Outcome(file, false, clash.get());
            }
            for (String name : made.keySet()) {
                Path other = claimed.putIfAbsent(name, file);
                if (other != null && !other.equals(file)) {
                    return new Outcome(
                            file,
                            false,
                            "its output " + name + " would have the same name as that of " + other
                                    + "; rename one of them");
                }
            }
            UnitOutputs.write(made, output);
            return new Outcome(file, true, "");
        } catch (Exception | StackOverflowError e) {
            return new Outcome(file, false, UserErrors.describe(e));
        } finally {
            for (int i = 0; i < documents; i++) {
                progress.step();
            }
        }
    }

    /**
     * The files of the inputs: directories give their .json, .yaml and .yml entries (whatever characters their
     * names hold, line breaks included); an input that cannot be listed is an outcome of its own.
     */
    private List<Path> files(List<Outcome> unlisted) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> isBudgetName(p.getFileName().toString()))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    unlisted.add(new Outcome(input, false, "cannot list the directory: " + UserErrors.describe(e)));
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    static boolean isBudgetName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // ~$book.xlsx is the lock file Excel keeps beside a workbook it has open
        return lower.endsWith(".json")
                || lower.endsWith(".yaml")
                || lower.endsWith(".yml")
                || lower.endsWith(".xlsx") && !lower.startsWith("~$");
    }

    /** A progress bar on standard error when it is a terminal; silent otherwise. */
    static final class Progress {
        private final PrintWriter err;
        private final AtomicInteger total;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = new AtomicInteger(total);
            this.terminal = terminal;
        }

        /** @param documents documents found beyond those counted (a department's units) */
        void more(int documents) {
            total.addAndGet(documents);
        }

        /** @return the documents counted so far */
        int total() {
            return total.get();
        }

        void step() {
            int n = done.incrementAndGet();
            int total = this.total.get();
            if (terminal) {
                synchronized (err) {
                    int width = 30;
                    int filled = total == 0 ? width : Math.min(width, n * width / total);
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
