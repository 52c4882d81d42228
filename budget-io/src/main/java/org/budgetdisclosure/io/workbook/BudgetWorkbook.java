package org.budgetdisclosure.io.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;

/**
 * The fill-in workbook (预算填报工作簿): an Excel file (XLSX) a finance officer fills, with a sheet per kind of
 * fact (部门信息, 收支明细, 基本支出经济分类, 经费划分, “三公”经费, 上年数, 政府采购, 资产, 绩效项目, 绩效指标, 文字说明
 * by chapter, 机构设置, 科目名称, 名词解释; and, optional on reading, the facts of the Shanghai layouts: 公开事项,
 * 车辆及设备, 预算单位, 内设机构, 财政拨款支出主要内容, 项目经费情况说明, and a department's units: 组成单位 with the column
 * 单位 of the line sheets), headers in Chinese, a blank cell never read as zero, drop-down lists of sources, funds, types and the
 * codes of the catalogue, and a sheet of instructions (填表说明). It carries every fact a budget file
 * ({@code budget-disclosure/1}) carries; only the 用途 column of 收支明细 is the preparer's own note, not read.
 *
 * <p>Reading locates every problem as sheet and cell ({@code 收支明细!E14: 金额 must be a number, found
 * "12,3O0"}) and reports all of them at once, never a stack trace: a missing or renamed sheet, a hidden sheet that
 * is not the workbook's, merged cells, a missing column, text or a date in a number cell, an error value such as
 * {@code #REF!}, a code that is not one. Formulas are read as their values (stored, or evaluated when the file
 * stores none); numbers are read as the spreadsheet shows them (15 significant digits) and amounts in text cells
 * as exact decimals. A visible sheet of the officer's own (workings for formulas) is left alone.
 *
 * <p>Writing puts amounts in number cells where a spreadsheet number holds them exactly, otherwise as exact decimal
 * text, so that any budget written and read back is equal to itself. Same budget, same bytes. Thread-safe.
 */
public final class BudgetWorkbook {

    /** The most rows a sheet may hold (Excel 97's limit): more are refused before the workbook is built. */
    public static final int MAX_ROWS = 65_536;

    /**
     * The most cells all sheets together may hold (40,000 lines of ten columns): more are refused before the
     * workbook is built, which takes about 1 KB of memory a cell.
     */
    public static final int MAX_CELLS = 400_000;

    private BudgetWorkbook() {}

    /**
     * @param file a file name
     * @return whether the name is that of a workbook ({@code .xlsx}, any case)
     */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString();
        return name.regionMatches(true, name.length() - 5, ".xlsx", 0, 5);
    }

    /**
     * Reads a filled workbook.
     *
     * @param file the file, not null
     * @return the budget, never null
     * @throws BudgetFileException naming the sheet and cell of every problem
     */
    public static Budget read(Path file) throws BudgetFileException {
        return readLocated(file).budget();
    }

    /**
     * Reads a filled workbook, keeping where each fact stands, to show validation findings at their cells.
     *
     * @param file the file, not null
     * @return the budget and the cell of each fact path, never null
     * @throws BudgetFileException naming the sheet and cell of every problem
     */
    public static WorkbookBudget readLocated(Path file) throws BudgetFileException {
        return readLocated(BudgetFiles.readInput(file), file.toString());
    }

    /**
     * Reads a filled workbook from its bytes.
     *
     * @param content the bytes of an XLSX file, not null
     * @param name the file's name for messages, not null
     * @return the budget, never null
     * @throws BudgetFileException naming the sheet and cell of every problem
     */
    public static Budget read(byte[] content, String name) throws BudgetFileException {
        return readLocated(content, name).budget();
    }

    /**
     * Reads a filled workbook from its bytes, keeping where each fact stands.
     *
     * @param content the bytes of an XLSX file, not null
     * @param name the file's name for messages, not null
     * @return the budget and the cell of each fact path, never null
     * @throws BudgetFileException naming the sheet and cell of every problem
     */
    public static WorkbookBudget readLocated(byte[] content, String name) throws BudgetFileException {
        XSSFWorkbook wb = open(content, name);
        try (wb) {
            WorkbookReader reader = new WorkbookReader(name, wb);
            Budget budget = reader.read();
            return new WorkbookBudget(budget, reader.cells(), reader.profile());
        } catch (IOException e) {
            throw new BudgetFileException(name, 0, 0, "", "cannot read the workbook: " + e.getMessage());
        } catch (BudgetFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // a workbook POI could open but not walk: still a clear message, not a stack trace
            throw new BudgetFileException(name, 0, 0, "", "cannot read the workbook: " + e);
        }
    }

    /**
     * Writes a budget as a filled workbook.
     *
     * @param budget the budget, not null
     * @param catalogue the codes offered by the drop-down lists, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if a text is longer than a cell holds (32,767 characters), naming it
     */
    public static void write(Budget budget, Catalogue catalogue, OutputStream out) throws IOException {
        write(budget, Optional.empty(), catalogue, out);
    }

    /**
     * Writes a budget as a filled workbook naming the layout it is to be published in (公开事项: 公开版式), so that
     * {@code render} of the workbook uses it as it would the budget file's.
     *
     * @param budget the budget, not null
     * @param profile the profile the budget file names (a bundled profile's name or a folder), not null
     * @param catalogue the codes offered by the drop-down lists, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException as {@link #write(Budget, Catalogue, OutputStream)}
     */
    public static void write(Budget budget, Optional<String> profile, Catalogue catalogue, OutputStream out)
            throws IOException {
        WorkbookWriter.write(Optional.of(budget), profile, catalogue, budget.year(), out);
    }

    /**
     * Writes a budget as a filled workbook for a layout that publishes 因公出国（境）费 as its two items or as one:
     * as {@link #write(Budget, Optional, Catalogue, OutputStream)}, the “三公” items offered as the layout publishes
     * them (one item, 因公出国（境）费, read as 其他因公出国（境）费, on “三公”经费 and 上年数), unless the budget states
     * 教学科研人员因公出国（境）费.
     *
     * @param budget the budget, not null
     * @param profile the profile the budget file names, not null
     * @param catalogue the codes offered by the drop-down lists, not null
     * @param splitOverseas whether the layout publishes 因公出国（境）费 as its two items
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    public static void write(
            Budget budget, Optional<String> profile, Catalogue catalogue, boolean splitOverseas, OutputStream out)
            throws IOException {
        WorkbookWriter.write(Optional.of(budget), profile, catalogue, budget.year(), budget.unit(), splitOverseas, out);
    }

    /**
     * Writes the empty workbook to fill (the template): the year and the unit filled in, the standard 经费划分 and
     * 名词解释, the rest blank.
     *
     * @param catalogue the codes offered by the drop-down lists (the catalogue of the year), not null
     * @param year the budget year, filled in
     * @throws IllegalArgumentException if the year is not a four-digit year from 1949 (the reader's bound)
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    public static void template(Catalogue catalogue, int year, OutputStream out) throws IOException {
        WorkbookWriter.write(Optional.empty(), Optional.empty(), catalogue, year, out);
    }

    /**
     * Writes the empty workbook to fill for a layout: as {@link #template(Catalogue, int, OutputStream)}, with the
     * 金额单位 set to the layout's ledger unit (元 for a layout whose tables print 元) and 公开版式 filled with the
     * layout's name, so that the workbook renders in the layout it was made for.
     *
     * @param catalogue the codes offered by the drop-down lists (the catalogue of the year), not null
     * @param year the budget year, filled in
     * @param unit the 金额单位 filled in, not null
     * @param profile the layout filled in as 公开版式, not null
     * @param splitOverseas whether the layout publishes 因公出国（境）费 as its two items (教学科研人员, 其他) or as one
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    public static void template(
            Catalogue catalogue,
            int year,
            org.budgetdisclosure.model.facts.MoneyUnit unit,
            String profile,
            boolean splitOverseas,
            OutputStream out)
            throws IOException {
        WorkbookWriter.write(Optional.empty(), Optional.of(profile), catalogue, year, unit, splitOverseas, out);
    }

    /**
     * What a workbook of this budget would not carry: the budget is written and read back, and each fact that does
     * not read back equal is named by its path ({@code narrative.priorThreePublic}). Empty when the workbook carries
     * the whole budget, as it does every budget that states last year's “三公” at most once ({@code priorYear} or
     * {@code narrative.priorThreePublic}) and whose units (if any) state only their lines, basic expenditure, “三公”
     * and 机关运行经费.
     *
     * @param budget the budget, not null
     * @param catalogue the catalogue of the drop-down lists, not null
     * @return the paths of the facts left out, or a single line saying why the workbook does not read back; never
     *     null
     * @throws IOException if writing fails
     */
    public static java.util.List<String> leftOut(Budget budget, Catalogue catalogue) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(budget, catalogue, out);
        Budget back;
        try {
            back = read(out.toByteArray(), "workbook");
        } catch (BudgetFileException e) {
            return java.util.List.of("the workbook does not read back: " + firstLine(e.getMessage()));
        }
        java.util.List<String> left = new java.util.ArrayList<>();
        differences("", budget, back, left);
        return left;
    }

    /** Names the components of two records of the same type that differ, looking into narrative and explanations. */
    private static void differences(String prefix, Record a, Record b, java.util.List<String> left) {
        for (java.lang.reflect.RecordComponent c : a.getClass().getRecordComponents()) {
            Object x;
            Object y;
            try {
                x = c.getAccessor().invoke(a);
                y = c.getAccessor().invoke(b);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (java.util.Objects.equals(x, y)) {
                continue;
            }
            if (x instanceof org.budgetdisclosure.model.facts.Narrative
                    || x instanceof org.budgetdisclosure.model.facts.Explanations) {
                differences(prefix + c.getName() + ".", (Record) x, (Record) y, left);
            } else if (c.getName().equals("units")
                    && ((java.util.List<?>) x).size() == ((java.util.List<?>) y).size()) {
                java.util.List<?> xs = (java.util.List<?>) x;
                java.util.List<?> ys = (java.util.List<?>) y;
                for (int i = 0; i < xs.size(); i++) {
                    differences(prefix + "units[" + i + "].", (Record) xs.get(i), (Record) ys.get(i), left);
                }
            } else {
                left.add(prefix + c.getName());
            }
        }
    }

    /**
     * Opens the bytes of a workbook, budget or final accounts alike: refused, located at the file, when empty, over
     * the bounds ({@link WorkbookBounds}) or not a workbook POI can open (its words, not its class names).
     *
     * @param content the bytes of an XLSX file, not null
     * @param name the file's name for messages, not null
     * @return the open workbook, for the caller to close
     * @throws BudgetFileException if it cannot be opened
     */
    static XSSFWorkbook open(byte[] content, String name) throws BudgetFileException {
        if (content.length == 0) {
            throw new BudgetFileException(
                    name,
                    0,
                    0,
                    "",
                    "the file is empty; expected an Excel workbook (.xlsx) " + "made with `budget template`");
        }
        WorkbookBounds.check(content, name);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // POI quotes the exception it wraps ("InvalidFormatException: Can't read content types part !"): only the
            // words
            throw new BudgetFileException(
                    name,
                    0,
                    0,
                    "",
                    "cannot be read as an Excel workbook (.xlsx): "
                            + firstLine(e.getMessage())
                                    .replaceAll(
                                            "(?:\\b[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ", "")
                            + "; save it from Excel or WPS as “Excel 工作簿 (*.xlsx)”");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "not a workbook" : message.lines().findFirst().orElse("not a workbook");
    }
}
