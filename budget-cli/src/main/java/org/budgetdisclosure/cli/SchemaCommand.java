package org.budgetdisclosure.cli;

import java.util.concurrent.Callable;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code budget schema}: prints the JSON Schema of budget files. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of budget files (format budget-disclosure/1), of final-accounts files "
                + "(--final-accounts), or of profiles (--profile).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", description = "Print the schema of profile descriptors (budget-profile/1).")
    private boolean profile;

    @Option(
            names = "--final-accounts",
            description = "Print the schema of final-accounts files (部门决算, " + "budget-disclosure-final-accounts/1).")
    private boolean finalAccounts;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(
                        profile
                                ? Profile.schema()
                                : finalAccounts
                                        ? org.budgetdisclosure.io.FinalAccountsFiles.schema()
                                        : BudgetFiles.schema());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
