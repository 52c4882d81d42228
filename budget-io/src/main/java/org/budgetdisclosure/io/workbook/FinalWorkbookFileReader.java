package org.budgetdisclosure.io.workbook;

import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.FinalAccountsFileReader;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;

/** Reads the final-accounts workbook ({@code .xlsx} made by {@code budget template}) for FinalAccountsFiles. */
public final class FinalWorkbookFileReader implements FinalAccountsFileReader {

    @Override
    public boolean reads(Path file) {
        if (!BudgetWorkbook.isWorkbook(file)) {
            return false;
        }
        try {
            return FinalAccountsWorkbook.isFinalAccountsWorkbook(BudgetFiles.readInput(file));
        } catch (RuntimeException e) { // BudgetFileException too
            return false; // its reader (the budget's) reports why it cannot be read
        }
    }

    @Override
    public FinalAccounts read(Path file) throws BudgetFileException {
        return FinalAccountsWorkbook.read(file).accounts();
    }
}
