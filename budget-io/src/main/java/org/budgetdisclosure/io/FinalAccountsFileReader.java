package org.budgetdisclosure.io;

import java.nio.file.Path;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;

/**
 * A reader of final-accounts files (部门决算) in a format of its own (the final-accounts workbook), found by
 * {@link FinalAccountsFiles} through {@link java.util.ServiceLoader}, as {@link BudgetFileReader} for budgets.
 * Implementations are stateless and thread-safe.
 */
public interface FinalAccountsFileReader {

    /**
     * @param file a file, not null
     * @return whether this reader reads it (by its name and content)
     */
    boolean reads(Path file);

    /**
     * @param file the file, not null
     * @return the final accounts, never null
     * @throws BudgetFileException if the file cannot be read as final accounts, saying where and why
     */
    FinalAccounts read(Path file) throws BudgetFileException;
}
