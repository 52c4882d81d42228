package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF of the reference, read back with PDFBox: the figures of every table in order, names, sections, fonts,
 * outline, metadata, page orientation, and the same bytes twice.
 */
class ReferencePdfTest {

    private static final ReferenceDocument REFERENCE = ReferenceDocument.load();
    private static PDDocument pdf;
    private static List<String> pages;

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(ReferenceRendering.bytes(Format.PDF));
        pages = ReadBack.pdfPages(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void everyTableHasTheReferenceFiguresInOrderAndItsNames() {
        for (StatementId id : StatementId.values()) {
            List<String> ours = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < pages.size(); p++) {
                if (tableOf(p) == id.number()) {
                    text.append(pages.get(p));
                    for (String line : pages.get(p).split("\\R")) {
                        if (line.startsWith("栏次") || line.matches("— \\d+ —")) {
                            continue;
                        }
                        for (String token : line.trim().split("\\s+")) {
                            if (token.matches("\\d+(\\.\\d+)?")) {
                                ours.add(token);
                            }
                        }
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            for (List<String> row : ReferenceRendering.expectedBody(REFERENCE, id.number())) {
                for (String cell : row) {
                    if (cell.matches("\\d+(\\.\\d+)?")) {
                        expected.add(cell);
                    }
                }
            }
            assertThat(ours)
                    .as("numbers of table %d in reading order", id.number())
                    .isEqualTo(expected);
            String flat = ReferenceRendering.normalize(text.toString());
            assertThat(flat).contains(ReferenceRendering.title(id));
            for (List<String> row : ReferenceRendering.expectedBody(REFERENCE, id.number())) {
                for (String cell : row) {
                    if (!cell.isEmpty() && !cell.matches("\\d+(\\.\\d+)?")) {
                        assertThat(isSubsequence(cell, flat))
                                .as("table %d: %s", id.number(), cell)
                                .isTrue();
                    }
                }
            }
            String note = REFERENCE.note(id.number());
            if (!note.isEmpty()) {
                assertThat(flat).contains(ReferenceRendering.normalize(note));
            }
        }
    }

    @Test
    void narrativeSectionsStateTheTableFigures() {
        String all = ReferenceRendering.normalize(String.join("", pages));
        for (int s = 0; s < ReferenceRendering.SECTIONS.size(); s++) {
            String heading = ReferenceRendering.SECTIONS.get(s);
            // after the contents, which list the sections too
            int start = all.indexOf(ReferenceRendering.normalize(heading), all.lastIndexOf("第一部分"));
            int end = s + 1 < ReferenceRendering.SECTIONS.size()
                    ? all.indexOf(ReferenceRendering.normalize(ReferenceRendering.SECTIONS.get(s + 1)), start)
                    : all.length();
            assertThat(start).as(heading).isPositive();
            String section = all.substring(start, end);
            for (String figure : ReferenceRendering.SECTION_FIGURES.get(heading.substring(0, 1))) {
                assertThat(section).as("section %s", heading).contains(ReferenceRendering.normalize(figure));
            }
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTextCopiesOut() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                names.add(font.getName().substring(7));
            }
        }
        assertThat(names).contains("NotoSerifSC-Regular", "NotoSerifSC-Bold", "NotoSansSC-Bold");
        // copy-paste gives the characters: the extracted text has the reference's Chinese, no replacement marks
        String all = String.join("", pages);
        assertThat(ReferenceRendering.normalize(all))
                .contains("部门预算一般公共预算财政拨款基本支出表")
                .contains("本年度预算收入2538.88万元，全部为一般公共预算拨款收入。");
        assertThat(all).doesNotContain("\uFFFD");
    }

    @Test
    void outlineMetadataAndPages() {
        List<String> outline = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getDocumentOutline().children(), outline);
        for (StatementId id : StatementId.values()) {
            assertThat(outline).contains(ReferenceRendering.title(id));
        }
        assertThat(outline).containsAll(ReferenceRendering.SECTIONS);
        var info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo("乐亭县工业和信息化局2022年部门预算公开");
        assertThat(info.getSubject()).contains("部门预算");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pdf.getPage(p);
            boolean landscape =
                    page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            assertThat(Math.round(Math.max(
                            page.getMediaBox().getWidth(), page.getMediaBox().getHeight())))
                    .isEqualTo(842);
            assertThat(landscape)
                    .as("page %d", p + 1)
                    .isEqualTo(tableOf(p) > 0
                            || ReferenceRendering.normalize(pages.get(p)).contains("部门政府采购预算支出一览表"));
            if (p == 0) {
                assertThat(pages.get(p)).as("the cover has no page number").doesNotContain("—");
            } else {
                assertThat(pages.get(p).strip()).endsWith("— " + (p + 1) + " —");
            }
        }
    }

    @Test
    void theSameBudgetGivesTheSameBytes() {
        assertThat(ReferenceRendering.DISCLOSURE.bytes(Format.PDF)).isEqualTo(ReferenceRendering.bytes(Format.PDF));
    }

    /** The table a page belongs to: the last table title seen on it or an earlier page, 0 for narrative pages. */
    private static int tableOf(int page) {
        for (int p = page; p >= 0; p--) {
            String text = ReferenceRendering.normalize(pages.get(p));
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

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    private static boolean isSubsequence(String needle, String haystack) {
        int at = 0;
        for (int i = 0; i < needle.length(); i++) {
            at = haystack.indexOf(needle.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
