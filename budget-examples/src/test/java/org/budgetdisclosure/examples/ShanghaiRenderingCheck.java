package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A Shanghai reference budget file rendered with its profile and read back from PDF (PDFBox), DOCX (POI) and HTML
 * (jsoup), against the published document ({@code pdftotext -layout} text, parsed with {@link LayoutText}): every
 * cell of the nine tables (codes 类 | 款 | 项, names, figures as printed, the 合计 rows, the empty fund tables), the
 * titles, the heading lines (编制部门 / 编制单位 and 单位), the header texts, the 目录 entries and the cover lines.
 *
 * <p>The expected cells are made from the reference text: figures as the reference prints them (a blank is an
 * empty cell), codes split as printed, names as printed. Where the reference has a defect listed in
 * {@code budget-examples/src/test/resources/reference/README.md}, or where the layout deliberately differs, the subclass says so and why. HTML and
 * DOCX give every cell with its position, blank cells included; the PDF's text gives a table row as one line, so
 * there the non-blank cells of each row are compared, in order, as the line's whitespace-separated content.
 * Each test prints the number of cells it compared.
 */
abstract class ShanghaiRenderingCheck {

    private static final Pattern RIGHT_LABEL = Pattern.compile("[一二三四五六七八九十]+、\\S*支出|支出总计");

    final LayoutText text = LayoutText.load(referenceText());
    final Budget budget = BudgetFiles.read(Path.of("budgets", budgetFile()));
    final Disclosure disclosure = Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.of(profile())));
    final List<ExpectedTable> expected = expectedTables();

    ShanghaiRenderingCheck() throws Exception {}

    // ---- what the subclass says ---------------------------------------------------------------------------

    abstract String referenceText();

    abstract String budgetFile();

    abstract String profile();

    /** @return the nine titles as the reference prints them */
    abstract List<String> titles();

    /** @return the cover lines as the reference prints them */
    abstract List<String> coverLines();

    /** @return decimals of the 元 tables */
    abstract int decimals();

    /** @return the printed zero of table 9 (万元): blank or 0.00 */
    abstract String threePublicZero();

    /** @return the left labels of table 1 as printed */
    abstract List<String> financialSummaryLeft();

    /**
     * The right side of a summary table (1 or 4) as the layout prints it, from the reference's rows: by default
     * as published.
     *
     * @param rows the published rows: label and figures
     * @return the rows expected
     */
    List<RightRow> rightRows(List<RightRow> rows) {
        return rows;
    }

    /**
     * The expected cells of a 类 row of table 1's right side from its published figures.
     *
     * @param figures the published figures of the row, in order
     * @return the cells; {@code null} for a cell not compared
     */
    List<String> financialSummaryRight(List<String> figures) {
        return List.of(figures.isEmpty() ? "" : figures.get(0));
    }

    /** A published row of a summary's right side: label and printed figures. */
    record RightRow(String label, List<String> figures) {}

    /** One expected table: title, heading line, header text of the reference, body rows (null: not compared). */
    record ExpectedTable(String title, List<String> headings, String headerText, List<List<String>> rows) {}

    // ---- the expected tables from the reference text -----------------------------------------------------

    private List<ExpectedTable> expectedTables() {
        List<ExpectedTable> tables = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            List<String> lines = text.table(titles().get(n - 1));
            List<String> headings = headingLine(lines.get(1));
            List<List<String>> rows = switch (n) {
                case 1 -> summary(lines, financialSummaryLeft(), true);
                case 4 -> summary(lines, List.of("一、一般公共预算资金", "二、政府性基金", "三、国有资本经营预算"), false);
                case 2 -> hierarchy(lines, List.of("合计", "财政拨款收入", "事业收入", "经营收入", "其他收入"), 3);
                case 8 -> hierarchy(lines, List.of("合计", "人员经费", "公用经费"), 2);
                case 9 -> threePublic(lines);
                default -> hierarchy(lines, List.of("合计", "基本支出", "项目支出"), 3);
            };
            int firstData = 2;
            while (firstData < lines.size()
                    && !lines.get(firstData).matches("\\s*(\\d{3}\\s|7\\s|一、|注).*")
                    && !lines.get(firstData).strip().equals("合计")
                    && LayoutText.figuresInOrder(lines.get(firstData).replaceAll("\\d{4}年", ""))
                            .isEmpty()) {
                firstData++;
            }
            String header = String.join("", lines.subList(2, firstData)).replaceAll("\\s", "");
            tables.add(new ExpectedTable(lines.get(0).strip(), headings, header, rows));
        }
        return tables;
    }

    private static List<String> headingLine(String line) {
        return List.of(line.strip().split("\\s{2,}")).stream()
                .map(ShanghaiRenderingCheck::colon)
                .toList();
    }

    private static String colon(String s) {
        return s.replace(':', '：');
    }

    private String figure(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,." + decimals() + "f", value);
    }

    private List<List<String>> hierarchy(List<String> lines, List<String> labels, int levels) {
        List<List<String>> rows = new ArrayList<>();
        List<LayoutText.CodeRow> published = LayoutText.codeRows(lines, labels);
        for (LayoutText.CodeRow r : published) {
            List<String> row = new ArrayList<>();
            for (int level = 0; level < levels; level++) {
                int from = level == 0 ? 0 : 3 + 2 * (level - 1);
                row.add(
                        r.code().length() >= from + (level == 0 ? 3 : 2)
                                ? r.code().substring(from, from + (level == 0 ? 3 : 2))
                                : "");
            }
            row.add(r.name());
            for (String label : labels) {
                BigDecimal f = r.figures().get(label);
                row.add(f == null ? "" : figure(f));
            }
            rows.add(row);
        }
        if (published.isEmpty()) {
            // an empty table: its 合计 row, blank
            List<String> total = new ArrayList<>();
            for (int level = 0; level < levels; level++) {
                total.add("");
            }
            total.add("合计");
            labels.forEach(l -> total.add(""));
            rows.add(total);
        }
        return rows;
    }

    private List<List<String>> summary(List<String> lines, List<String> leftLabels, boolean financial) {
        List<String[]> left = new ArrayList<>();
        List<RightRow> right = new ArrayList<>();
        String[] totalLeft = null;
        RightRow totalRight = null;
        for (String line : lines.subList(2, lines.size())) {
            Matcher m = RIGHT_LABEL.matcher(line);
            String leftPart = m.find() ? line.substring(0, m.start()) : line;
            String leftLabel = leftPart.replaceAll("[\\d,]+\\.\\d+|\\d{1,3}(,\\d{3})+|(?<=\\s)\\d+(?=\\s|$)", "")
                    .replaceAll("\\s", "");
            List<BigDecimal> leftFigures = LayoutText.figuresInOrder(leftPart.replaceFirst("^\\s*\\d[.、．]", ""));
            String leftFigure = leftFigures.isEmpty() ? "" : figure(leftFigures.get(0));
            for (String label : leftLabels) {
                if (label.replaceAll("\\s", "").equals(leftLabel)) {
                    left.add(new String[] {label, leftFigure});
                }
            }
            if (leftLabel.equals("收入总计")) {
                totalLeft = new String[] {"收入总计", leftFigure};
            }
            if (m.find(0)) {
                List<String> figures = LayoutText.figuresInOrder(line.substring(m.end())).stream()
                        .map(this::figure)
                        .toList();
                RightRow row = new RightRow(defectFree(m.group()), figures);
                if (m.group().equals("支出总计")) {
                    totalRight = row;
                } else {
                    right.add(row);
                }
            }
        }
        assertThat(left).as("left labels of %s", lines.get(0)).hasSize(leftLabels.size());
        right = rightRows(right);
        List<List<String>> rows = new ArrayList<>();
        int width = financial ? -1 : 4;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<String> row = new ArrayList<>();
            row.add(i < left.size() ? left.get(i)[0] : "");
            row.add(i < left.size() ? left.get(i)[1] : "");
            if (i < right.size()) {
                row.add(right.get(i).label());
                row.addAll(
                        financial
                                ? financialSummaryRight(right.get(i).figures())
                                : padded(right.get(i).figures(), width));
            } else {
                row.add("");
                int cells = financial ? financialSummaryRight(List.of()).size() : width;
                for (int c = 0; c < cells; c++) {
                    row.add("");
                }
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of(totalLeft[0], totalLeft[1], "支出总计"));
        total.addAll(padded(
                totalRight.figures(),
                financial ? financialSummaryRight(List.of()).size() : width));
        rows.add(total);
        return rows;
    }

    private static List<String> padded(List<String> figures, int width) {
        List<String> out = new ArrayList<>(figures);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    /** @return a 类 label with the old name of 210 corrected (a defect of the unit reference) */
    static String defectFree(String label) {
        return label.replace("医疗卫生与计划生育支出", "卫生健康支出");
    }

    private List<List<String>> threePublic(List<String> lines) {
        List<String> labels = List.of("合计", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费", "机关运行经");
        int data = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!LayoutText.figuresInOrder(lines.get(i).replaceAll("\\d{4}年", ""))
                    .isEmpty()) {
                data = i;
            }
        }
        Map<String, BigDecimal> published = LayoutText.figures(lines, data, labels, 0, true);
        List<String> row = new ArrayList<>();
        for (String label : labels) {
            BigDecimal f = published.get(label);
            row.add(
                    f == null || f.signum() == 0
                            ? threePublicZero()
                            : String.format(java.util.Locale.ROOT, "%,.2f", f));
        }
        return List.of(row);
    }

    // ---- the formats read back ---------------------------------------------------------------------------

    /** A table as read back: title, heading line, header cell texts, body rows. */
    record ReadTable(String title, List<String> headings, List<String> header, List<List<String>> body) {}

    static String flat(String s) {
        return s.replaceAll("\\s", "");
    }

    List<ReadTable> html() {
        return html(disclosure);
    }

    /** @return the nine tables of the HTML, read back */
    static List<ReadTable> html(Disclosure disclosure) {
        org.jsoup.nodes.Document html = ReadBack.html(disclosure.bytes(Format.HTML));
        List<ReadTable> tables = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            Element figure = html.getElementById("table-" + n);
            List<List<String>> body = new ArrayList<>();
            for (Element tr : figure.select("tbody tr")) {
                // every cell, blank ones too (eachText() leaves out elements without text)
                body.add(tr.select("td").stream().map(Element::text).toList());
            }
            tables.add(new ReadTable(
                    figure.selectFirst(".title").text(),
                    figure.select(".heading-line span").eachText(),
                    figure.select("thead th").eachText(),
                    body));
        }
        return tables;
    }

    List<ReadTable> docx() throws IOException {
        return docx(disclosure, titles());
    }

    /** @return the nine tables of the DOCX, read back: each the first table after its title paragraph */
    static List<ReadTable> docx(Disclosure disclosure, List<String> titles) throws IOException {
        List<ReadTable> tables = new ArrayList<>();
        try (XWPFDocument docx = ReadBack.docx(disclosure.bytes(Format.DOCX))) {
            String title = null;
            List<String> headings = List.of();
            for (IBodyElement e : docx.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    if (p.getStyle() != null && p.getStyle().startsWith("TOC")) {
                        continue;
                    }
                    if (titles.contains(p.getText().strip())) {
                        title = p.getText().strip();
                    } else if (title != null && p.getText().contains("单位：")) {
                        headings = List.of(p.getText().split("\t"));
                    }
                } else if (e instanceof XWPFTable t && title != null) {
                    List<String> header = new ArrayList<>();
                    List<List<String>> body = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = row.getTableCells().stream()
                                .map(c -> c.getText().strip())
                                .toList();
                        boolean isHeader = row.getCtRow().getTrPr() != null
                                && !row.getCtRow().getTrPr().getTblHeaderList().isEmpty();
                        if (isHeader) {
                            cells.stream().filter(c -> !c.isEmpty()).forEach(header::add);
                        } else {
                            body.add(cells);
                        }
                    }
                    tables.add(new ReadTable(title, headings, header, body));
                    title = null;
                }
            }
        }
        assertThat(tables).hasSize(9);
        return tables;
    }

    List<String> pdfPages() throws IOException {
        return pdfPages(disclosure);
    }

    /** @return the text of each page of the PDF, by position */
    static List<String> pdfPages(Disclosure disclosure) {
        return ReadBack.pdfPages(disclosure.bytes(Format.PDF));
    }

    // ---- the comparisons ---------------------------------------------------------------------------------

    @Test
    void htmlEveryCellOfTheNineTables() {
        compare("HTML", html());
    }

    @Test
    void docxEveryCellOfTheNineTables() throws IOException {
        compare("DOCX", docx());
    }

    private void compare(String format, List<ReadTable> read) {
        int cells = 0;
        for (int n = 1; n <= 9; n++) {
            ExpectedTable e = expected.get(n - 1);
            ReadTable r = read.get(n - 1);
            String where = format + " table " + n;
            assertThat(r.title()).as(where + " title").isEqualTo(e.title());
            assertThat(r.headings().stream().map(ShanghaiRenderingCheck::flat).toList())
                    .as(where + " heading line")
                    .isEqualTo(e.headings().stream()
                            .map(ShanghaiRenderingCheck::flat)
                            .toList());
            cells += 1 + r.headings().size();
            for (String h : r.header()) {
                assertThat(inHeader(flat(h), e.headerText()))
                        .as(where + " header cell " + h + " in " + e.headerText())
                        .isTrue();
                cells++;
            }
            List<List<String>> body = r.body().stream()
                    .filter(row -> row.stream().anyMatch(c -> !c.isBlank()))
                    .toList();
            assertThat(body).as(where + " rows").hasSize(e.rows().size());
            for (int i = 0; i < body.size(); i++) {
                List<String> expectedRow = e.rows().get(i);
                List<String> row = body.get(i);
                assertThat(row).as(where + " row " + i + " width").hasSize(expectedRow.size());
                for (int c = 0; c < row.size(); c++) {
                    if (expectedRow.get(c) == null) {
                        continue;
                    }
                    assertThat(flat(row.get(c)))
                            .as(where + " row " + i + " " + expectedRow + " cell " + c)
                            .isEqualTo(flat(expectedRow.get(c)));
                    cells++;
                }
            }
        }
        count(format + " table cells", cells);
    }

    /** A header text is in the reference's header, whole or broken over two of its lines. */
    private static boolean inHeader(String cell, String header) {
        if (header.contains(cell)) {
            return true;
        }
        for (int i = 1; i < cell.length(); i++) {
            if (header.contains(cell.substring(0, i)) && header.contains(cell.substring(i))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void pdfEveryCellOfTheNineTables() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String page : pdfPages()) {
            page.lines()
                    .map(ShanghaiRenderingCheck::flat)
                    .filter(l -> !l.isEmpty())
                    .forEach(lines::add);
        }
        int cells = 0;
        for (int n = 1; n <= 9; n++) {
            ExpectedTable e = expected.get(n - 1);
            int start = lines.indexOf(flat(e.title()));
            assertThat(start).as("PDF: the title line of " + e.title()).isGreaterThanOrEqualTo(0);
            cells++;
            int end = n < 9 ? lines.indexOf(flat(expected.get(n).title())) : lines.size();
            List<String> table = lines.subList(start + 1, end < 0 ? lines.size() : end);
            for (String h : e.headings()) {
                assertThat(table.get(0)).as("PDF heading line of " + e.title()).contains(flat(h));
                cells++;
            }
            int at = 0;
            for (List<String> row : e.rows()) {
                StringBuilder joined = new StringBuilder();
                int compared = 0;
                for (String cell : row) {
                    if (cell != null && !cell.isEmpty()) {
                        joined.append(flat(cell));
                        compared++;
                    }
                }
                int found = -1;
                for (int i = at; i < table.size() && found < 0; i++) {
                    if (matchesRow(table.get(i), joined.toString(), row)) {
                        found = i;
                    }
                }
                assertThat(found)
                        .as("PDF table " + n + " row " + row + " after line " + at + " of " + table)
                        .isGreaterThanOrEqualTo(0);
                at = found + 1;
                cells += compared;
            }
        }
        count("PDF table cells (non-blank; titles and heading lines)", cells);
    }

    /**
     * A PDF line shows a row: its non-blank cells in order, nothing else; a cell not compared (null) may stand
     * anywhere in it.
     */
    static boolean matchesRow(String line, String joined, List<String> row) {
        if (!row.contains(null)) {
            return line.equals(joined);
        }
        StringBuilder regex = new StringBuilder();
        for (String cell : row) {
            regex.append(cell == null ? "[\\d,.]*" : Pattern.quote(flat(cell)));
        }
        return line.matches(regex.toString());
    }

    @Test
    void coverAndContentsInEveryFormat() throws IOException {
        List<String> reference = referenceContents();
        int compared = 0;
        // HTML
        org.jsoup.nodes.Document html = ReadBack.html(disclosure.bytes(Format.HTML));
        assertThat(flat(html.selectFirst("header.cover").text())).isEqualTo(flat(String.join("", coverLines())));
        compared += coverLines().size();
        compared += contents("HTML", html.select("nav.toc li").eachText(), reference);
        // DOCX
        try (XWPFDocument docx = ReadBack.docx(disclosure.bytes(Format.DOCX))) {
            List<String> paragraphs =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(flat(paragraphs.get(0) + paragraphs.get(1) + paragraphs.get(2)))
                    .startsWith(flat(coverLines().get(0)))
                    .endsWith(flat(coverLines().get(1)));
            compared += coverLines().size();
            List<String> toc = docx.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null
                            && p.getStyle().startsWith("TOC")
                            && !p.getText().isBlank())
                    .map(XWPFParagraph::getText)
                    .toList();
            compared += contents("DOCX", toc.subList(1, toc.size()), reference);
        }
        // PDF
        List<String> pages = pdfPages();
        assertThat(flat(pages.get(0)))
                .contains(flat(coverLines().get(1)))
                .contains(flat(coverLines().get(0)).substring(0, 6));
        assertThat(flat(pages.get(0)).replace(flat(coverLines().get(1)), ""))
                .isEqualTo(flat(coverLines().get(0)));
        compared += coverLines().size();
        List<String> pdfToc = pages.get(1)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("目录") && !l.matches("—\\s*\\d+\\s*—"))
                .map(l -> l.replaceFirst("\\s+\\d+$", ""))
                .toList();
        compared += contents("PDF", pdfToc, reference);
        count("cover lines and 目录 entries", compared);
    }

    /**
     * Our 目录 entries are the reference's, in its order (chapters written by other templates may still be
     * missing); every chapter heading this layout writes (一、三、五) and the nine tables are there.
     */
    private int contents(String format, List<String> ours, List<String> reference) {
        List<String> flatOurs = ours.stream().map(ShanghaiRenderingCheck::flat).toList();
        int at = 0;
        for (String entry : flatOurs) {
            int found = reference.subList(at, reference.size()).indexOf(entry);
            assertThat(found)
                    .as(format + " 目录 entry " + entry + " in the reference's order " + reference)
                    .isGreaterThanOrEqualTo(0);
            at += found + 1;
        }
        for (String own : reference) {
            if (own.matches("[一三五]、.*")
                    || expected.stream().anyMatch(t -> flat(t.title()).equals(own))) {
                assertThat(flatOurs).as(format + " 目录").contains(own);
            }
        }
        return flatOurs.size();
    }

    /** The reference's 目录: chapter lines and table lines, the dot leaders and the table numbers taken off. */
    private List<String> referenceContents() {
        List<String> entries = new ArrayList<>();
        boolean in = false;
        for (String line : text.text().lines().toList()) {
            String f = flat(line);
            if (f.equals("目录")) {
                in = true;
                continue;
            }
            if (!in || f.isEmpty()) {
                continue;
            }
            if (!f.matches("([一二三四五六七八九十]+、|\\d+[.．]).*")) {
                if (!entries.isEmpty()) {
                    break;
                }
                continue;
            }
            entries.add(f.replaceAll("…+$", "").replaceFirst("^\\d+[.．]", ""));
        }
        return entries;
    }

    private void count(String what, int cells) {
        System.out.println(getClass().getSimpleName() + ": " + cells + " " + what + " compared with the reference");
    }

    /**
     * The page flow of the PDF: no page ends with a heading or a table title, and the 目录 gives the page each
     * entry starts on.
     */
    @Test
    void pdfPageFlowAndContentsPages() throws IOException {
        List<String> pages = pdfPages();
        List<String> heads = new ArrayList<>();
        disclosure.document().outline(4).forEach(e -> heads.add(flat(e.text())));
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p)
                    .lines()
                    .map(ShanghaiRenderingCheck::flat)
                    .filter(l -> !l.isEmpty() && !l.matches("—\\d+—"))
                    .toList();
            if (!lines.isEmpty() && p > 1) {
                assertThat(heads)
                        .as("page %d ends with a heading or title", p + 1)
                        .doesNotContain(lines.get(lines.size() - 1));
            }
        }
        int entries = 0;
        for (String line : pages.get(1).lines().toList()) {
            Matcher m = Pattern.compile("^\\s*(\\S.*?)\\s+(\\d+)\\s*$").matcher(line);
            if (m.matches() && heads.contains(flat(m.group(1)))) {
                int page = Integer.parseInt(m.group(2));
                assertThat(pages.get(page - 1).lines().map(ShanghaiRenderingCheck::flat))
                        .as("目录: %s on page %d", m.group(1), page)
                        .contains(flat(m.group(1)));
                entries++;
            }
        }
        assertThat(entries).as("目录 entries with their pages").isGreaterThanOrEqualTo(12);
        count("目录 page numbers and page ends", entries + pages.size());
    }
}
