package org.budgetdisclosure.render.xlsx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet, planned before the package is written (so that its styles exist in it) and then streamed as
 * SpreadsheetML into the sheet's part: column widths, the frozen header, the rows, the merges and the print setup
 * (A4, landscape or not, fitted to the width, centred). POI makes the workbook around it (styles, sheet list,
 * the print titles); the cells never become an object tree. Text cells are inline strings; numbers are written as
 * their exact decimal text. Not thread-safe: one per sheet.
 */
final class SheetData {

    private final List<Integer> widths = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();
    private int frozenRows;
    private boolean landscape;

    /** @param characters the width of the next column in characters */
    void column(int characters) {
        widths.add(characters);
    }

    /** A merged range, such as {@code A3:A4}. */
    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merges.add(CellReference.convertNumToColString(firstColumn) + (firstRow + 1) + ":"
                + CellReference.convertNumToColString(lastColumn) + (lastRow + 1));
    }

    /** @param rows the rows kept in view when scrolling, 0 for none */
    void freeze(int rows) {
        frozenRows = rows;
    }

    /** @param landscape whether the sheet prints landscape */
    void landscape(boolean landscape) {
        this.landscape = landscape;
    }

    /** Writes the whole worksheet part. */
    void writeWorksheet(Writer w, boolean selected) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        w.write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"" + dimension() + "\"/>");
        w.write("<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">");
        if (frozenRows > 0) {
            w.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1)
                    + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        w.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!widths.isEmpty()) {
            w.write("<cols>");
            for (int c = 0; c < widths.size(); c++) {
                w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths.get(c)
                        + "\" customWidth=\"1\"/>");
            }
            w.write("</cols>");
        }
        write(w);
        if (!merges.isEmpty()) {
            w.write("<mergeCells count=\"" + merges.size() + "\">");
            for (String m : merges) {
                w.write("<mergeCell ref=\"" + m + "\"/>");
            }
            w.write("</mergeCells>");
        }
        w.write("<printOptions horizontalCentered=\"1\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
                + "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" fitToWidth=\"1\" "
                + "fitToHeight=\"0\" orientation=\"" + (landscape ? "landscape" : "portrait") + "\"/></worksheet>");
    }

    private record PlannedCell(int column, int style, String text, String number) {}

    private record PlannedRow(int index, float height, List<PlannedCell> cells) {}

    private final List<PlannedRow> rows = new ArrayList<>();
    private PlannedRow current;
    private int lastColumn;

    /** @param index the row, from 0, after the previous one @param height its height in points, 0 for the default */
    void row(int index, float height) {
        current = new PlannedRow(index, height, new ArrayList<>());
        rows.add(current);
    }

    /** A styled cell with no value (a border, a covered slot of a merge). */
    void blank(int column, int style) {
        add(new PlannedCell(column, style, null, null));
    }

    /** A cell of text. */
    void text(int column, int style, String text) {
        add(new PlannedCell(column, style, text, null));
    }

    /** A number cell; {@code value} is its plain decimal text, at most 15 significant digits. */
    void number(int column, int style, String value) {
        add(new PlannedCell(column, style, null, value));
    }

    private void add(PlannedCell cell) {
        current.cells().add(cell);
        lastColumn = Math.max(lastColumn, cell.column());
    }

    /** @return the used range, such as {@code A1:F40} */
    String dimension() {
        if (rows.isEmpty()) {
            return "A1";
        }
        return "A1:" + CellReference.convertNumToColString(lastColumn)
                + (rows.get(rows.size() - 1).index() + 1);
    }

    /** Writes {@code <sheetData>…</sheetData>}. */
    void write(Writer w) throws IOException {
        String[] letters = new String[lastColumn + 1];
        for (int c = 0; c <= lastColumn; c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
        w.write("<sheetData>");
        for (PlannedRow row : rows) {
            int r = row.index() + 1;
            w.write("<row r=\"");
            w.write(Integer.toString(r));
            if (row.height() > 0) {
                w.write("\" ht=\"");
                w.write(Float.toString(row.height()));
                w.write("\" customHeight=\"1");
            }
            w.write("\">");
            for (PlannedCell c : row.cells()) {
                w.write("<c r=\"");
                w.write(letters[c.column()]);
                w.write(Integer.toString(r));
                w.write("\" s=\"");
                w.write(Integer.toString(c.style()));
                if (c.number() != null) {
                    w.write("\"><v>");
                    w.write(c.number());
                    w.write("</v></c>");
                } else if (c.text() != null) {
                    w.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    escape(c.text(), w);
                    w.write("</t></is></c>");
                } else {
                    w.write("\"/>");
                }
            }
            w.write("</row>");
        }
        w.write("</sheetData>");
    }

    /**
     * XML text: markup escaped; characters XML 1.0 cannot hold written as SpreadsheetML's {@code _xHHHH_}, and an
     * underscore that would read as such an escape escaped itself.
     */
    static void escape(String text, Writer w) throws IOException {
        if (plain(text)) {
            w.write(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '_' -> w.write(escapeLike(text, i) ? "_x005F_" : "_");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0xFFFE
                            || c == 0xFFFF
                            || (Character.isSurrogate(c) && !pairedAt(text, i))) {
                        w.write(String.format(java.util.Locale.ROOT, "_x%04X_", (int) c));
                    } else {
                        w.write(c);
                    }
                }
            }
        }
    }

    /** Whether text needs no escape at all (the usual case: Chinese names and headers). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '_' || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Whether an underscore starts {@code _xHHHH_}. */
    private static boolean escapeLike(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
