package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page flow of the reference PDF, read page by page with PDFBox: no page ends with a heading, a label or a
 * table title; a table that breaks leaves at least the profile's fewest rows on each page (rows counted by the
 * horizontal rules PDFBox finds on the page); the tables that fit a page stand on one page; no line holds a lone
 * character of a title; the contents give the page each entry starts on; the cover is centred and unnumbered.
 */
class ReferencePageFlowTest {

    private static final Document DOCUMENT = ReferenceRendering.DISCLOSURE.document();
    private static PDDocument pdf;
    private static List<String> pages;
    private static final List<String> HEADS = new ArrayList<>();
    private static final List<Table> TABLES = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(ReferenceRendering.bytes(Format.PDF));
        pages = new ArrayList<>();
        for (String page : ReadBack.pdfPages(pdf)) {
            // the page number is not part of the flow
            pages.add(page.replaceAll("— \\d+ —\\s*$", "").strip());
        }
        DOCUMENT.accept(new BlockVisitor() {
            @Override
            public void visit(Heading heading) {
                HEADS.add(heading.text());
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.style() == Paragraph.Style.LABEL) {
                    HEADS.add(paragraph.text());
                }
            }

            @Override
            public void visit(ItemList list) {}

            @Override
            public void visit(Table table) {
                TABLES.add(table);
                if (!table.title().isEmpty()) {
                    HEADS.add(table.title());
                }
            }
        });
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static String flat(String text) {
        return ReferenceRendering.normalize(text);
    }

    @Test
    void noPageEndsWithAHeadingOrATitle() {
        assertThat(HEADS).hasSizeGreaterThan(30);
        for (int p = 0; p < pages.size(); p++) {
            String page = flat(pages.get(p));
            for (String head : HEADS) {
                assertThat(page).as("page %d ends with '%s'", p + 1, head).doesNotEndWith(flat(head));
            }
        }
    }

    @Test
    void aBrokenTableLeavesAtLeastFiveRowsOnEachPage() throws IOException {
        int min = DOCUMENT.pageFlow().minRowsPerFragment();
        assertThat(min).isEqualTo(5);
        int broken = 0;
        for (StatementId id : StatementId.values()) {
            Table table = TABLES.stream()
                    .filter(t -> t.anchor().equals("table-" + id.number()))
                    .findFirst()
                    .orElseThrow();
            List<Integer> fragments = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (tableOf(p) == id.number()) {
                    fragments.add(rules(pdf.getPage(p)) - 1 - table.header().size());
                }
            }
            // the rules counted are the rows: every body row is on some page, once
            assertThat(fragments.stream().mapToInt(Integer::intValue).sum())
                    .as(ReferenceRendering.title(id))
                    .isEqualTo(table.body().size());
            if (fragments.size() > 1) {
                broken++;
                assertThat(fragments)
                        .as("rows of %s on each of its pages", ReferenceRendering.title(id))
                        .allMatch(n -> n >= min);
            }
        }
        assertThat(broken).as("the reference has a table that must break").isPositive();
    }

    @Test
    void tablesThatFitAPageStandOnOne() {
        // 收支总表 (36 rows), 收入总表 and 支出总表 fit one landscape page at the profile's smallest size
        for (int t : new int[] {1, 2, 3, 5, 6, 7, 8, 9}) {
            int number = t;
            long count = java.util.stream.IntStream.range(0, pages.size())
                    .filter(p -> tableOf(p) == number)
                    .count();
            assertThat(count).as("pages of table %d", t).isEqualTo(1);
        }
        // no narrative table (institutions, indicators, procurement, assets) breaks: a broken table repeats its
        // header on the next page, so each header is printed once per table that has it
        java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
        for (Table table : TABLES) {
            if (!table.anchor().startsWith("table-") && !table.header().isEmpty()) {
                expected.merge(header(table), 1, Integer::sum);
            }
        }
        assertThat(expected).isNotEmpty();
        int[] whole = {0};
        expected.forEach((header, tables) -> {
            int printed = 0;
            for (String page : pages) {
                String text = flat(page);
                for (int i = text.indexOf(header); i >= 0; i = text.indexOf(header, i + 1)) {
                    printed++;
                }
            }
            // (a header whose cells wrap is not found as one text: never more often than its tables)
            assertThat(printed).as("headers printed '%s'", header).isLessThanOrEqualTo(tables);
            whole[0] += printed == tables ? tables : 0;
        });
        assertThat(whole[0]).as("tables whose header was found, once each").isGreaterThanOrEqualTo(4);
    }

    private static String header(Table table) {
        StringBuilder text = new StringBuilder();
        table.header().get(table.header().size() - 1).cells().forEach(c -> text.append(flat(c.text())));
        return text.toString();
    }

    @Test
    void noLineHoldsALoneCharacterOfATitle() {
        for (String page : pages) {
            String[] lines = page.split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.codePointCount(0, line.length()) != 1) {
                    continue;
                }
                String joined = flat(lines[i - 1]) + line;
                for (String head : HEADS) {
                    assertThat(joined.endsWith(flat(head)) && flat(head).length() > 1)
                            .as("'%s' broken with one character on its last line", head)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void theContentsGiveThePageOfEachEntryAndTheCoverIsCentredAndUnnumbered() throws IOException {
        Cover cover = (Cover) DOCUMENT.sections().get(0).blocks().get(0);
        assertThat(flat(pages.get(0)))
                .isEqualTo(flat(String.join("", cover.titleLines()) + String.join("", cover.footLines())));
        String contents = pages.get(1);
        assertThat(contents).startsWith("目录");
        int entries = 0;
        for (var entry : DOCUMENT.outline(2)) {
            String line = contents.lines()
                    .map(String::strip)
                    .filter(l -> flat(l).startsWith(flat(entry.text())))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no contents line for " + entry.text()));
            int printed = Integer.parseInt(line.replaceAll(".*?(\\d+)$", "$1"));
            assertThat(flat(pages.get(printed - 1)))
                    .as("page %d holds %s", printed, entry.text())
                    .contains(flat(entry.text()));
            assertThat(pageOf(flat(entry.text()))).as(entry.text()).isEqualTo(printed - 1);
            entries++;
        }
        assertThat(entries).isGreaterThanOrEqualTo(9 + 9);
    }

    /** The first page after the contents whose text holds this. */
    private static int pageOf(String text) {
        for (int p = 2; p < pages.size(); p++) {
            if (flat(pages.get(p)).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("not found: " + text);
    }

    /** The table a page belongs to: the last table title seen on it or an earlier page, 0 for narrative pages. */
    private static int tableOf(int page) {
        for (int p = page; p >= 2; p--) {
            String text = flat(pages.get(p));
            if (text.contains("第一部分")) {
                return 0;
            }
            for (int t = 9; t >= 1; t--) {
                if (text.contains(ReferenceRendering.TITLES.get(t - 1) + "304工信局")) {
                    return t;
                }
            }
        }
        return 0;
    }

    /** The number of distinct heights at which a page has horizontal rules (table borders). */
    private static int rules(PDPage page) throws IOException {
        TreeSet<Long> ys = new TreeSet<>();
        new PDFGraphicsStreamEngine(page) {
            private Point2D current;

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                if (Math.abs(p0.getY() - p2.getY()) < 1.5) {
                    ys.add(Math.round(p0.getY()));
                } else if (Math.abs(p0.getX() - p2.getX()) >= 1.5) {
                    ys.add(Math.round(p0.getY()));
                    ys.add(Math.round(p2.getY()));
                }
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                if (current != null && Math.abs(current.getY() - y) < 0.5 && Math.abs(current.getX() - x) > 1) {
                    ys.add((long) Math.round(y));
                }
                current = new Point2D.Float(x, y);
            }

            @Override
            public void drawImage(PDImage pdImage) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {}

            @Override
            public void endPath() {}

            @Override
            public void strokePath() {}

            @Override
            public void fillPath(int windingRule) {}

            @Override
            public void fillAndStrokePath(int windingRule) {}

            @Override
            public void shadingFill(COSName shadingName) {}

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return ys.size();
    }
}
