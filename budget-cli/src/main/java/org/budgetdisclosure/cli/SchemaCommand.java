package org.budgetdisclosure.cli;

import java.util.concurrent.Callable;
import org.budgetdisclosure.io.BudgetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code budget schema}: prints the JSON Schema of budget files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of budget files (format budget-disclosure/1).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(BudgetFiles.schema());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
