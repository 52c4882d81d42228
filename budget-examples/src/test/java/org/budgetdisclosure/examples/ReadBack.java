package org.budgetdisclosure.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a rendered document back as text, the one way every test of this module does: the PDF with PDFBox (whole,
 * by page or by line, in position order), the DOCX's paragraphs with POI, the HTML with jsoup. The tests compare
 * what they read with the statements or the published reference; this class only reads.
 */
final class ReadBack {

    private ReadBack() {}

    /** @return the PDF's text in PDFBox's default (content stream) order */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the text of each page of the PDF, by position */
    static List<String> pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return pdfPages(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the text of each page of an open PDF, by position */
    static List<String> pdfPages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** @return the PDF's text by position, one entry a line, stripped, blank lines left out */
    static List<String> pdfLines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return nonBlank(List.of(stripper.getText(document).split("\\R")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the DOCX's body paragraphs (not those in tables), stripped, blank ones left out */
    static List<String> docxParagraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return nonBlank(document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the DOCX, opened (the caller closes it) */
    static XWPFDocument docx(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the HTML, parsed from its UTF-8 bytes */
    static Document html(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    /** @return the text of the HTML's headings, paragraphs and list items in document order, stripped */
    static List<String> htmlBlocks(byte[] html) {
        return html(html).body().select("h1, h2, h3, h4, p, li").stream()
                .map(Element::text)
                .map(String::strip)
                .toList();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).map(String::strip).toList();
    }
}
