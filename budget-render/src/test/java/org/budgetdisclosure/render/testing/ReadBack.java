package org.budgetdisclosure.render.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a rendered document back as text, the one way the tests of this module do: the PDF with PDFBox, the DOCX
 * with POI, the HTML with jsoup. The tests assert on what it reads; this class only reads. (The fidelity tests of
 * {@code budget-examples} have the same reader for their own module: test classes are not shared across modules,
 * as this module publishes no test-jar.)
 */
public final class ReadBack {

    private ReadBack() {}

    /** @return the PDF's text in PDFBox's default (content stream) order */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the PDF's text by position, one entry a line, stripped, blank lines left out */
    public static List<String> pdfLines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return List.of(stripper.getText(document).split("\\R")).stream()
                    .filter(line -> !line.isBlank())
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the DOCX, opened (the caller closes it) */
    public static XWPFDocument docx(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the DOCX's text as POI's extractor gives it: paragraphs and table cells, in order */
    public static String docxText(byte[] docx) {
        try (XWPFDocument document = docx(docx);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the HTML, parsed from its UTF-8 bytes */
    public static Document html(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }
}
