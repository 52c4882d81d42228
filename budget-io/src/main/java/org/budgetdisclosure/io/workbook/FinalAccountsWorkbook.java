package org.budgetdisclosure.io.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;

/**
 * The fill-in workbook of final accounts (决算填报工作簿): an Excel file with a sheet per kind of fact of
 * {@link FinalAccounts} (基本信息, 收入决算, 支出决算, 财政拨款结转结余, 基本支出经济分类, 经费划分, “三公”经费, 年初预算,
 * 上年数, 主要职能, 决算单位构成, 科目名称, 组成单位), headers in Chinese, drop-down lists and a sheet of
 * instructions, declared once (FinalWorkbookSheets) for the writer and the reader. It carries the facts of
 * accounts but their assets, and a department's units (组成单位, each line naming its unit in the column 单位);
 * {@link #leftOut(FinalAccounts, Catalogue)} names those it does not carry.
 */
public final class FinalAccountsWorkbook {

    private FinalAccountsWorkbook() {}

    /**
     * Final accounts read from a workbook, with where each fact came from.
     *
     * @param accounts the final accounts, not null
     * @param cells the sheet and cell of each fact path read, not null
     * @param profile the layout the workbook names (基本信息: 公开版式), not null
     */
    public record Read(FinalAccounts accounts, Map<String, String> cells, Optional<String> profile) {

        /** Validates and copies the fields. */
        public Read {
            Objects.requireNonNull(accounts, "accounts");
            cells = Map.copyOf(cells);
            Objects.requireNonNull(profile, "profile");
        }
    }

    /**
     * @param content the bytes of an XLSX workbook, not null
     * @return whether it is a final-accounts workbook (its 填表说明 begins with the final accounts' title)
     */
    public static boolean isFinalAccountsWorkbook(byte[] content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            XSSFSheet s = wb.getSheet(WorkbookLayout.INSTRUCTIONS);
            return s != null
                    && s.getRow(0) != null
                    && s.getRow(0).getCell(0) != null
                    && FinalWorkbookSheets.TITLE.equals(s.getRow(0).getCell(0).toString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads a filled final-accounts workbook.
     *
     * @param file the file, not null
     * @return the final accounts and where each fact stands, never null
     * @throws BudgetFileException naming the sheet and cell of every problem
     */
    public static Read read(Path file) throws BudgetFileException {
        return read(BudgetFiles.readInput(file), file.toString());
    }

    /**
     * Reads a filled final-accounts workbook from its bytes.
     *
     * @param content the bytes of an XLSX file, not null
     * @param name the file's name for messages, not null
     * @return the final accounts and where each fact stands, never null
     * @throws BudgetFileException naming the sheet and cell of every problem
     */
    public static Read read(byte[] content, String name) throws BudgetFileException {
        XSSFWorkbook wb = BudgetWorkbook.open(content, name);
        try (wb) {
            FinalWorkbookReader reader = new FinalWorkbookReader(name, wb);
            FinalAccounts accounts = reader.read();
            return new Read(accounts, reader.cells(), reader.profile());
        } catch (BudgetFileException e) {
            throw e; // already located: not wrapped again
        } catch (IOException | RuntimeException e) {
            throw new BudgetFileException(name, 0, 0, "", "cannot read the workbook: " + e);
        }
    }

    /**
     * Writes final accounts as a filled workbook.
     *
     * @param accounts the final accounts, not null
     * @param profile the layout the workbook names (公开版式), not null
     * @param catalogue the codes offered by the drop-down lists, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    public static void write(FinalAccounts accounts, Optional<String> profile, Catalogue catalogue, OutputStream out)
            throws IOException {
        FinalWorkbookWriter.write(Optional.of(accounts), profile, catalogue, accounts.year(), accounts.unit(), out);
    }

    /**
     * Writes the empty final-accounts workbook to fill: the year, the unit and the layout filled in, the standard
     * 经费划分, the rows of 上年数 labelled, the rest blank.
     *
     * @param catalogue the codes offered by the drop-down lists (the catalogue of the year), not null
     * @param year the year of the accounts, filled in
     * @param unit the 金额单位 filled in, not null
     * @param profile the layout filled in as 公开版式, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if the year is not a four-digit year from 1949
     */
    public static void template(Catalogue catalogue, int year, MoneyUnit unit, String profile, OutputStream out)
            throws IOException {
        FinalWorkbookWriter.write(Optional.empty(), Optional.of(profile), catalogue, year, unit, out);
    }

    /**
     * What a workbook of these accounts would not carry: written and read back, each fact (record component of
     * {@link FinalAccounts}) that does not read back equal is named ({@code units}, {@code procurement}).
     *
     * @param accounts the final accounts, not null
     * @param catalogue the catalogue of the drop-down lists, not null
     * @return the names of the facts left out, or a single line saying why the workbook does not read back
     * @throws IOException if writing fails
     */
    public static List<String> leftOut(FinalAccounts accounts, Catalogue catalogue) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(accounts, Optional.empty(), catalogue, out);
        FinalAccounts back;
        try {
            back = read(out.toByteArray(), "workbook").accounts();
        } catch (BudgetFileException e) {
            return List.of("the workbook does not read back: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> left = new ArrayList<>();
        for (RecordComponent c : FinalAccounts.class.getRecordComponents()) {
            try {
                if (!Objects.equals(
                        c.getAccessor().invoke(accounts), c.getAccessor().invoke(back))) {
                    left.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return left;
    }
}
