package org.budgetdisclosure.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.budgetdisclosure.render.writer.DocumentWriter;
import org.budgetdisclosure.render.writer.NonClosingOutputStream;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.fonts.FontSet;

/**
 * Writes a document as PDF with OpenPDF: A4, portrait for the narrative and landscape for the wide tables, GB/T
 * 9704 margins, embedded subsetted fonts, an outline entry for every table and section, page numbers
 * {@code — 1 —} (none on the cover), the contents with the page of each entry (found in a first pass), the page
 * flow of the document's profile, title, subject, author and language in the metadata, PDF/A-2b
 * ({@link PdfArchival}). The same document gives the same bytes: the dates come from the options and the file ID
 * from the content.
 */
public final class PdfRenderer implements DocumentWriter {

    private final FontSet fonts;

    /** @param fonts the fonts, whose every needed glyph has been checked, not null */
    public PdfRenderer(FontSet fonts) {
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
    }

    private static final float MM = 72f / 25.4f;
    /** GB/T 9704: top 37 mm, left 28 mm, text block 156 × 225 mm. */
    static final float TOP = 37 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = (210 - 28 - 156) * MM;
    static final float BOTTOM = (297 - 37 - 225) * MM;

    /** Where the first pass writes: nowhere; it is not closed, so fonts are not subset nor streams compressed. */
    private static final OutputStream FIRST_PASS = OutputStream.nullOutputStream();

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        FontSet fonts = this.fonts;
        Map<String, Integer> pages = Map.of();
        // how each table is set, measured once for both passes
        Map<Table, Object> layouts = new IdentityHashMap<>();
        if (document.blocks().stream().anyMatch(b -> b instanceof Contents)) {
            // first pass: where each heading and table lands, for the page numbers of the contents
            pages = write(document, fonts, FIRST_PASS, Map.of(), layouts);
            // the numbers found may break a contents line otherwise than the placeholder did (a title that just
            // fits beside 13 but not beside 000), moving what follows: set them and look again until they hold
            for (int i = 0; i < 3; i++) {
                Map<String, Integer> again = write(document, fonts, FIRST_PASS, pages, layouts);
                if (again.equals(pages)) {
                    break;
                }
                pages = again;
            }
        }
        // the first failure of the stream (a full disk) is the error to report: OpenPDF may swallow it and fail
        // later on a page left half-written ("Unbalanced begin/end text operators"), or not at all
        FailureRecording recording = new FailureRecording(out);
        try {
            write(document, fonts, recording, pages, layouts);
        } catch (IOException | RuntimeException e) {
            if (recording.failure != null) {
                IOException failure = new IOException("cannot write PDF: " + recording.failure.getMessage(),
                        recording.failure);
                failure.addSuppressed(e);
                throw failure;
            }
            throw e;
        }
        if (recording.failure != null) {
            throw new IOException("cannot write PDF: " + recording.failure.getMessage(), recording.failure);
        }
    }

    /** Passes bytes on and keeps the first {@link IOException} the stream threw. */
    private static final class FailureRecording extends java.io.FilterOutputStream {
        private IOException failure;

        FailureRecording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            failure = failure == null ? e : failure;
            return e;
        }
    }

    /** Writes the document, with the contents showing {@code pages}; returns the page of each anchor. */
    private static Map<String, Integer> write(Document document, FontSet fonts, OutputStream out,
            Map<String, Integer> pages, Map<Table, Object> layouts) throws IOException {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document();
        PdfFonts pdfFonts = new PdfFonts(fonts);
        PageNumbers numbers = new PageNumbers(pdfFonts);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, new NonClosingOutputStream(out));
            // a cross-reference stream, not a table: OpenPDF writes the table's offsets with String.format in the
            // default locale (PdfWriter.PdfBody.PdfCrossReference), so that ar, fa or th_TH_TH wrote non-ASCII
            // digits and a damaged file; the stream's offsets are binary, and nothing global is changed
            writer.setFullCompression();
            writer.setPageEvent(numbers);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(document.language()));
            pdf.addTitle(document.title());
            pdf.addSubject(document.subject());
            pdf.addAuthor(document.author());
            pdf.addCreator(PdfArchival.CREATOR);
            boolean first = true;
            PdfBlocks blocks = null;
            for (Section section : document.sections()) {
                page(pdf, section.landscape());
                if (first) {
                    open(pdf, writer, document);
                    blocks = new PdfBlocks(pdf, writer, pdfFonts, document, numbers, pages, layouts);
                    first = false;
                } else {
                    pdf.newPage();
                }
                List<Block> list = section.blocks();
                for (int i = 0; i < list.size(); i++) {
                    blocks.following(list.subList(i + 1, list.size()));
                    list.get(i).accept(blocks);
                }
                blocks.rethrow();
            }
            if (first) {
                open(pdf, writer, document);
            }
            if (out == FIRST_PASS) {
                // the last page's lines are set (and their anchors recorded); nothing needs writing
                pdf.newPage();
                return Map.copyOf(numbers.anchors());
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write PDF: " + e.getMessage(), e);
        }
        return Map.copyOf(numbers.anchors());
    }

    private static void open(com.lowagie.text.Document pdf, PdfWriter writer, Document document)
            throws IOException {
        pdf.open();
        fixMetadata(writer, document);
        PdfArchival.apply(writer, document);
    }

    private static void page(com.lowagie.text.Document pdf, boolean landscape) {
        Rectangle size = landscape ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
        pdf.setPageSize(size);
        if (landscape) {
            // the same text block turned: 225 × 156 mm
            pdf.setMargins(TOP, BOTTOM, RIGHT, LEFT);
        } else {
            pdf.setMargins(LEFT, RIGHT, TOP, BOTTOM);
        }
    }

    /** Dates from the document, file ID from the content: the same document, the same bytes. */
    private static void fixMetadata(PdfWriter writer, Document document) {
        LocalDate date = LocalDate.parse(document.date());
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.PRODUCER, new PdfString(PdfArchival.PRODUCER));
        byte[] id = digest(document.toString());
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] digest(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
