package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;

/**
 * A Shanghai budget rendered in a Shanghai profile, read back as the lines of one chapter: from its heading (such as
 * 六、其他相关情况说明) to the next chapter heading, each heading, paragraph and list item a line, from the HTML
 * (jsoup) and the DOCX (POI); and the PDF's text without its line breaks (PDFBox), where each line must stand.
 */
final class ShanghaiChapters {

    private final Disclosure disclosure;
    private final byte[] html;
    private final byte[] docx;
    private final byte[] pdf;

    ShanghaiChapters(Budget budget, String profile) {
        this.disclosure = Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.of(profile)));
        this.html = disclosure.bytes(Format.HTML);
        this.docx = disclosure.bytes(Format.DOCX);
        this.pdf = disclosure.bytes(Format.PDF);
    }

    Disclosure disclosure() {
        return disclosure;
    }

    /** @return the lines of the HTML's chapter headed by {@code heading}, up to the next chapter */
    List<String> html(String heading) {
        return chapter(ReadBack.htmlBlocks(html), heading);
    }

    /** @return the lines of the DOCX's chapter headed by {@code heading}, up to the next chapter */
    List<String> docx(String heading) {
        return chapter(ReadBack.docxParagraphs(docx), heading);
    }

    /** The chapter headed by {@code heading} is exactly {@code lines}, in the HTML and in the DOCX. */
    void assertChapter(String heading, List<String> lines) {
        assertThat(html(heading)).containsExactlyElementsOf(lines);
        assertThat(docx(heading)).containsExactlyElementsOf(lines);
    }

    /** Every one of {@code lines} stands in the PDF, white space aside. */
    void assertInPdf(List<String> lines) {
        String pdf = pdfText();
        for (String line : lines) {
            assertThat(pdf).contains(line.replaceAll("\\s+", ""));
        }
    }

    /** @return the PDF's whole text, every white space removed (lines wrap anywhere in Chinese) */
    String pdfText() {
        return ReadBack.pdfText(pdf).replaceAll("\\s+", "");
    }

    private static List<String> chapter(List<String> lines, String heading) {
        // the heading's last occurrence: the 目录 lists it first
        List<String> stripped = lines.stream().map(String::strip).toList();
        List<String> out = new ArrayList<>();
        int start = stripped.lastIndexOf(heading);
        for (int i = start; i >= 0 && i < stripped.size(); i++) {
            if (i > start && isChapter(stripped.get(i))) {
                break;
            }
            out.add(stripped.get(i));
        }
        return out;
    }

    /** Chapter headings of the Shanghai layouts (a chapter's parts are numbered 一、 too, but are not these). */
    private static boolean isChapter(String line) {
        return line.matches("[一二三四五六七]、(部门|单位)(主要职能|机构设置|预算编制说明|预算表)|[三六七]、(名词解释|其他相关情况说明|项目经费情况说明)");
    }

    /** @param name a reference text in {@code /reference/} @return its text, whitespace removed */
    static String referenceText(String name) {
        try (InputStream in = ShanghaiChapters.class.getResourceAsStream("/reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("[\\s\\u00a0\\u3000]+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
