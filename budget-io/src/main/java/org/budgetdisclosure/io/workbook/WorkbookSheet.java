package org.budgetdisclosure.io.workbook;

import java.util.List;
import java.util.Objects;

/**
 * A sheet (工作表) of the fill-in workbook, declared once: its name, its columns in order, how many rows below the
 * data its drop-down lists and number checks cover, and whether a workbook may lack it. The writer makes the sheet
 * from the declaration (header row, widths, cell formats, lists, checks) and the reader finds its columns by the
 * declared headers, so that what one writes the other reads.
 *
 * @param name the sheet's name, not blank
 * @param columns the columns in order, not empty
 * @param spareRows the rows below the data that the lists and checks still cover
 * @param formatted whether the columns carry a default cell format by their kind (not on 部门信息, whose value
 *     column holds values of every kind)
 * @param optional whether a workbook may lack the sheet (the sheets added after 名词解释: a missing one states none
 *     of its facts)
 */
record WorkbookSheet(String name, List<WorkbookColumn> columns, int spareRows, boolean formatted, boolean optional) {

    /** Validates and copies the fields. */
    WorkbookSheet {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()
                || columns.stream().map(WorkbookColumn::header).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("a sheet needs columns of distinct headers: " + name);
        }
    }

    /** @return the headers of the columns a workbook must have, in order */
    List<String> requiredHeaders() {
        return columns.stream()
                .filter(c -> !c.optional())
                .map(WorkbookColumn::header)
                .toList();
    }

    /** @return the headers of the columns a workbook may lack */
    List<String> optionalHeaders() {
        return columns.stream()
                .filter(WorkbookColumn::optional)
                .map(WorkbookColumn::header)
                .toList();
    }

    /**
     * @param header a column's header
     * @return its index (0 for column A)
     * @throws IllegalStateException if the sheet declares no such column: a writer or reader addressing a column
     *     the declaration lacks is a bug
     */
    int index(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalStateException("the sheet " + name + " declares no column " + header);
    }
}
