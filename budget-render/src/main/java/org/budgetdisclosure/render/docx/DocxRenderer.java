package org.budgetdisclosure.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.render.DocumentWriter;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.FontSet;

/**
 * Writes a document as DOCX with Apache POI: Word heading styles for sections and table titles, a table of
 * contents field, real tables with merged header cells (gridSpan, vMerge) and a written column grid, header rows
 * that repeat, landscape sections for the wide tables, East Asian fonts on styles and runs, and (by default) the
 * fonts it uses embedded, cut to the characters used, so that Word, WPS and LibreOffice show the right glyphs on
 * a machine without Chinese fonts. The zip is written with fixed entry times and order: same document, same bytes.
 */
public final class DocxRenderer implements DocumentWriter {

    @Override
    public void write(Document document, FontSet fonts, RenderOptions options, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        try (StreamedDocument doc = new StreamedDocument()) {
            DocxFonts docxFonts = new DocxFonts(fonts);
            DocxStyles.install(doc, docxFonts);
            properties(doc, document);
            doc.getSettings().setUpdateFields();
            doc.body(new DocxBody(document, docxFonts));
            if (options.embedDocxFont()) {
                FontEmbedding.embed(doc, docxFonts, document);
            }
            doc.write(raw);
        }
        StableZip.rewrite(raw.toByteArray(), out, LocalDate.parse(document.date()));
    }

    private static void properties(XWPFDocument doc, Document document) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date date = Date.from(LocalDate.parse(document.date()).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setTitle(document.title());
        core.setSubjectProperty(document.subject());
        core.setCreator(document.author());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.getUnderlyingProperties().setLanguageProperty(document.language());
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("budget-disclosure");
    }
}
