package org.budgetdisclosure.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;

/**
 * A rendered final-accounts (部门决算) document read back: from HTML (jsoup), DOCX (POI) and PDF (PDFBox), its
 * paragraphs (headings and text, in order) and its table cells, and the figures in them.
 *
 * @param paragraphs the text outside tables, a block each (headings, paragraphs, notes), in order
 * @param cells the text of every table cell, in order
 */
record FinalAccountsText(List<String> paragraphs, List<String> cells) {

    private static final Pattern TABLE_FIGURE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d.])");
    private static final Pattern MONEY = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)万元?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

    static FinalAccountsText html(byte[] html) {
        List<String> paragraphs = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        var body = ReadBack.html(html).body();
        for (Element e : body.select("h1, h2, h3, h4, p, li, caption")) {
            if (e.parents().stream().noneMatch(p -> p.tagName().equals("table"))) {
                paragraphs.add(e.text());
            }
        }
        for (Element td : body.select("td")) {
            cells.add(td.text());
        }
        return new FinalAccountsText(paragraphs, cells);
    }

    static FinalAccountsText docx(byte[] docx) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        try (XWPFDocument d = ReadBack.docx(docx)) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraphs.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell c : row.getTableCells()) {
                            cells.add(c.getText());
                        }
                    }
                }
            }
        }
        return new FinalAccountsText(paragraphs, cells);
    }

    /** The PDF's text, its lines as paragraphs and as cells alike (a PDF does not mark its tables). */
    static FinalAccountsText pdf(byte[] pdf) throws IOException {
        // the page numbers (— 16 —) are the page's, not the text's
        List<String> lines = java.util.Arrays.stream(ReadBack.pdfText(pdf).split("\\R"))
                .filter(l -> !l.strip().matches("[—–-]\\s*\\d+\\s*[—–-]"))
                .toList();
        return new FinalAccountsText(lines, lines);
    }

    /** @return every paragraph joined, line breaks of the PDF removed */
    String prose() {
        return String.join("", paragraphs).replaceAll("\\s", "");
    }

    /** @return every table figure printed (1,234.56), in order */
    List<BigDecimal> tableFigures() {
        List<BigDecimal> out = new ArrayList<>();
        for (String cell : cells) {
            Matcher m = TABLE_FIGURE.matcher(cell);
            while (m.find()) {
                out.add(new BigDecimal(m.group().replace(",", "")));
            }
        }
        return out;
    }

    /** @param text prose @return every 万元 figure in it */
    static List<BigDecimal> money(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group(1).replace(",", "")));
        }
        return out;
    }

    /** @param text prose @return every % figure in it */
    static List<BigDecimal> percents(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group(1)));
        }
        return out;
    }
}
