package org.budgetdisclosure.render.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.writer.DocumentWriter;
import org.budgetdisclosure.render.writer.NonClosingOutputStream;

/**
 * Writes every figure of the document's tables as JSON: {@code {"title": …, "author": …, "date": …, "figures":
 * [{"table": "table-1", "tableTitle": …, "row": 1, "rowCode": …, "rowName": …, "level": 0, "rowKind": "detail",
 * "column": 3, "columnName": …, "value": "61.96", "unit": "万元"}, …]}}, one figure a line. Values are exact
 * decimal text (never a JSON number a reader might take as a double). Stateless and thread-safe.
 */
public final class JsonRenderer implements DocumentWriter {

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(
                new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        w.write("{\n  \"title\": " + string(document.title()) + ",\n  \"author\": " + string(document.author())
                + ",\n  \"date\": " + string(document.date()) + ",\n  \"figures\": [");
        List<TableFigure> figures = TableData.figures(document);
        for (int i = 0; i < figures.size(); i++) {
            TableFigure f = figures.get(i);
            w.write(i == 0 ? "\n    " : ",\n    ");
            w.write("{\"table\": " + string(f.table()) + ", \"tableTitle\": " + string(f.tableTitle()) + ", \"row\": "
                    + f.row() + ", \"rowCode\": " + string(f.rowCode()) + ", \"rowName\": " + string(f.rowName())
                    + ", \"level\": " + f.level() + ", \"rowKind\": " + string(f.rowKind()) + ", \"column\": "
                    + f.column() + ", \"columnName\": " + string(f.columnName()) + ", \"value\": "
                    + string(f.value().toPlainString()) + ", \"unit\": " + string(f.unit()) + "}");
        }
        w.write(figures.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        w.flush();
    }

    /** A JSON string literal. */
    static String string(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
