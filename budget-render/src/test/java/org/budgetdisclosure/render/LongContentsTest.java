package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * A 目录 of several pages: the PDF sets it after the body and moves it behind the cover, so every page number it
 * prints, and every page's own number, must be where the page stands in the file.
 */
class LongContentsTest {

    @Test
    void aContentsOfSeveralPagesGivesEachEntryThePageItStandsOn() throws Exception {
        List<Block> body = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            body.add(new Heading(1, title(i), "h" + i, true));
            body.add(new Paragraph("本节说明第" + i + "项专项资金的安排情况。".repeat(1 + i % 7), Paragraph.Style.BODY));
        }
        Document document = new Document(
                "长目录",
                "长目录",
                "某某局",
                "zh-CN",
                "2026-01-01",
                List.of(
                        new Section(false, List.of(new Cover(List.of("某某局"), List.of("2026年1月")))),
                        new Section(false, List.of(new Contents("目录", 2))),
                        new Section(false, body)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(FontSet.bundled()).write(document, out);
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf));
            }
        }
        assertThat(flat(pages.get(0))).isEqualTo("某某局2026年1月");
        assertThat(pages.get(1).strip()).startsWith("目录");
        // every page after the cover carries its own place in the file as its number
        for (int p = 1; p < pages.size(); p++) {
            assertThat(flat(pages.get(p))).as("page %d's number", p + 1).endsWith("—" + (p + 1) + "—");
        }
        // the body begins on the page the first entry gives (the dot leaders are drawn, not text)
        int contentsPages = printed(flat(pages.get(1)), title(1)) - 2;
        assertThat(contentsPages).as("pages of the contents").isGreaterThanOrEqualTo(3);
        String contents = flat(String.join("", pages.subList(1, 1 + contentsPages)));
        for (int i = 1; i <= 120; i++) {
            String title = title(i);
            int page = printed(contents, title);
            assertThat(flat(pages.get(page - 1)))
                    .as("page %d holds %s", page, title)
                    .contains(title);
            assertThat(flat(pages.get(page - 2)))
                    .as("page %d does not", page - 1)
                    .doesNotContain(title);
        }
    }

    /**
     * Short titles and titles about a line long, their widths swept in steps of a Latin letter: some end just before
     * the number's slot, some just after it, some wrap; with
     * the numbers known the lines must break as they did with the placeholder the 目录's pages were counted with.
     */
    private static String title(int i) {
        String text = "专项资金安排情况及绩效目标说明与预算执行管理安排的有关事项和其他需要说明的情况";
        return i % 3 == 0
                ? "第" + i + "节" + text.substring(0, 4 + i % 9)
                : "第" + i + "节" + text.substring(0, 25 + i % 5) + "x".repeat(i % 7);
    }

    /** @return the page number that follows the title in the 目录's text (its dots are drawn, not text) */
    private static int printed(String contents, String title) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(title) + "(\\d+)")
                .matcher(contents);
        if (!m.find()) {
            throw new AssertionError("no contents entry for " + title);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s", "");
    }
}
