package org.budgetdisclosure.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.budgetdisclosure.io.BudgetFile;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget render FILE}: the disclosure of one budget file. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders the disclosure of a budget file as PDF, DOCX and HTML.",
                "A budget with validation errors is refused, listing them (exit 1); "
                        + "a file that cannot be read exits 2. Files are written whole or not at all."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The budget file (.json, .yaml, .yml, or a filled .xlsx workbook).")
    private Path file;

    @Mixin
    private OutputOptions output;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|DIR",
            description = "The layout: a bundled profile's name (see `budget profiles`) or a profile folder. "
                    + "Default: the profile the budget file names, else hebei-2022.")
    private String profile;

    @Option(names = "--units", description = "Also renders the document of every unit (单位预算) of a department "
            + "with units: NAME-CODE.pdf beside the department's NAME.pdf (a unit without code by its name). "
            + "All files are written, or none.")
    private boolean units;

    @Option(names = "--unit-profile", paramLabel = "NAME|DIR",
            description = "The layout of the units' documents with --units (default: the one the department's profile "
                    + "names in units.profile, else the department's).")
    private String unitProfile;

    @Override
    public Integer call() throws Exception {
        if (unitProfile != null && !units) {
            spec.commandLine().getErr().println("budget: --unit-profile is the layout of the units' documents, which "
                    + "only --units writes: add --units, or leave --unit-profile out");
            return UserErrors.UNUSABLE_INPUT;
        }
        try {
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
            Profile layout = profileFor(profile, read, file);
            if (layout.isFinalAccounts()) {
                spec.commandLine().getErr().println("budget: " + file + ": the profile " + layout.name() + " lays out "
                        + "final accounts (部门决算), not a budget: choose a budget layout (see `budget profiles`)");
                return UserErrors.UNUSABLE_INPUT;
            }
            Disclosure disclosure = Disclosure.of(read.budget(),
                    RenderOptions.defaults().withProfile(layout));
            for (Finding warning : disclosure.validation().warnings()) {
                spec.commandLine().getErr().println("warning: " + warning);
            }
            for (Path written : disclosure.writeTo(output.out, baseName(file), output.streams, output.formats())) {
                spec.commandLine().getOut().println("wrote " + written);
            }
            return 0;
        } catch (BudgetFileException e) {
            spec.commandLine().getErr().println("budget: " + e.getMessage());
            return UserErrors.UNUSABLE_INPUT;
        } catch (BudgetValidationException e) {
            spec.commandLine().getErr().println("budget: " + file + ": refused: " + e.getMessage());
            return UserErrors.INVALID_BUDGET;
        }
    }

    /**
     * Final accounts (部门决算): rendered in the final-accounts layout {@code --profile} names, else the default one
     * ({@link FinalDisclosure#DEFAULT_PROFILE}).
     */
    private int renderFinalAccounts() throws Exception {
        if (units) {
            spec.commandLine().getErr().println("budget: " + file + ": --units does not apply to final accounts "
                    + "(部门决算): their document is the department's");
            return UserErrors.UNUSABLE_INPUT;
        }
        Profile layout = Profile.named(profile == null ? FinalDisclosure.DEFAULT_PROFILE : profile);
        if (!layout.isFinalAccounts()) {
            spec.commandLine().getErr().println("budget: " + file + ": this is a final-accounts file (部门决算) and the "
                    + "profile " + layout.name() + " lays out a budget: choose a final-accounts layout such as "
                    + FinalDisclosure.DEFAULT_PROFILE + " (see `budget profiles`)");
            return UserErrors.UNUSABLE_INPUT;
        }
        FinalDisclosure disclosure = FinalDisclosure.of(org.budgetdisclosure.io.FinalAccountsFiles.read(file),
                RenderOptions.defaults().withProfile(layout));
        for (Finding warning : disclosure.validation().warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        for (Path written : disclosure.writeTo(output.out, baseName(file), output.streams, output.formats())) {
            spec.commandLine().getOut().println("wrote " + written);
        }
        return 0;
    }

    /** {@code --units}: the department's files and its units', all or none. */
    private int renderUnits() throws Exception {
        BudgetFile read = BudgetFiles.readFile(file);
        Profile layout = profileFor(profile, read, file);
        Profile unitLayout = unitProfile == null ? layout : Profile.named(unitProfile);
        java.util.Map<String, Disclosure> documents = UnitOutputs.documents(read.budget(),
                RenderOptions.defaults().withProfile(layout), RenderOptions.defaults().withProfile(unitLayout),
                baseName(file));
        Optional<String> clash = UnitOutputs.clash(output.out, documents.keySet(), output.formats(), List.of(file));
        if (clash.isPresent()) {
            spec.commandLine().getErr().println("budget: " + clash.get());
            return UserErrors.UNUSABLE_INPUT;
        }
        // the department's findings hold its units', located at units[i]
        for (Finding warning : documents.values().iterator().next().validation().warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        for (Path written : UnitOutputs.write(documents, output.out, output.streams, output.formats())) {
            spec.commandLine().getOut().println("wrote " + written);
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
        return read.profile().map(p -> Profile.namedByBudgetFile(p, file.toAbsolutePath().getParent()))
                .orElse(Profile.hebei2022());
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
