package org.budgetdisclosure.render.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.budgetdisclosure.render.internal.StableZip;
import org.budgetdisclosure.render.writer.DocumentWriter;

/**
 * Writes a document as DOCX with Apache POI: Word heading styles for sections and table titles, a table of
 * contents field, real tables with merged header cells (gridSpan, vMerge) and a written column grid, header rows
 * that repeat, landscape sections for the wide tables, East Asian fonts on the styles (a run names only a font
 * that differs from its paragraph style's; docs/docx.md), and (by default) the
 * fonts it uses embedded, cut to the characters used, so that Word, WPS and LibreOffice show the right glyphs on
 * a machine without Chinese fonts. The zip is written with fixed entry times and order: same document, same bytes.
 */
public final class DocxRenderer implements DocumentWriter {

    private final FontSet fonts;
    private final boolean embedFont;
    private final FontSubsets subsets;

    /**
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param embedFont whether the file carries subsets of the fonts it uses
     */
    public DocxRenderer(FontSet fonts, boolean embedFont) {
        this(fonts, embedFont, new FontSubsets());
    }

    /**
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param embedFont whether the file carries subsets of the fonts it uses
     * @param subsets the subsets of this document's fonts, shared with its other writers, not null
     */
    public DocxRenderer(FontSet fonts, boolean embedFont, FontSubsets subsets) {
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
        this.embedFont = embedFont;
        this.subsets = java.util.Objects.requireNonNull(subsets, "subsets");
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        FontSet fonts = this.fonts;
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        // parts written once, straight into the final zip: the body (streamed) and the embedded fonts
        Map<String, StableZip.PartWriter> parts = new LinkedHashMap<>();
        Map<String, StableZip.DeflatedPart> fontParts = new LinkedHashMap<>();
        DocxFonts docxFonts = new DocxFonts(fonts);
        DocxStyles styles = new DocxStyles(docxFonts);
        try (XWPFDocument doc = new XWPFDocument()) {
            styles.install(doc);
            properties(doc, document);
            doc.getSettings().setUpdateFields();
            if (embedFont) {
                fontParts.putAll(FontEmbedding.embed(doc, docxFonts, document, subsets));
            }
            // POI's zip is read back and rewritten at once: store it, so that only the final zip deflates
            ZipArchiveOutputStream stored = new ZipArchiveOutputStream(raw);
            stored.setLevel(Deflater.NO_COMPRESSION);
            doc.write(stored);
        }
        // the body is streamed straight into the final zip: a large document never sits in memory as XML
        DocxBody body = new DocxBody(document, docxFonts, styles);
        parts.put("word/document.xml", part -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(part, StandardCharsets.UTF_8), 1 << 16);
            body.write(writer);
            writer.flush();
        });
        StableZip.rewrite(
                raw.toByteArray(),
                out,
                LocalDate.parse(document.date()),
                parts,
                fontParts,
                Deflater.DEFAULT_COMPRESSION);
    }

    private static void properties(XWPFDocument doc, Document document) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date date = Date.from(
                LocalDate.parse(document.date()).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setTitle(document.title());
        core.setSubjectProperty(document.subject());
        core.setCreator(document.author());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.getUnderlyingProperties().setLanguageProperty(document.language());
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("budget-disclosure");
    }
}
