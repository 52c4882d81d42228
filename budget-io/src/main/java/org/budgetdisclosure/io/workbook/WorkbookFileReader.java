package org.budgetdisclosure.io.workbook;

import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFile;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFileReader;

/** Reads the fill-in workbook ({@code .xlsx}) as a budget file, for {@code BudgetFiles}. */
public final class WorkbookFileReader implements BudgetFileReader {

    @Override
    public boolean reads(Path file) {
        return BudgetWorkbook.isWorkbook(file);
    }

    @Override
    public BudgetFile read(Path file) throws BudgetFileException {
        WorkbookBudget read = BudgetWorkbook.readLocated(file);
        return new BudgetFile(read.budget(), read.profile());
    }

    @Override
    public BudgetFile read(byte[] content, String name) throws BudgetFileException {
        WorkbookBudget read = BudgetWorkbook.readLocated(content, name);
        return new BudgetFile(read.budget(), read.profile());
    }
}
