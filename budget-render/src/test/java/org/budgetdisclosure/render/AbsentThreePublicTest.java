package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A budget that states no “三公” line at all says so in the Hebei layout, and claims no amount (not even zero); one
 * that states zeros prints them.
 */
class AbsentThreePublicTest {

    @Test
    void noThreePublicLineClaimsNoAmountInAnyFormat() throws Exception {
        Disclosure d = Disclosure.of(TestBudgets.small("某某局").build());
        String html = Jsoup.parse(new String(d.bytes(Format.HTML), StandardCharsets.UTF_8)).text();
        String pdf;
        try (PDDocument doc = Loader.loadPDF(d.bytes(Format.PDF))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        String docx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(d.bytes(Format.DOCX)))) {
            docx = String.join("", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        for (String text : new String[] {html.replaceAll("\\s", ""), pdf, docx.replaceAll("\\s", "")}) {
            assertThat(text).contains("2023年我部门预算未列报“三公”经费。")
                    .doesNotContain("“三公”经费预算安排").doesNotContain("公务接待费安排");
        }
    }

    @Test
    void zerosStatedArePrintedAsZeros() {
        Disclosure d = Disclosure.of(TestBudgets.small("某某局")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "0").build());
        String html = Jsoup.parse(new String(d.bytes(Format.HTML), StandardCharsets.UTF_8)).text();
        assertThat(html).contains("2023年我部门“三公”经费预算安排0.00万元").contains("公务接待费安排0.00万元")
                .doesNotContain("未列报“三公”经费");
    }
}
