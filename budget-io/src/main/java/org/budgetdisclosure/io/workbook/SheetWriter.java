package org.budgetdisclosure.io.workbook;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.model.facts.Amount;

/**
 * Writes sheets as their declaration ({@link WorkbookSheet}) says: the header row, the widths, each column's cell
 * format by its kind, the drop-down lists and number checks; and the cells of a row, addressed by their column's
 * header. One per workbook written.
 */
final class SheetWriter {

    /** The most characters Excel keeps in a cell. */
    static final int MAX_CELL_TEXT = 32_767;

    private static final Pattern ESCAPE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    final XSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle amount;
    private final CellStyle number;
    /** The style of a row's label (bold). */
    final CellStyle label;

    /** A quantity: written as a number when a spreadsheet number holds it with its scale, else as exact text. */
    record Quantity(BigDecimal value) {}

    /** @param wb the workbook written */
    SheetWriter(XSSFWorkbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        Font plain = wb.createFont();
        plain.setFontName("宋体");
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setLocked(true);
        label = wb.createCellStyle();
        label.setFont(bold);
        text = wb.createCellStyle();
        text.setFont(plain);
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        amount = wb.createCellStyle();
        amount.setFont(plain);
        amount.setDataFormat(wb.createDataFormat().getFormat("0.00####"));
        number = wb.createCellStyle();
        number.setFont(plain);
        number.setDataFormat(wb.createDataFormat().getFormat("0.######"));
    }

    /**
     * Makes a declared sheet with its header row of the declared columns a workbook must have (an optional column
     * is added by {@link #column(XSSFSheet, WorkbookSheet, String)} where it is written).
     */
    XSSFSheet sheet(WorkbookSheet declared) {
        XSSFSheet s = wb.createSheet(declared.name());
        XSSFRow row = s.createRow(0);
        for (int i = 0; i < declared.columns().size(); i++) {
            if (!declared.columns().get(i).optional()) {
                header(s, declared, row, i);
            }
        }
        s.createFreezePane(0, 1);
        return s;
    }

    /** Adds a declared optional column's header (and format) to a sheet. */
    void column(XSSFSheet s, WorkbookSheet declared, String column) {
        header(s, declared, s.getRow(0), declared.index(column));
    }

    private void header(XSSFSheet s, WorkbookSheet declared, XSSFRow row, int i) {
        WorkbookColumn column = declared.columns().get(i);
        XSSFCell c = row.createCell(i);
        c.setCellValue(column.header());
        c.setCellStyle(header);
        s.setColumnWidth(i, column.width() * 256);
        if (declared.formatted()) {
            // typed values keep their kind: codes and words as text (304 stays 304, 0101 stays 0101)
            s.setDefaultColumnStyle(
                    i,
                    switch (column.kind()) {
                        case AMOUNT -> amount;
                        case NUMBER -> number;
                        case TEXT -> text;
                    });
        }
    }

    /**
     * Adds the declared drop-down lists and number checks of a sheet's columns, in column order, over the rows of
     * data and the sheet's spare rows below them.
     *
     * @param dataRows the rows of data written below the header
     */
    void checks(XSSFSheet s, WorkbookSheet declared, int dataRows) {
        int last = dataRows + declared.spareRows();
        for (int i = 0; i < declared.columns().size(); i++) {
            WorkbookColumn column = declared.columns().get(i);
            if (column.list().isPresent()) {
                list(s, 1, last, i, column.list().get());
            } else if (column.kind() == WorkbookColumn.Kind.AMOUNT) {
                decimal(s, 1, last, i);
            }
        }
    }

    /** A row being written, its cells addressed by their column's header. */
    final class RowOut {
        private final WorkbookSheet declared;
        private final XSSFRow row;

        private RowOut(WorkbookSheet declared, XSSFRow row) {
            this.declared = declared;
            this.row = row;
        }

        /**
         * @param column a declared column's header
         * @param value the value: an {@link Amount}, a {@link Quantity}, an Integer or a text; null writes nothing
         * @return this row
         */
        RowOut set(String column, Object value) {
            value(row, declared.index(column), value);
            return this;
        }

        /** Writes a label (bold) in a column. @return this row */
        RowOut label(String column, String text) {
            XSSFCell l = row.createCell(declared.index(column));
            l.setCellValue(text);
            l.setCellStyle(label);
            return this;
        }
    }

    /** @return row {@code r} (1 for the first below the header) of a declared sheet, made */
    RowOut row(XSSFSheet s, WorkbookSheet declared, int r) {
        return new RowOut(declared, s.createRow(r));
    }

    /** @return row {@code r} of a declared sheet, made if it is not yet */
    RowOut existingRow(XSSFSheet s, WorkbookSheet declared, int r) {
        return new RowOut(declared, s.getRow(r) == null ? s.createRow(r) : s.getRow(r));
    }

    void value(XSSFRow row, int c, Object value) {
        if (value == null) {
            return;
        }
        XSSFCell cell = row.createCell(c);
        if (value instanceof Amount a) {
            exact(cell, a.value(), amount, false);
        } else if (value instanceof Quantity q) {
            exact(cell, q.value(), number, true);
        } else if (value instanceof Integer i) {
            cell.setCellValue(i);
            cell.setCellStyle(number);
        } else {
            String t = escaped(value.toString());
            if (t.length() > MAX_CELL_TEXT) {
                throw new IllegalArgumentException("a text of " + t.length() + " characters does not fit in a cell of "
                        + "a workbook (at most " + MAX_CELL_TEXT + "): "
                        + row.getSheet().getSheetName() + "!"
                        + new CellReference(row.getRowNum(), c).formatAsString(false));
            }
            cell.setCellValue(t);
            cell.setCellStyle(text);
        }
    }

    /**
     * A text as a cell carries it: XML cannot hold control characters (POI would write {@code ?}), so they go as
     * Excel writes them, {@code _x0001_}, and a text that already holds such a sequence keeps it by escaping its
     * underscore ({@code _x005F_}); POI's reader (and Excel's) decodes both.
     */
    static String escaped(String text) {
        boolean plain = text.indexOf("_x") < 0
                && text.codePoints()
                        .noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF);
        if (plain) {
            return text;
        }
        String kept = ESCAPE.matcher(text).replaceAll(m -> "_x005F" + Matcher.quoteReplacement(m.group()));
        StringBuilder s = new StringBuilder(kept.length() + 16);
        kept.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                s.append(String.format(java.util.Locale.ROOT, "_x%04X_", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    /** A number cell when a spreadsheet number holds the value exactly (and, if asked, its scale), else text. */
    private void exact(XSSFCell cell, BigDecimal value, CellStyle style, boolean keepScale) {
        BigDecimal stripped = value.stripTrailingZeros();
        boolean fits = stripped.precision() <= 15
                && Math.abs(stripped.scale()) <= 30
                && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0
                && (!keepScale || value.scale() == Math.max(0, stripped.scale()));
        if (fits) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        } else {
            cell.setCellValue(value.toPlainString());
            cell.setCellStyle(text);
        }
    }

    /** A drop-down list of 代码表 on a range of a column; a value outside it warns, not refuses. */
    void list(XSSFSheet s, int firstRow, int lastRow, int column, String list) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidationConstraint c = h.createFormulaListConstraint(listName(list));
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("不在列表中", "请从下拉列表中选择" + list + "；确需填写列表之外的值，请点“是”。");
        s.addValidationData(v);
    }

    private void decimal(XSSFSheet s, int firstRow, int lastRow, int column) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidationConstraint c = h.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "-999999999999", "999999999999");
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.createErrorBox("金额应为数字", "请填写数字（不带逗号和单位），如 12.30。");
        s.addValidationData(v);
    }

    /** @return the workbook name of a drop-down list, such as 列表_资金来源 */
    static String listName(String list) {
        return "列表_" + list.replace("“", "").replace("”", "");
    }

    /**
     * Fills the sheet of drop-down values (代码表), one column a list headed by its name, each list also a workbook
     * name ({@link #listName(String)}) that the lists of the columns refer to.
     *
     * @param s the sheet, made
     * @param lists the values of each list by its name, in the order of the columns
     */
    void lists(XSSFSheet s, java.util.Map<String, java.util.List<String>> lists) {
        int column = 0;
        for (java.util.Map.Entry<String, java.util.List<String>> e : lists.entrySet()) {
            XSSFRow head = s.getRow(0) == null ? s.createRow(0) : s.getRow(0);
            head.createCell(column).setCellValue(e.getKey());
            java.util.List<String> values = e.getValue().isEmpty() ? java.util.List.of("") : e.getValue();
            for (int i = 0; i < values.size(); i++) {
                XSSFRow row = s.getRow(i + 1) == null ? s.createRow(i + 1) : s.getRow(i + 1);
                row.createCell(column).setCellValue(values.get(i));
            }
            String col = CellReference.convertNumToColString(column);
            var name = wb.createName();
            name.setNameName(listName(e.getKey()));
            name.setRefersToFormula("'" + s.getSheetName() + "'!$" + col + "$2:$" + col + "$" + (values.size() + 1));
            column++;
        }
    }

    /**
     * Writes the workbook as the same bytes for the same content: the first data sheet active, the document
     * properties dated 1 January of the year and made by budget-disclosure, the package a stable zip.
     *
     * @param title the document's title, without control characters
     * @param year the year of the facts
     * @param out where to write, not closed
     * @throws IOException if the stream fails
     */
    void save(String title, int year, java.io.OutputStream out) throws java.io.IOException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream(1 << 16);
        wb.setActiveSheet(1);
        org.apache.poi.ooxml.POIXMLProperties.CoreProperties core =
                wb.getProperties().getCoreProperties();
        java.time.LocalDate day = java.time.LocalDate.of(year, 1, 1);
        java.util.Date date =
                java.util.Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        core.setTitle(title);
        core.setCreator("budget-disclosure");
        core.setCreated(java.util.Optional.of(date));
        core.setModified(java.util.Optional.of(date));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("budget-disclosure");
        org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream stored =
                new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(raw);
        stored.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
        wb.write(stored);
        WorkbookZip.rewrite(raw.toByteArray(), out, day);
    }

    /**
     * @param catalogue the catalogue of the year
     * @return the drop-down lists of its codes, in this order: 功能科目 and 经济科目 (each code with its name, such
     *     as {@code 2010101 行政运行}) and 经济分类类 (the economic 类)
     */
    static java.util.Map<String, java.util.List<String>> codeLists(
            org.budgetdisclosure.model.classification.Catalogue catalogue) {
        java.util.List<String> functional = new java.util.ArrayList<>();
        catalogue.functionalCodes().forEach((c, name) -> functional.add(c.value() + " " + name));
        java.util.List<String> economic = new java.util.ArrayList<>();
        java.util.List<String> classes = new java.util.ArrayList<>();
        catalogue.economicCodes().forEach((c, name) -> {
            economic.add(c.value() + " " + name);
            if (c.parent().isEmpty()) {
                classes.add(c.value() + " " + name);
            }
        });
        java.util.Map<String, java.util.List<String>> lists = new java.util.LinkedHashMap<>();
        lists.put("功能科目", functional);
        lists.put("经济科目", economic);
        lists.put("经济分类类", classes);
        return lists;
    }
}
