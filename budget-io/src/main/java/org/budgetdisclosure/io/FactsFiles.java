package org.budgetdisclosure.io;

import java.nio.file.Path;
import org.budgetdisclosure.model.source.FactsFile;
import org.budgetdisclosure.model.source.FactsReader;

/**
 * The {@link FactsReader} of {@code budget-io}: a final-accounts file (JSON or YAML whose {@code format} says so) by
 * {@link FinalAccountsFiles}, any other file as a budget by {@link BudgetFiles} (JSON, YAML or a filled workbook).
 * Found through {@link java.util.ServiceLoader}; stateless.
 */
public final class FactsFiles implements FactsReader {

    /** For the service loader. */
    public FactsFiles() {
        // stateless
    }

    @Override
    public FactsFile read(Path file) {
        if (FinalAccountsFiles.isFinalAccounts(file)) {
            return new FactsFile.OfFinalAccounts(file, FinalAccountsFiles.read(file), java.util.Optional.empty());
        }
        BudgetFile read = BudgetFiles.readFile(file);
        return new FactsFile.OfBudget(file, read.budget(), read.profile());
    }
}
