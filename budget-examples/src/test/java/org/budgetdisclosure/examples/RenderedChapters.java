package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;

/**
 * A rendered disclosure read back as text: the lines of a chapter (each heading and paragraph a line, from its
 * heading to the next chapter heading 一、…七、 at the top level) from the HTML (jsoup) and the DOCX (POI), and
 * the PDF's whole text without white space and page numbers (PDFBox; Chinese lines wrap anywhere, and a paragraph
 * may run on over a page's number, so a paragraph is looked for as a piece of the text).
 */
final class RenderedChapters {

    private final byte[] html;
    private final byte[] docx;
    private final byte[] pdf;

    RenderedChapters(Disclosure disclosure) {
        this.html = disclosure.bytes(Format.HTML);
        this.docx = disclosure.bytes(Format.DOCX);
        this.pdf = disclosure.bytes(Format.PDF);
    }

    /** @return every heading and paragraph of the HTML, in order */
    List<String> htmlLines() {
        return ReadBack.htmlBlocks(html);
    }

    /** @return every non-blank paragraph of the DOCX, in order */
    List<String> docxLines() {
        return ReadBack.docxParagraphs(docx);
    }

    /**
     * The chapter headed by {@code heading} has {@code lineCount} lines in the HTML, the same in the DOCX, reads as
     * {@code expected} ({@link #comparable}), and each of its lines stands in the PDF.
     */
    void assertSameInEveryFormat(String heading, String expected, int lineCount) {
        List<String> html = chapter(htmlLines(), heading);
        List<String> docx = chapter(docxLines(), heading);
        assertThat(html).hasSize(lineCount);
        assertThat(docx).isEqualTo(html);
        assertThat(comparable(String.join("", html))).isEqualTo(expected);
        String pdf = comparable(pdfText());
        for (String line : html) {
            assertThat(pdf).as("PDF").contains(comparable(line));
        }
    }

    /** @return the PDF's text, every white space and the page numbers (— 4 —) removed */
    String pdfText() {
        return ReadBack.pdfText(pdf).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    /**
     * @param lines a document's lines
     * @param heading the chapter's heading, such as 四、部门预算编制说明
     * @return its lines, heading included, up to the next chapter heading (the last line equal to the heading is the
     *     body's, the first may be the 目录's); empty if there is no such chapter
     */
    static List<String> chapter(List<String> lines, String heading) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        int start = lines.lastIndexOf(heading); // the body's heading, after the 目录's entry
        for (String line : lines.subList(Math.max(0, start), lines.size())) {
            if (line.equals(heading) && !in) {
                in = true;
            } else if (in && isChapter(line)) {
                break;
            }
            if (in) {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean isChapter(String line) {
        return line.matches("[一二三四五六七]、(部门|单位)(主要职能|机构设置|预算编制说明|预算表)" + "|[三六七]、(名词解释|其他相关情况说明|项目经费情况说明)");
    }

    /**
     * @param name a reference text in {@code /reference/}
     * @param from the line (stripped) the part starts at
     * @param to the line (stripped) the part ends before; null for the end of the text
     * @return the lines of that part of the reference, stripped, blank ones left out
     */
    static List<String> referencePart(String name, String from, String to) {
        try (InputStream in = RenderedChapters.class.getResourceAsStream("/reference/" + name)) {
            List<String> out = new ArrayList<>();
            boolean on = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.equals(from)) {
                    on = true;
                } else if (on && l.equals(to)) {
                    break;
                }
                if (on && !l.isEmpty()) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The comparable form of a text: white space removed (the reference is a {@code pdftotext -layout} text with
     * its line breaks and justification spaces), thousands separators removed and an exact zero written 0.00
     * (the profile's narrative amount style decides both; the figures are what is compared).
     *
     * @param text a text
     * @return its comparable form
     */
    static String comparable(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", "")
                .replaceAll("(?<=\\d),(?=\\d{3})", "")
                .replaceAll("(?<![\\d.])0(?=万元)", "0.00");
    }
}
