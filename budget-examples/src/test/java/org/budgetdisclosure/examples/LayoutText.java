package org.budgetdisclosure.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published disclosure as {@code pdftotext -layout} text (the Shanghai references): its tables found by title,
 * their figures read with their columns. Columns are aligned by spaces and long tables repeat their header on
 * each page, so a figure belongs to the header label whose centre is nearest to its own, the labels taken from
 * the nearest header lines above it.
 */
final class LayoutText {

    /** A figure as printed: 元 with thousands separators, whole or with decimals. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\d.,])");
    /** A classification row: 类 (3 digits; the welfare home prints one 类 as "7"), 款, 项, name. */
    private static final Pattern CODE_ROW =
            Pattern.compile("^\\s*(\\d{3}|7)(?:\\s+(\\d{2}))?(?:\\s+(\\d{2}))?\\s+(\\S+)");

    private final List<String> lines;

    private LayoutText(List<String> lines) {
        this.lines = lines;
    }

    static LayoutText load(String name) {
        try (InputStream in = LayoutText.class.getResourceAsStream("/reference/" + name)) {
            return new LayoutText(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return String.join("\n", lines);
    }

    /**
     * The lines of a table: from its title (a line holding nothing else) to the next line that is only a title.
     *
     * @param title the table's title as printed
     * @return the table's lines, the title first
     */
    List<String> table(String title) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(title)) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no table titled " + title);
        }
        int end = start + 1;
        while (end < lines.size() && !isTitle(lines.get(end))) {
            end++;
        }
        return lines.subList(start, end);
    }

    private static boolean isTitle(String line) {
        String s = line.strip();
        return s.matches("\\d{4}年.*表") || s.endsWith("预算表") && !s.contains(" ") || s.equals("其他相关情况说明");
    }

    /** A row of a classification table: its code as printed, its name, its figures by column label. */
    record CodeRow(String printedCode, String code, String name, Map<String, BigDecimal> figures) {}

    /**
     * The classification rows of a table and its 合计 row (code empty, name 合计), in printed order.
     *
     * @param table the table's lines
     * @param labels the column labels, as printed in the header lines
     */
    static List<CodeRow> codeRows(List<String> table, List<String> labels) {
        List<CodeRow> rows = new ArrayList<>();
        String currentClass = "";
        for (int i = 0; i < table.size(); i++) {
            String line = table.get(i);
            Matcher m = CODE_ROW.matcher(line);
            boolean total =
                    line.strip().startsWith("合计") && FIGURE.matcher(line).find();
            if (!m.find() && !total) {
                continue;
            }
            if (total) {
                rows.add(new CodeRow("", "", "合计", figures(table, i, labels, 0, false)));
                continue;
            }
            String printed =
                    m.group(1) + (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
            // the welfare home prints the 类 of 事业单位医疗 as "7" in two tables: the row sits under its 类
            String code = m.group(1).equals("7") ? currentClass + printed.substring(1) : printed;
            if (m.group(2) == null) {
                currentClass = m.group(1);
            }
            rows.add(new CodeRow(printed, code, m.group(4), figures(table, i, labels, m.end(), false)));
        }
        return rows;
    }

    /**
     * The figures of line i, each under the label whose centre is nearest, the labels found in the closest lines
     * above that print no figure; the figures from character {@code from} on (after the codes and the name). With
     * {@code rightEdges}, right edges are compared instead of centres (a table of short figures under wide labels).
     */
    static Map<String, BigDecimal> figures(
            List<String> table, int i, List<String> labels, int from, boolean rightEdges) {
        Map<String, Double> centres = new LinkedHashMap<>();
        for (String label : labels) {
            for (int j = i - 1; j >= 0; j--) {
                String above = table.get(j);
                int at = above.indexOf(label);
                if (at >= 0 && !FIGURE.matcher(above.replaceAll("\\d{4}年", "")).find()) {
                    centres.put(label, rightEdges ? at + label.length() : at + label.length() / 2.0);
                    break;
                }
            }
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<BigDecimal> inOrder = figuresInOrder(table.get(i).substring(from));
        if (inOrder.size() == centres.size()) {
            // a full row: its figures are its columns in order, whatever their widths
            List<String> ordered = centres.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .toList();
            for (int k = 0; k < ordered.size(); k++) {
                figures.put(ordered.get(k), inOrder.get(k));
            }
            return figures;
        }
        Matcher f = FIGURE.matcher(table.get(i));
        f.region(from, table.get(i).length());
        while (f.find()) {
            double centre = rightEdges ? f.end() : (f.start() + f.end()) / 2.0;
            String nearest = centres.entrySet().stream()
                    .min((a, b) -> Double.compare(Math.abs(a.getValue() - centre), Math.abs(b.getValue() - centre)))
                    .orElseThrow(() -> new IllegalStateException("no header label above line " + table.get(i)))
                    .getKey();
            if (figures.put(nearest, number(f.group())) != null) {
                throw new IllegalStateException("two figures under " + nearest + " in: " + table.get(i));
            }
        }
        return figures;
    }

    /** @return the figures of a line in printed order */
    static List<BigDecimal> figuresInOrder(String line) {
        List<BigDecimal> figures = new ArrayList<>();
        Matcher f = FIGURE.matcher(line);
        while (f.find()) {
            figures.add(number(f.group()));
        }
        return figures;
    }

    /**
     * The line of a table starting (after its spaces) with a label, as in {@code 二、事业收入}.
     *
     * @return the line, if the table has one
     */
    static Optional<String> lineStartingWith(List<String> table, String label) {
        return table.stream().filter(l -> l.strip().startsWith(label)).findFirst();
    }

    static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }
}
