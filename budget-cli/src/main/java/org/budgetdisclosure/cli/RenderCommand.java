package org.budgetdisclosure.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.budgetdisclosure.io.BudgetFile;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.source.FactsFile;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Disclosures;
import org.budgetdisclosure.render.FileDisclosure;
import org.budgetdisclosure.render.FileLayout;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget render FILE}: the disclosure of one budget file. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Renders the disclosure of a budget file as PDF, DOCX and HTML.",
            "A budget with validation errors is refused, listing them (exit 1); "
                    + "a file that cannot be read exits 2. Files are written whole or not at all."
        })
final class RenderCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            descriptionKey = "file",
            index = "0",
            paramLabel = "FILE",
            description = "The budget file (.json, .yaml, .yml, or a filled .xlsx workbook).")
    private Path file;

    @Mixin
    private OutputOptions output;

    @Option(
            names = {"-p", "--profile"},
            paramLabel = "NAME|DIR",
            description = "The layout: a bundled profile's name (see `budget profiles`) or a profile folder. "
                    + "Default: the profile the budget file names, else hebei-2022.")
    private String profile;

    @Option(
            names = "--units",
            description = "Also renders the document of every unit (单位预算, or 单位决算 for "
                    + "final accounts) of a department with units: NAME-CODE.pdf beside the department's NAME.pdf (a unit "
                    + "without code by its name). All files are written, or none.")
    private boolean units;

    @Option(
            names = "--unit-profile",
            paramLabel = "NAME|DIR",
            description = "The layout of the units' documents with --units (default: the one the department's profile "
                    + "names in units.profile, else the department's).")
    private String unitProfile;

    /** The layout and year of the budget being rendered, once read: to name tables as the layout prints them. */
    private Profile layout;

    private int year;

    @Option(
            names = "--embed-source",
            description = "The PDF also carries the budget file it is made from "
                    + "(PDF/A-3 associated file, AFRelationship Source), so that `budget verify` can re-validate and "
                    + "re-render it.")
    private boolean embedSource;

    @Option(
            names = "--no-embedded-figures",
            description =
                    "The PDF leaves out the figures of its tables (by "
                            + "default it carries them, the --format json bytes, as figures.json: PDF/A-3b); it is then PDF/A-2b.")
    private boolean noFigures;

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
        try {
            if (units && org.budgetdisclosure.io.FinalAccountsFiles.isFinalAccounts(file)) {
                return renderFinalAccounts();
            }
            if (units) {
                return renderUnits();
            }
            Optional<String> clash = InputProtection.clash(output.out, baseName(file), output.formats(), List.of(file));
            if (clash.isPresent()) {
                spec.commandLine().getErr().println("budget: " + clash.get());
                return UserErrors.UNUSABLE_INPUT;
            }
            if (org.budgetdisclosure.io.FinalAccountsFiles.isFinalAccounts(file)) {
                return renderFinalAccounts();
            }
            BudgetFile read = BudgetFiles.readFile(file);
            FactsFile facts = facts(read, file);
            layout = profileFor(profile, read, file);
            year = read.budget().year();
            if (layout.isFinalAccounts()) {
                spec.commandLine()
                        .getErr()
                        .println(Lang.text(
                                "render.final-layout",
                                "budget: " + file + ": the "
                                        + "profile " + layout.name()
                                        + " lays out final accounts (部门决算), not a budget: choose a "
                                        + "budget layout (see `budget profiles`)",
                                file,
                                layout.name()));
                return UserErrors.UNUSABLE_INPUT;
            }
            // the library's own path from a file to its disclosure in its layout
            FileDisclosure made =
                    Disclosures.of(facts, Optional.ofNullable(profile).map(p -> layout));
            Disclosure disclosure = (Disclosure) made.publication();
            // once the budget is rendered (a refused one is told its errors first)
            for (Finding warning : made.warnings()) {
                spec.commandLine()
                        .getErr()
                        .println(
                                warning.rule().equals(FileLayout.DEFAULT_RULE)
                                        ? warning(warning)
                                        : warning(warning, layout, year));
            }
            disclosure = disclosure.withFiguresEmbedded(!noFigures);
            if (embedSource) {
                disclosure = disclosure.withSourceEmbedded(
                        file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
            }
            for (Path written : output.write(disclosure, baseName(file))) {
                spec.commandLine().getOut().println(Lang.text("render.wrote", "wrote " + written, written));
            }
            return 0;
        } catch (BudgetFileException e) {
            spec.commandLine().getErr().println(Lang.fileErrorLine(e.getMessage()));
            return UserErrors.UNUSABLE_INPUT;
        } catch (BudgetValidationException e) {
            spec.commandLine()
                    .getErr()
                    .println(Lang.text(
                            "render.refused",
                            "budget: " + file + ": refused: "
                                    + (layout == null
                                            ? e.getMessage()
                                            : "the budget has "
                                                    + e.report().errors().size()
                                                    + " validation error(s):"
                                                    + refusal(e, layout, year)
                                                            .replace(
                                                                    System.lineSeparator() + "  ",
                                                                    System.lineSeparator())),
                            file,
                            refusal(e, layout, year)));
            return UserErrors.INVALID_BUDGET;
        }
    }

    /**
     * Final accounts (部门决算): rendered in the final-accounts layout {@code --profile} names, else the default one
     * ({@link FinalDisclosure#DEFAULT_PROFILE}).
     */
    private int renderFinalAccounts() throws Exception {
        Profile layout = finalLayout(profile);
        if (!layout.isFinalAccounts()) {
            spec.commandLine()
                    .getErr()
                    .println(Lang.text(
                            "render.budget-layout",
                            "budget: " + file + ": this is a "
                                    + "final-accounts file (部门决算) and the profile " + layout.name()
                                    + " lays out a budget: choose a "
                                    + "final-accounts layout such as " + FinalDisclosure.DEFAULT_PROFILE
                                    + " (see `budget profiles`)",
                            file,
                            layout.name(),
                            FinalDisclosure.DEFAULT_PROFILE));
            return UserErrors.UNUSABLE_INPUT;
        }
        var accounts = org.budgetdisclosure.io.FinalAccountsFiles.read(file);
        if (units) {
            Profile unitLayout = unitProfile == null ? layout : finalLayout(unitProfile);
            if (!unitLayout.isFinalAccounts()) {
                spec.commandLine()
                        .getErr()
                        .println(Lang.text(
                                "render.unit-budget-layout",
                                "budget: " + file
                                        + ": --unit-profile " + unitLayout.name()
                                        + " lays out a budget: the units of final accounts "
                                        + "need a final-accounts layout such as " + FinalDisclosure.DEFAULT_UNIT_PROFILE
                                        + " (see `budget profiles`)",
                                file,
                                unitLayout.name(),
                                FinalDisclosure.DEFAULT_UNIT_PROFILE));
                return UserErrors.UNUSABLE_INPUT;
            }
            java.util.Map<String, FinalDisclosure> documents = UnitOutputs.finalDocuments(
                    accounts,
                    RenderOptions.defaults().withProfile(layout),
                    RenderOptions.defaults().withProfile(unitLayout),
                    baseName(file));
            Optional<String> clash = UnitOutputs.clash(output.out, documents.keySet(), output.formats(), List.of(file));
            if (clash.isPresent()) {
                spec.commandLine().getErr().println("budget: " + clash.get());
                return UserErrors.UNUSABLE_INPUT;
            }
            for (Finding warning :
                    documents.values().iterator().next().validation().warnings()) {
                spec.commandLine().getErr().println(warning(warning));
            }
            for (Path written : UnitOutputs.write(documents, output, FinalDisclosure::write)) {
                spec.commandLine().getOut().println(Lang.text("render.wrote", "wrote " + written, written));
            }
            return 0;
        }
        FinalDisclosure disclosure =
                FinalDisclosure.of(accounts, RenderOptions.defaults().withProfile(layout));
        for (Finding warning : disclosure.validation().warnings()) {
            spec.commandLine().getErr().println(warning(warning));
        }
        for (Path written : output.write(disclosure, baseName(file))) {
            spec.commandLine().getOut().println(Lang.text("render.wrote", "wrote " + written, written));
        }
        return 0;
    }

    /** The final-accounts layout an option names, else the default one. */
    static Profile finalLayout(String option) {
        return Profile.named(option == null ? FinalDisclosure.DEFAULT_PROFILE : option);
    }

    /** {@code --units}: the department's files and its units', all or none. */
    private int renderUnits() throws Exception {
        BudgetFile read = BudgetFiles.readFile(file);
        Profile layout = profileFor(profile, read, file);
        this.layout = layout;
        this.year = read.budget().year();
        Profile unitLayout = unitProfile == null ? layout : Profile.named(unitProfile);
        java.util.Map<String, Disclosure> documents = UnitOutputs.documents(
                read.budget(),
                RenderOptions.defaults().withProfile(layout),
                RenderOptions.defaults().withProfile(unitLayout),
                baseName(file));
        defaultLayout(profile, read, file)
                .ifPresent(w -> spec.commandLine().getErr().println(warning(w)));
        Optional<String> clash = UnitOutputs.clash(output.out, documents.keySet(), output.formats(), List.of(file));
        if (clash.isPresent()) {
            spec.commandLine().getErr().println("budget: " + clash.get());
            return UserErrors.UNUSABLE_INPUT;
        }
        // the department's findings hold its units', located at units[i]
        for (Finding warning : documents.values().iterator().next().validation().warnings()) {
            spec.commandLine().getErr().println(warning(warning));
        }
        for (Path written : UnitOutputs.write(documents, output)) {
            spec.commandLine().getOut().println(Lang.text("render.wrote", "wrote " + written, written));
        }
        return 0;
    }

    /**
     * The profile to render with: the command line's, else the one the budget file names (a folder relative to
     * the file), else the default.
     */
    static Profile profileFor(String option, BudgetFile read, Path file) {
        if (option != null) {
            return Profile.named(option);
        }
        return FileLayout.of(facts(read, file)).profile();
    }

    /** A budget file as the library's {@link Disclosures} takes it. */
    static FactsFile facts(BudgetFile read, Path file) {
        return new FactsFile.OfBudget(file, read.budget(), read.profile());
    }

    /**
     * The warning that a budget is rendered in the default layout because neither the command line nor the file
     * names one (the file's {@code profile}, the workbook's 公开版式): rule {@code profile.default} at
     * {@code profile}, the default's name as what was found.
     *
     * @return the warning, or empty when a layout is named
     */
    static Optional<Finding> defaultLayout(String option, BudgetFile read, Path file) {
        return option != null
                ? Optional.empty()
                : FileLayout.of(facts(read, file)).warning();
    }

    /** A warning as printed, in the language of the run. */
    static String warning(Finding w) {
        return Lang.text(
                "render.warning",
                "warning: " + w,
                org.budgetdisclosure.model.validation.FindingText.line(w, Lang.current()));
    }

    /** A warning as printed, in the language of the run, naming a table as the layout prints it. */
    static String warning(Finding w, Profile layout, int year) {
        String line = FindingLines.line(w, layout, year);
        return Lang.text("render.warning", "warning: " + line, line);
    }

    /** The errors of a refused budget, a line each, in the language of the run. */
    private static String refusal(BudgetValidationException e, Profile layout, int year) {
        StringBuilder b = new StringBuilder();
        for (Finding f : e.report().errors()) {
            b.append(System.lineSeparator())
                    .append("  ")
                    .append(
                            layout == null
                                    ? org.budgetdisclosure.model.validation.FindingText.line(f, Lang.current())
                                    : FindingLines.line(f, layout, year));
        }
        return b.toString();
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
