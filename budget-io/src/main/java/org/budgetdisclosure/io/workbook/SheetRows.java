package org.budgetdisclosure.io.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * A sheet of rows under a header row, its columns found by the headers its declaration ({@link WorkbookSheet})
 * names: a declared column missing is a problem at the header row; a column the declaration marks optional is read
 * when present.
 */
final class SheetRows {
    final ReadContext context;
    final XSSFSheet sheet;
    final String name;
    final Map<String, Integer> columns = new HashMap<>();
    final boolean complete;
    /** The ledger unit of the amounts of the sheet. */
    final MoneyUnit unit;

    /**
     * @param context the reading of the workbook
     * @param sheet the sheet
     * @param declared the sheet's declaration
     * @param unit the ledger unit of its amounts
     */
    SheetRows(ReadContext context, XSSFSheet sheet, WorkbookSheet declared, MoneyUnit unit) {
        this.context = context;
        this.sheet = sheet;
        this.name = sheet.getSheetName();
        this.unit = unit;
        List<String> headers = declared.requiredHeaders();
        XSSFRow head = sheet.getRow(0);
        Map<String, Integer> present = new LinkedHashMap<>();
        if (head != null) {
            for (int c = 0; c < head.getLastCellNum(); c++) {
                XSSFCell cell = head.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    present.putIfAbsent(cell.getStringCellValue().strip(), c);
                }
            }
        }
        boolean all = true;
        for (String h : headers) {
            Integer c = present.get(h);
            if (c == null) {
                all = false;
                context.problem(
                        name + "!1",
                        "the column " + h + " is missing (columns found: "
                                + String.join(", ", present.keySet()) + "); the header row must keep the names "
                                + String.join(", ", headers));
            } else {
                columns.put(h, c);
            }
        }
        complete = all;
        for (String optional : declared.optionalHeaders()) {
            if (present.containsKey(optional)) {
                columns.put(optional, present.get(optional));
            }
        }
    }

    /** @return the data rows that are not blank in every known column */
    List<SheetRow> rows() {
        List<SheetRow> rows = new ArrayList<>();
        if (!complete) {
            return rows;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            boolean blank = true;
            for (int c : columns.values()) {
                if (!(context.cells().value(row.getCell(c)) instanceof WorkbookCells.Blank)) {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                rows.add(new SheetRow(this, row));
            }
        }
        return rows;
    }
}
