package org.budgetdisclosure.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.io.workbook.BudgetWorkbook;
import org.budgetdisclosure.io.workbook.WorkbookBudget;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.FindingText;
import org.budgetdisclosure.model.validation.RequiredFacts;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget validate FILE…}: every finding of every file. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates budget files and final-accounts files (部门决算, format "
                    + "budget-disclosure-final-accounts/1) and prints every finding: severity, rule, location, expected, "
                    + "actual.",
            "Exit status: 0 when no file has errors (warnings allowed), 1 when a file has errors, "
                    + "2 when a file cannot be read as a budget."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            descriptionKey = "files",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Budget files (.json, .yaml, .yml, or filled .xlsx workbooks) or final-accounts files "
                    + "(.json, .yaml, .yml).")
    private List<Path> files;

    @Option(names = "--json", description = "Print the findings as JSON.")
    private boolean json;

    @Option(
            names = {"-p", "--profile"},
            paramLabel = "NAME|DIR",
            description = "The layout the budget is for: its required facts (requires:) are checked too. "
                    + "Default: the profile the budget file names, else hebei-2022.")
    private String profile;

    @Option(
            names = "--unit-profile",
            paramLabel = "NAME|DIR",
            description = "The layout of the units' documents (render --units --unit-profile): the facts it requires "
                    + "are checked on every unit of a department too, each finding at its unit (units[1]…).")
    private String unitProfile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int status = 0;
        List<Map<String, Object>> results = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            try {
                // final accounts (部门决算) are told from budgets by their format and checked by their own rules
                boolean finalAccounts = FinalAccountsFiles.isFinalAccounts(file);
                // a workbook's findings are also shown at their sheet and cell
                WorkbookBudget located =
                        !finalAccounts && BudgetWorkbook.isWorkbook(file) ? BudgetWorkbook.readLocated(file) : null;
                ValidationReport report;
                org.budgetdisclosure.io.BudgetFile read = null;
                Profile layout = null;
                if (finalAccounts) {
                    result.put("kind", "final-accounts");
                    org.budgetdisclosure.model.finalaccounts.FinalAccounts accounts = FinalAccountsFiles.read(file);
                    report = FinalAccountsValidator.validate(accounts);
                    if (!report.hasErrors()) {
                        // what render would refuse beyond the rules (text limits, glyphs, …), as for budgets
                        Profile finalLayout = Profile.named(
                                profile == null
                                        ? org.budgetdisclosure.render.FinalDisclosure.DEFAULT_PROFILE
                                        : profile);
                        if (finalLayout.isFinalAccounts()) {
                            report = RenderChecks.withRenderChecks(
                                    report,
                                    () -> org.budgetdisclosure.render.FinalDisclosure.of(
                                            accounts,
                                            org.budgetdisclosure.render.RenderOptions.defaults()
                                                    .withProfile(finalLayout)));
                        }
                    }
                } else {
                    read = located != null
                            ? new org.budgetdisclosure.io.BudgetFile(located.budget(), located.profile())
                            : BudgetFiles.readFile(file);
                    // the facts the layout prints must be stated: profile.requires, as render checks them
                    layout = RenderCommand.profileFor(profile, read, file);
                    report = Validator.standard()
                            .withRule(layout.requirements())
                            .check(org.budgetdisclosure.model.statements.Statements.of(
                                    read.budget(),
                                    org.budgetdisclosure.model.classification.Catalogue.forYear(
                                            read.budget().year())));
                    if (!report.hasErrors()) {
                        // what render would refuse beyond the rules (text limits, a character no font of the layout
                        // has, a table too wide, a template that fails) is an error here too: the two commands agree
                        report = RenderChecks.withRenderChecks(report, read.budget(), layout);
                    }
                    // a file naming no layout is checked and rendered in the default: say which
                    java.util.Optional<Finding> unnamed = RenderCommand.defaultLayout(profile, read, file);
                    if (unnamed.isPresent()) {
                        List<Finding> all = new ArrayList<>(report.findings());
                        all.add(unnamed.get());
                        report = new ValidationReport(all);
                    }
                }
                if (unitProfile != null && !finalAccounts) {
                    Profile units = Profile.named(unitProfile);
                    List<Finding> all = new ArrayList<>(report.findings());
                    all.addAll(new RequiredFacts(units.name(), units.requires()).checkUnits(read.budget()));
                    report = new ValidationReport(all);
                }
                result.put("status", report.hasErrors() ? "invalid" : "valid");
                result.put("errors", report.errors().size());
                result.put("warnings", report.warnings().size());
                result.put(
                        "findings",
                        report.findings().stream()
                                .map(f -> {
                                    Map<String, Object> m = toMap(f);
                                    if (located != null) {
                                        located.cell(f.location()).ifPresent(cell -> m.put("cell", cell));
                                    }
                                    return m;
                                })
                                .toList());
                status = Math.max(status, report.hasErrors() ? 1 : 0);
                if (!json) {
                    String kind = finalAccounts ? ".final" : "";
                    out.println(Lang.text(
                            (report.hasErrors() ? "validate.invalid" : "validate.valid") + kind,
                            file + ": " + (report.hasErrors() ? "INVALID" : "valid") + " ("
                                    + (finalAccounts ? "final accounts, " : "")
                                    + report.errors().size()
                                    + " error(s), " + report.warnings().size() + " warning(s))",
                            file,
                            report.errors().size(),
                            report.warnings().size()));
                    for (Finding f : report.findings()) {
                        out.println("  "
                                + (layout == null
                                        ? FindingText.line(f, Lang.current())
                                        : FindingLines.line(
                                                f, layout, read.budget().year()))
                                + (located == null
                                        ? ""
                                        : located.cell(f.location())
                                                .map(cell -> " [" + cell + "]")
                                                .orElse("")));
                    }
                }
            } catch (BudgetFileException e) {
                result.put("status", "unusable");
                result.put("error", e.getMessage());
                result.put("line", e.line());
                result.put("column", e.column());
                result.put("path", e.path());
                status = 2;
                if (!json) {
                    out.println(Lang.fileError(e.getMessage()));
                }
            }
            results.add(result);
        }
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(results));
        }
        out.flush();
        return status;
    }

    static Map<String, Object> toMap(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name());
        m.put("rule", f.rule());
        m.put("location", f.location());
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("message", f.message());
        return m;
    }
}
