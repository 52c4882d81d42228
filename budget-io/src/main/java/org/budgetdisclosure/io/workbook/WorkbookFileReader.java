package org.budgetdisclosure.io.workbook;

import java.nio.file.Path;
import java.util.Optional;
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
        return new BudgetFile(BudgetWorkbook.read(file), Optional.empty());
    }
}
