package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;

/**
 * The reference workbook with cells changed at random (text, numbers, dates, booleans, error values, formulas,
 * blanks, merges, hidden or removed sheets): always a budget or a located {@link BudgetFileException}, never
 * another exception.
 */
class WorkbookFuzzProperties {

    private static final byte[] REFERENCE;

    static {
        try {
            REFERENCE = WorkbookRoundTripProperties.bytes(
                    BudgetFiles.read(Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json")));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** One change: a sheet, a row, a column and what is put there. */
    record Change(int sheet, int row, int column, int kind, String text, double number) {}

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change = Combinators.combine(
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 16),
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.oneOf(
                                Arbitraries.strings().ofMaxLength(12),
                                Arbitraries.of(
                                        "12,3O0",
                                        "2150501 行政运行",
                                        "一般公共预算拨款收入",
                                        "上年结转结余",
                                        "-1",
                                        "1e400",
                                        "9999999999999999999999",
                                        "#REF!",
                                        "  ",
                                        "2021-13-45",
                                        "304",
                                        "事业",
                                        "元")),
                        Arbitraries.of(0.0, -1.5, 1e300, 12.345, 2022.0, 0.1 + 0.2, Double.NaN))
                .as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 100)
    void aChangedWorkbookIsReadOrExplained(@ForAll("changes") List<Change> changes) throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(REFERENCE))) {
            for (Change c : changes) {
                apply(wb, c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        try {
            assertThat(BudgetWorkbook.read(bytes, "fuzz.xlsx")).isNotNull();
        } catch (BudgetFileException e) {
            assertThat(e.getMessage())
                    .startsWith("fuzz.xlsx: ")
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception");
        }
    }

    private static void apply(XSSFWorkbook wb, Change c) {
        XSSFSheet sheet = wb.getSheetAt(c.sheet() % wb.getNumberOfSheets());
        XSSFRow row = sheet.getRow(c.row()) == null ? sheet.createRow(c.row()) : sheet.getRow(c.row());
        XSSFCell cell = row.getCell(c.column()) == null ? row.createCell(c.column()) : row.getCell(c.column());
        switch (c.kind()) {
            case 0, 1, 2 -> cell.setCellValue(c.text());
            case 3, 4 -> cell.setCellValue(c.number());
            case 5 -> cell.setBlank();
            case 6 -> cell.setCellErrorValue(FormulaError.REF);
            case 7 -> {
                row.removeCell(cell);
                row.createCell(c.column()).setCellFormula(c.row() % 2 == 0 ? "1/0" : "SUM(A1:A3)+" + c.column());
            }
            case 8 -> cell.setCellValue(java.time.LocalDate.of(2022, 1 + c.row() % 12, 1));
            case 9 -> {
                if (c.row() > 0) {
                    try {
                        sheet.addMergedRegion(new CellRangeAddress(c.row(), c.row() + 1, 0, 1));
                    } catch (IllegalStateException | IllegalArgumentException overlapping) {
                        // an overlapping merge: leave the sheet as it is
                    }
                }
            }
            default -> {
                if (c.row() % 3 == 0 && wb.getNumberOfSheets() > 1) {
                    wb.removeSheetAt(c.sheet() % wb.getNumberOfSheets());
                } else {
                    cell.setCellValue(c.row() % 2 == 0);
                }
            }
        }
    }
}
