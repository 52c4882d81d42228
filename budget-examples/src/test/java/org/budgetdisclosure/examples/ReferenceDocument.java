package org.budgetdisclosure.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The published reference disclosure (text extracted from its Word file, one table cell a line), read into its
 * nine tables: each table a list of rows, each row its cells as printed. Rows are those after the 栏次 row.
 */
final class ReferenceDocument {

    static final String RESOURCE = "/reference/leting-industry-bureau-2022.txt";

    private final List<String> lines;

    private ReferenceDocument(List<String> lines) {
        this.lines = lines;
    }

    static ReferenceDocument load() {
        try (InputStream in = ReferenceDocument.class.getResourceAsStream(RESOURCE)) {
            return new ReferenceDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the whole text */
    String text() {
        return String.join("\n", lines);
    }

    /** @return the title of table n (1..9) */
    String title(int table) {
        String line = lines.get(start(table)).strip();
        return line.substring(line.indexOf(']') + 1).strip();
    }

    /** @return every row of table n as printed, from its first header row, each row its cells */
    List<List<String>> allRows(int table) {
        List<List<String>> rows = new ArrayList<>();
        int i = start(table) + 1;
        // the heading lines (department, year, unit) come first, then a blank line
        while (!lines.get(i).isEmpty()) {
            i++;
        }
        List<String> row = new ArrayList<>();
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("\t")) {
                row.add(line.substring(1).strip());
            } else if (line.isEmpty()) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (!rows.isEmpty()) {
                    break;
                }
            } else {
                break;
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** @return the heading lines of table n: department, year, unit */
    List<String> headings(int table) {
        List<String> headings = new ArrayList<>();
        for (int i = start(table) + 1; !lines.get(i).isEmpty(); i++) {
            headings.add(lines.get(i).strip());
        }
        return headings;
    }

    /** @return the body rows of table n: those after the 栏次 row */
    List<List<String>> body(int table) {
        List<List<String>> rows = allRows(table);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals("栏次")) {
                return rows.subList(i + 1, rows.size());
            }
        }
        throw new IllegalStateException("table " + table + " has no 栏次 row");
    }

    /** @return the header rows of table n: those up to and with the 栏次 row */
    List<List<String>> header(int table) {
        List<List<String>> rows = allRows(table);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals("栏次")) {
                return rows.subList(0, i + 1);
            }
        }
        throw new IllegalStateException("table " + table + " has no 栏次 row");
    }

    /** @return the note printed under table n, or empty text */
    String note(int table) {
        int i = start(table) + 1;
        while (i < lines.size()
                && !(lines.get(i).startsWith("注：")
                        || lines.get(i).startsWith("[bookmark")
                        || lines.get(i).startsWith("第一部分"))) {
            i++;
        }
        return i < lines.size() && lines.get(i).startsWith("注：") ? lines.get(i).strip() : "";
    }

    private int start(int table) {
        String marker = "[bookmark: _Toc_2_2_000000000" + table + "]";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(marker)) {
                return i;
            }
        }
        throw new IllegalStateException("no table " + table);
    }
}
