package org.budgetdisclosure.render.xlsx;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Figure;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.TableGrid;
import org.budgetdisclosure.render.internal.StableZip;
import org.budgetdisclosure.render.writer.DocumentWriter;
import org.budgetdisclosure.render.xlsx.XlsxStyles.Role;

/**
 * Writes the tables of a document as an Excel workbook (XLSX, Apache POI): one sheet per table, in the document's
 * order, named after its title (within Excel's 31 characters, unique). Each sheet has the title, the line above
 * the table, the header rows with their merges (frozen, and repeated on every printed page), and the body rows;
 * a cell carrying a {@link Figure} is a numeric cell holding the exact value with a number format that shows what
 * the PDF shows (two decimals, zero blank where the PDF leaves it blank), so the sheet sums exactly. A figure of
 * more than 15 significant digits, which a spreadsheet number cannot hold, is written as its exact decimal text.
 * Print setup: A4, landscape where the table is, fitted to the page width. The prose of the document is not
 * written: a workbook holds the tables as data.
 *
 * <p>POI makes the workbook (package, styles, sheet list, print titles); each worksheet is planned first and
 * streamed into its part as the package is rewritten ({@link SheetData}), so no cell becomes an XML object and
 * no temporary file is written. The package is written with fixed entry times and order and document properties dated by the
 * document: same document, same bytes. Stateless and thread-safe.
 */
public final class XlsxRenderer implements DocumentWriter {

    /** Rows above the header: the title and the line of headings. */
    private static final int TOP_ROWS = 2;

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        LocalDate date = LocalDate.parse(document.date());
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        // POI makes the workbook (package, styles, sheet list, print titles); each worksheet is planned first (so
        // that its styles exist) and streamed into its part as the package is rewritten: no object per cell, no
        // temporary file
        Map<String, SheetData> data = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = new SheetNames();
            int n = 0;
            for (Block block : document.blocks()) {
                if (block instanceof Table table) {
                    n++;
                    XSSFSheet sheet = workbook.createSheet(names.next(table.title(), "表" + n));
                    data.put(sheet.getPackagePart().getPartName().getName().substring(1), sheet(sheet, styles, table));
                }
            }
            if (n == 0) {
                workbook.createSheet(names.next("无表格", "Sheet1"));
            }
            properties(workbook, document, date);
            // POI's zip is read back and rewritten at once: store it, so that only the final zip deflates
            ZipArchiveOutputStream stored = new ZipArchiveOutputStream(raw);
            stored.setLevel(Deflater.NO_COMPRESSION);
            workbook.write(stored);
        }
        byte[] zip = raw.toByteArray();
        Map<String, StableZip.PartWriter> parts = new LinkedHashMap<>();
        boolean first = true;
        for (Map.Entry<String, SheetData> e : data.entrySet()) {
            boolean selected = first;
            parts.put(e.getKey(), sink -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 13);
                e.getValue().writeWorksheet(w, selected);
                w.flush();
            });
            first = false;
        }
        // a workbook of tables is small: the fastest deflate costs a tenth in size and saves a third of the time
        StableZip.rewrite(zip, out, date, parts, Deflater.BEST_SPEED);
    }

    private static SheetData sheet(XSSFSheet sheet, XlsxStyles styles, Table table) {
        int columns = table.columnCount();
        SheetData data = new SheetData();
        widths(data, table);
        // header and body on one grid, so that a cell spanning rows covers the slots below it
        List<Table.Row> rows =
                new ArrayList<>(table.header().size() + table.body().size());
        rows.addAll(table.header());
        rows.addAll(table.body());
        Placement[][] grid = TableGrid.place(rows, columns);
        if (columns > 1) {
            data.merge(0, 0, 0, columns - 1);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                Placement at = grid[r][c];
                if (at != null && at.row() == r && at.column() == c) {
                    int lastRow = Math.min(r + at.cell().rowSpan(), rows.size()) - 1;
                    int lastColumn = Math.min(c + at.cell().colSpan(), columns) - 1;
                    if (lastRow > r || lastColumn > c) {
                        data.merge(TOP_ROWS + r, TOP_ROWS + lastRow, c, lastColumn);
                    }
                }
            }
        }
        if (!table.header().isEmpty()) {
            data.freeze(TOP_ROWS + table.header().size());
            sheet.setRepeatingRows(
                    new CellRangeAddress(TOP_ROWS, TOP_ROWS + table.header().size() - 1, -1, -1));
        }
        data.landscape(table.landscape());
        rows(data, styles, table, rows, grid);
        return data;
    }

    /** Plans the rows of a sheet: title, headings, header and body, notes. */
    private static void rows(SheetData data, XlsxStyles styles, Table table, List<Table.Row> rows, Placement[][] grid) {
        int columns = table.columnCount();
        data.row(0, 28);
        text(data, 0, table.title(), styles.style(Role.TITLE, Cell.Align.CENTER, true, 0, null));
        data.row(1, 0);
        headings(data, table.headings(), columns, styles);
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            boolean header = r < table.header().size();
            data.row(TOP_ROWS + r, 0);
            for (int c = 0; c < columns; c++) {
                Placement at = grid[r][c];
                if (at == null) {
                    // an empty slot still gets its border
                    data.blank(
                            c,
                            styles.style(header ? Role.HEADER : Role.BODY, Cell.Align.CENTER, false, 0, null)
                                    .getIndex());
                } else {
                    cell(
                            data,
                            c,
                            at.row() == r && at.column() == c,
                            at.cell(),
                            row,
                            header,
                            c == table.indentColumn(),
                            styles);
                }
            }
        }
        int next = TOP_ROWS + rows.size();
        for (String note : table.notes()) {
            data.row(next++, 0);
            text(data, 0, note, styles.style(Role.NOTE, Cell.Align.LEFT, false, 0, null));
        }
    }

    private static void cell(
            SheetData data,
            int c,
            boolean origin,
            Cell cell,
            Table.Row row,
            boolean header,
            boolean indented,
            XlsxStyles styles) {
        boolean bold = row.kind() == Table.Kind.TOTAL;
        Role role = header ? Role.HEADER : Role.BODY;
        int indent = indented ? row.level() : 0;
        Optional<Figure> figure = cell.figure();
        if (figure.isPresent() && fitsANumber(figure.get().value())) {
            int style = styles.style(role, cell.align(), bold, indent, XlsxStyles.numberFormat(figure.get()))
                    .getIndex();
            if (origin) {
                data.number(c, style, figure.get().value().toPlainString());
            } else {
                data.blank(c, style);
            }
        } else {
            int style = styles.style(role, cell.align(), bold, indent, null).getIndex();
            if (origin && !cell.text().isEmpty()) {
                data.text(c, style, figure.isPresent() ? figure.get().value().toPlainString() : cell.text());
            } else {
                data.blank(c, style);
            }
        }
    }

    /** Whether a spreadsheet number (a double, 15 significant digits shown) holds the value exactly. */
    static boolean fitsANumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.precision() <= 15
                && stripped.scale() <= 30
                && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0;
    }

    private static void headings(SheetData row, List<String> headings, int columns, XlsxStyles styles) {
        if (headings.isEmpty()) {
            return;
        }
        if (headings.size() == 1 || headings.size() > columns) {
            text(row, 0, String.join("　　", headings), styles.style(Role.HEADING, Cell.Align.LEFT, false, 0, null));
            return;
        }
        // left, spread, right: as the PDF prints the line above the table
        for (int i = 0; i < headings.size(); i++) {
            int column = i * (columns - 1) / (headings.size() - 1);
            Cell.Align align =
                    i == 0 ? Cell.Align.LEFT : i == headings.size() - 1 ? Cell.Align.RIGHT : Cell.Align.CENTER;
            text(row, column, headings.get(i), styles.style(Role.HEADING, align, false, 0, null));
        }
    }

    private static void text(SheetData row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        if (text.isEmpty()) {
            row.blank(column, style.getIndex());
        } else {
            row.text(column, style.getIndex(), text);
        }
    }

    private static void widths(SheetData sheet, Table table) {
        int sum = table.widths().stream().mapToInt(Integer::intValue).sum();
        int characters = table.landscape() ? 150 : 100;
        for (int c = 0; c < table.columnCount(); c++) {
            int width = sum == 0 ? 12 : Math.max(4, Math.round(table.widths().get(c) * (float) characters / sum));
            sheet.column(Math.min(255, width));
        }
    }

    private static void properties(XSSFWorkbook workbook, Document document, LocalDate date) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date when = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setTitle(document.title());
        core.setSubjectProperty(document.subject());
        core.setCreator(document.author());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.getUnderlyingProperties().setLanguageProperty(document.language());
        workbook.getProperties()
                .getExtendedProperties()
                .getUnderlyingProperties()
                .setApplication("budget-disclosure");
    }
}
