package org.budgetdisclosure.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;

/**
 * {@code budget batch} given final accounts (部门决算): the file rendered as {@code budget render} renders it, in
 * the final-accounts layout {@code --profile} names (a budget layout there is the budgets': final accounts keep
 * their default, {@value FinalDisclosure#DEFAULT_PROFILE}); with {@code --units}, the units' documents (单位决算)
 * too, all or none, as {@code render --units}. Every failure is the file's outcome and never stops the others.
 */
final class BatchFinalAccounts {

    private BatchFinalAccounts() {}

    /**
     * @param file the final-accounts file
     * @param inputs every input of the run (never overwritten)
     * @param chosen the layout of the command line, or null
     * @param chosenForUnits the units' layout of the command line ({@code --unit-profile}), or null
     * @param units whether the units' documents are written too
     * @param output where and in which formats
     * @param claimed the output names of the run and the input each is of
     * @return what became of the file, never null
     */
    static BatchCommand.Outcome render(
            Path file,
            List<Path> inputs,
            Profile chosen,
            Profile chosenForUnits,
            boolean units,
            OutputOptions output,
            ConcurrentMap<String, Path> claimed) {
        try {
            Profile layout = chosen != null && chosen.isFinalAccounts()
                    ? chosen
                    : Profile.named(FinalDisclosure.DEFAULT_PROFILE);
            FinalAccounts accounts = FinalAccountsFiles.read(file);
            String name = RenderCommand.baseName(file);
            RenderOptions options = RenderOptions.defaults().withProfile(layout);
            Map<String, FinalDisclosure> made = units && accounts.hasUnits()
                    ? UnitOutputs.finalDocuments(
                            accounts,
                            options,
                            chosenForUnits != null && chosenForUnits.isFinalAccounts()
                                    ? options.withProfile(chosenForUnits)
                                    : options,
                            name)
                    : Map.of(name, FinalDisclosure.of(accounts, options));
            Optional<String> clash = UnitOutputs.clash(output.out, made.keySet(), output.formats(), inputs);
            if (clash.isPresent()) {
                return new BatchCommand.Outcome(file, false, clash.get(), true);
            }
            for (String written : made.keySet()) {
                Path other = claimed.putIfAbsent(written, file);
                if (other != null && !other.equals(file)) {
                    return new BatchCommand.Outcome(
                            file,
                            false,
                            "its output " + written + " would have the same " + "name as that of " + other
                                    + "; rename one of them",
                            true);
                }
            }
            UnitOutputs.write(made, output, FinalDisclosure::write);
            return new BatchCommand.Outcome(file, true, "", true);
        } catch (BudgetValidationException e) {
            StringBuilder problem = new StringBuilder(
                    "final accounts (部门决算) with " + e.report().errors().size() + " error(s):");
            e.report().errors().forEach(f -> problem.append('\n').append(f));
            return new BatchCommand.Outcome(file, false, problem.toString(), true);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            return new BatchCommand.Outcome(file, false, UserErrors.describe(e), true);
        }
    }
}
