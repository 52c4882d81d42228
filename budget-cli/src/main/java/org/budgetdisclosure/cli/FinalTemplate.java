package org.budgetdisclosure.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.io.workbook.FinalAccountsWorkbook;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.WholeFiles;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code budget template} for final accounts (部门决算): the final-accounts workbook (决算填报工作簿), empty for a
 * final-accounts layout, or filled with a final-accounts file given by {@code --from}.
 */
final class FinalTemplate {

    private FinalTemplate() {}

    static int write(CommandSpec spec, Profile layout, String named, Path from, Integer year, Path out)
            throws Exception {
        String profile = layout.isFinalAccounts() ? named : FinalDisclosure.DEFAULT_PROFILE;
        Optional<FinalAccounts> accounts = Optional.empty();
        if (from != null) {
            Optional<String> clash = InputProtection.clash(out, List.of(from));
            if (clash.isPresent()) {
                spec.commandLine().getErr().println("budget: " + clash.get());
                return UserErrors.UNUSABLE_INPUT;
            }
            try {
                accounts = Optional.of(FinalAccountsFiles.read(from));
            } catch (BudgetFileException e) {
                spec.commandLine().getErr().println("budget: " + Lang.fileError(e.getMessage()));
                return UserErrors.UNUSABLE_INPUT;
            }
            List<String> left = FinalAccountsWorkbook.leftOut(
                    accounts.get(), Catalogue.forYear(accounts.get().year()));
            if (!left.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("budget: warning: " + from + ": the workbook does not carry " + String.join(", ", left)
                                + "; these facts are left out of " + out);
            }
        }
        String digits = named.replaceAll("\\D", "");
        if (year == null && accounts.isEmpty() && digits.length() != 4) {
            spec.commandLine().getErr().println("budget: the profile " + named + " is of no one year: give --year");
            return UserErrors.UNUSABLE_INPUT;
        }
        int theYear = year != null ? year : accounts.map(FinalAccounts::year).orElseGet(() -> Integer.parseInt(digits));
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Optional<FinalAccounts> filled = accounts;
        WholeFiles.write(target, stream -> {
            if (filled.isPresent()) {
                FinalAccountsWorkbook.write(filled.get(), Optional.of(profile), Catalogue.forYear(theYear), stream);
            } else {
                FinalAccountsWorkbook.template(
                        Catalogue.forYear(theYear),
                        theYear,
                        layout.amountStyles().tables().unit(),
                        profile,
                        stream);
            }
        });
        spec.commandLine().getOut().println(Lang.text("template.wrote", "wrote " + out, out));
        return 0;
    }
}
