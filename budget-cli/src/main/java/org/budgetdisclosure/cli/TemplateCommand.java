package org.budgetdisclosure.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.io.workbook.BudgetWorkbook;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.WholeFiles;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code budget template --out book.xlsx}: the workbook a finance officer fills (预算填报工作簿). */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the Excel workbook to fill in (a sheet per kind of fact, drop-down lists of the "
                    + "sources, funds, types and codes of the catalogue, and instructions).",
            "Fill it, then: budget validate book.xlsx; budget render book.xlsx --out out.",
            "With --from, the workbook holds that budget's facts (a JSON, YAML or XLSX budget file)."
        })
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "The workbook to write " + "(.xlsx).")
    private Path out;

    @Option(
            names = "--profile",
            defaultValue = "hebei-2022",
            paramLabel = "P",
            description = "The layout profile whose year's catalogue the lists offer (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The budget year filled in (default: the " + "profile's).")
    private Integer year;

    @Option(names = "--from", paramLabel = "FILE", description = "A budget file whose facts fill the workbook.")
    private Path from;

    @Override
    public Integer call() throws Exception {
        String named = profile.strip().toLowerCase(Locale.ROOT);
        Optional<Profile> layout = Profile.registered().stream()
                .filter(p -> p.name().equals(named))
                .findFirst();
        if (layout.isEmpty()) {
            String names = Profile.registered().stream().map(Profile::name).collect(Collectors.joining(", "));
            spec.commandLine()
                    .getErr()
                    .println(Lang.text(
                            "template.unknown-profile",
                            "budget: unknown profile '" + profile + "': expected " + names,
                            profile,
                            names));
            return UserErrors.UNUSABLE_INPUT;
        }
        if (!BudgetWorkbook.isWorkbook(out)) {
            spec.commandLine()
                    .getErr()
                    .println(Lang.text(
                            "template.not-xlsx",
                            "budget: " + out + ": the " + "workbook's name must end in .xlsx",
                            out));
            return UserErrors.UNUSABLE_INPUT;
        }
        if (layout.get().isFinalAccounts() || (from != null && FinalAccountsFiles.isFinalAccounts(from))) {
            return FinalTemplate.write(spec, layout.get(), named, from, year, out);
        }
        Budget budget = null;
        java.util.Optional<String> fileProfile = java.util.Optional.empty();
        if (from != null) {
            // an output never replaces an input: template --from book.xlsx --out book.xlsx would lose the notes
            Optional<String> clash = InputProtection.clash(out, List.of(from));
            if (clash.isPresent()) {
                spec.commandLine().getErr().println("budget: " + clash.get());
                return UserErrors.UNUSABLE_INPUT;
            }
            try {
                org.budgetdisclosure.io.BudgetFile read = BudgetFiles.readFile(from);
                budget = read.budget();
                fileProfile = read.profile();
            } catch (BudgetFileException e) {
                spec.commandLine().getErr().println(Lang.fileErrorLine(e.getMessage()));
                return UserErrors.UNUSABLE_INPUT;
            }
        }
        // the year: given, else the file's, else the one the profile's name carries (hebei-2025)
        String digits = named.replaceAll("\\D", "");
        if (year == null && budget == null && digits.length() != 4) {
            spec.commandLine()
                    .getErr()
                    .println(Lang.text(
                            "template.no-year",
                            "budget: the profile " + named + " is of no one year: give --year",
                            named));
            return UserErrors.UNUSABLE_INPUT;
        }
        int theYear = year != null ? year : budget != null ? budget.year() : Integer.parseInt(digits);
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Budget filled = budget;
        // the layout the workbook names (公开版式): the file's, else one asked for other than the default
        java.util.Optional<String> filledProfile =
                fileProfile.or(() -> named.equals(Profile.hebei2022().name()) ? Optional.empty() : Optional.of(named));
        if (filled != null) {
            // never leave a fact out silently: name each one the workbook would not carry
            java.util.List<String> left = BudgetWorkbook.leftOut(filled, Catalogue.forYear(filled.year()));
            if (!left.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println(Lang.text(
                                "template.left-out",
                                "budget: warning: " + from
                                        + ": the workbook does not carry " + String.join(", ", left)
                                        + "; these facts are left out of "
                                        + out,
                                from,
                                String.join("、", left),
                                out));
            }
        }
        // the “三公” items as the layout the workbook is for publishes them (Shanghai: 因公出国（境）费 as one)
        boolean split = layout.get().splitsOverseasTravel();
        if (fileProfile.isPresent() && from != null) {
            try {
                split = Profile.namedByBudgetFile(
                                fileProfile.get(), from.toAbsolutePath().getParent())
                        .splitsOverseasTravel();
            } catch (RuntimeException e) {
                // a layout render would refuse: the workbook still carries the facts, in both items
                split = true;
            }
        }
        boolean splitItems = split;
        WholeFiles.write(target, stream -> {
            if (filled != null) {
                BudgetWorkbook.write(filled, filledProfile, Catalogue.forYear(filled.year()), splitItems, stream);
            } else {
                // the layout's own ledger unit (元 where its tables print 元) and its name as 公开版式
                BudgetWorkbook.template(
                        Catalogue.forYear(theYear),
                        theYear,
                        layout.get().amountStyles().tables().unit(),
                        named,
                        splitItems,
                        stream);
            }
        });
        spec.commandLine().getOut().println(Lang.text("template.wrote", "wrote " + out, out));
        return 0;
    }
}
