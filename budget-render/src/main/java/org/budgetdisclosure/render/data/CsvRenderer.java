package org.budgetdisclosure.render.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.writer.DocumentWriter;

/**
 * Writes every figure of the document's tables as CSV (RFC 4180, UTF-8 without a byte order mark, CRLF line
 * ends), one line a figure under the header
 * {@code table,table_title,row,row_code,row_name,level,row_kind,column,column_name,value,unit}; values are exact
 * plain decimals. A text that a spreadsheet would take for a formula is written behind a single quote (see
 * {@link #field(String)}). Stateless and thread-safe.
 */
public final class CsvRenderer implements DocumentWriter {

    /** The header line's fields. */
    public static final String HEADER =
            "table,table_title,row,row_code,row_name,level,row_kind,column,column_name," + "value,unit";

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(
                new OutputStreamWriter(
                        new org.budgetdisclosure.render.writer.NonClosingOutputStream(out), StandardCharsets.UTF_8),
                1 << 16);
        w.write(HEADER);
        w.write("\r\n");
        for (TableFigure f : TableData.figures(document)) {
            w.write(field(f.table()) + ',' + field(f.tableTitle()) + ',' + f.row() + ',' + field(f.rowCode()) + ','
                    + field(f.rowName()) + ',' + f.level() + ',' + f.rowKind() + ',' + f.column() + ','
                    + field(f.columnName()) + ',' + f.value().toPlainString() + ',' + field(f.unit()) + "\r\n");
        }
        w.flush();
    }

    /**
     * A text field: quoted when it holds a comma, a quote or a line break; a text a spreadsheet would take for a
     * formula (its first character, or its first after blanks, one of {@code = + - @}, or a tab or a return first)
     * is written behind a single quote ({@code "'=HYPERLINK(…)"}), as OWASP recommends for CSV opened in Excel or
     * WPS, and quoted. Figures are not text fields: they stay plain numbers.
     */
    static String field(String text) {
        boolean formula = looksLikeFormula(text);
        boolean quote = formula
                || text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        String value = formula ? "'" + text : text;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(text.charAt(i)) >= 0;
    }
}
