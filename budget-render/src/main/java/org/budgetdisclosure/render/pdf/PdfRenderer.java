package org.budgetdisclosure.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.budgetdisclosure.render.writer.DocumentWriter;
import org.budgetdisclosure.render.writer.NonClosingOutputStream;

/**
 * Writes a document as PDF with OpenPDF: A4, portrait for the narrative and landscape for the wide tables, GB/T
 * 9704 margins, embedded subsetted fonts, an outline entry for every table and section, page numbers
 * {@code — 1 —} (none on the cover), the contents with the page of each entry (found in a first pass), the page
 * flow of the document's profile, title, subject, author and language in the metadata, PDF/A-2b, or PDF/A-3b with
 * associated files ({@link PdfArchival}, {@link AssociatedFiles}), tagged for PDF/UA-1: OpenPDF lays the pages out
 * and records where each block's content lands ({@link Tagging}), a PDFBox pass marks the content and writes the
 * structure tree ({@link PdfTags}). The same document gives the same bytes: the dates come from the options and
 * the file ID from the content.
 */
public final class PdfRenderer implements DocumentWriter {

    private final FontSet fonts;
    private final List<AssociatedFile> files;
    private final FontSubsets subsets;
    /** Changes what the PDF is told of the shared subsets: nothing, but in tests of the fonts kept. */
    private final java.util.function.UnaryOperator<PdfFontPrograms.Shared> sharing;

    /** @param fonts the fonts, whose every needed glyph has been checked, not null */
    public PdfRenderer(FontSet fonts) {
        this(fonts, List.of());
    }

    /**
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param files the files the PDF carries (PDF/A-3 associated files: the figures, the budget file); with none
     *     the PDF is PDF/A-2b, with any PDF/A-3b; not null
     */
    public PdfRenderer(FontSet fonts, List<AssociatedFile> files) {
        this(fonts, files, new FontSubsets());
    }

    /**
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param files the files the PDF carries, as {@link #PdfRenderer(FontSet, List)} takes them, not null
     * @param subsets the font subsets of the document, shared with its DOCX and HTML: the PDF embeds them as they
     *     do, cut and deflated once ({@link PdfFontPrograms}), not null
     */
    public PdfRenderer(FontSet fonts, List<AssociatedFile> files, FontSubsets subsets) {
        this(fonts, files, subsets, java.util.function.UnaryOperator.identity());
    }

    /** For tests: {@code sharing} changes what the PDF is told of the shared subsets. */
    PdfRenderer(
            FontSet fonts,
            List<AssociatedFile> files,
            FontSubsets subsets,
            java.util.function.UnaryOperator<PdfFontPrograms.Shared> sharing) {
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
        this.files = List.copyOf(files);
        this.subsets = java.util.Objects.requireNonNull(subsets, "subsets");
        this.sharing = sharing;
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
        // how each table is set, measured once for every pass
        Map<Table, Object> layouts = new IdentityHashMap<>();
        int contents = contentsSection(document);
        int contentsPages = 0;
        if (contents >= 0) {
            // one pass: the contents are set last, numbered from their place, and moved there; what they need to
            // know first is how many pages they take, which a pass over them alone tells
            contentsPages = measure(document, fonts, contents, layouts);
        } else if (document.blocks().stream().anyMatch(b -> b instanceof Contents)) {
            // contents among other blocks: a first pass finds where each heading and table lands
            pages = write(document, fonts, FIRST_PASS, Map.of(), layouts, -1, 0, 2, new Tagging[1]);
        }
        // the first failure of the stream (a full disk) is the error to report: OpenPDF may swallow it and fail
        // later on a page left half-written ("Unbalanced begin/end text operators"), or not at all
        // buffered: PDFBox writes a saved file in pieces of a few bytes (4,000 system calls for the reference)
        FailureRecording recording = new FailureRecording(new java.io.BufferedOutputStream(out, 1 << 16));
        try {
            java.io.ByteArrayOutputStream laidOut = new java.io.ByteArrayOutputStream(1 << 18);
            Tagging[] tagging = new Tagging[1];
            write(document, fonts, laidOut, pages, layouts, contents, contentsPages, files.isEmpty() ? 2 : 3, tagging);
            PdfTags.apply(laidOut.toByteArray(), tagging[0], files, document.date(), shared(document), recording);
            recording.flush();
        } catch (IOException | RuntimeException e) {
            if (recording.failure != null) {
                IOException failure =
                        new IOException("cannot write PDF: " + recording.failure.getMessage(), recording.failure);
                failure.addSuppressed(e);
                throw failure;
            }
            throw e;
        }
        if (recording.failure != null) {
            throw new IOException("cannot write PDF: " + recording.failure.getMessage(), recording.failure);
        }
    }

    /** The document's subsets of its faces, each known by the PostScript name OpenPDF gives its font. */
    private PdfFontPrograms.Shared shared(Document document) {
        PdfFonts pdfFonts = new PdfFonts(fonts);
        Map<String, FontFace> byName = new java.util.HashMap<>();
        java.util.Set<String> twice = new java.util.HashSet<>();
        for (FontRole role : FontRole.values()) {
            for (FontFace face : fonts.faces(role)) {
                String name = pdfFonts.base(face).getPostscriptFontName();
                FontFace before = byName.put(name, face);
                if (before != null && !before.equals(face)) {
                    twice.add(name);
                }
            }
        }
        byName.keySet().removeAll(twice); // two faces of one name: neither is known by it
        return sharing.apply(new PdfFontPrograms.Shared(subsets, byName, subsets.textByFace(document, fonts)));
    }

    /** @return the index of the section that holds the contents and nothing else, or -1 */
    private static int contentsSection(Document document) {
        List<Section> sections = document.sections();
        for (int i = 0; i < sections.size(); i++) {
            List<Block> blocks = sections.get(i).blocks();
            if (!blocks.isEmpty() && blocks.stream().allMatch(b -> b instanceof Contents)) {
                return i;
            }
        }
        return -1;
    }

    /** @return how many pages the contents section takes, set with page numbers as wide as any */
    private static int measure(Document document, FontSet fonts, int contents, Map<Table, Object> layouts)
            throws IOException {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document();
        PdfFonts pdfFonts = new PdfFonts(fonts);
        PageNumbers numbers = new PageNumbers(pdfFonts);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, FIRST_PASS);
            writer.setPageEvent(numbers);
            Section section = document.sections().get(contents);
            page(pdf, section.landscape());
            pdf.open();
            PdfBlocks blocks = new PdfBlocks(pdf, writer, pdfFonts, document, numbers, Map.of(), layouts);
            for (Block block : section.blocks()) {
                block.accept(blocks);
            }
            blocks.rethrow();
            // the pages written: a page begun but left empty (the spacing after a full page) is not one
            pdf.newPage();
            return writer.reorderPages(null);
        } catch (DocumentException e) {
            throw new IOException("cannot write PDF: " + e.getMessage(), e);
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

    /**
     * Writes the document, with the contents showing {@code pages}; returns the page of each anchor. With a
     * {@code contents} section of {@code contentsPages} pages, that section is set after the others, with the
     * pages they found, and its pages are moved to its place before the file is closed.
     */
    private static Map<String, Integer> write(
            Document document,
            FontSet fonts,
            OutputStream out,
            Map<String, Integer> pages,
            Map<Table, Object> layouts,
            int contents,
            int contentsPages,
            int part,
            Tagging[] tagging)
            throws IOException {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document();
        PdfFonts pdfFonts = new PdfFonts(fonts);
        PageNumbers numbers = new PageNumbers(pdfFonts);
        tagging[0] = numbers.tagging();
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, new NonClosingOutputStream(out));
            // a cross-reference stream, not a table: OpenPDF writes the table's offsets with String.format in the
            // default locale (PdfWriter.PdfBody.PdfCrossReference), so that ar, fa or th_TH_TH wrote non-ASCII
            // digits and a damaged file; the stream's offsets are binary, and nothing global is changed
            writer.setFullCompression();
            // every stream stored: the tagging pass reads the page content back and deflates each stream once
            // (PdfTags.deflate), where deflating here and inflating there took a tenth of a batch's processor time
            writer.setCompressionLevel(java.util.zip.Deflater.NO_COMPRESSION);
            writer.setPageEvent(numbers);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(document.language()));
            pdf.addTitle(document.title());
            pdf.addSubject(document.subject());
            pdf.addAuthor(document.author());
            pdf.addCreator(PdfArchival.CREATOR);
            boolean first = true;
            PdfBlocks blocks = null;
            // with the contents set last, they read the anchors' pages as the body records them
            Map<String, Integer> shown =
                    contents >= 0 ? java.util.Collections.unmodifiableMap(numbers.anchors()) : pages;
            List<Section> sections = document.sections();
            int tagsBeforeContents = 0;
            for (int s = 0; s < sections.size(); s++) {
                if (s == contents) {
                    tagsBeforeContents = numbers.tagging().root.kids.size();
                    numbers.reserve(first ? 1 : writer.getPageNumber() + 1, contentsPages);
                    continue;
                }
                first = section(pdf, writer, document, sections.get(s), first, contents >= 0, part);
                if (blocks == null) {
                    blocks = new PdfBlocks(pdf, writer, pdfFonts, document, numbers, shown, layouts);
                }
                setBlocks(blocks, sections.get(s));
            }
            if (contents >= 0) {
                first = section(pdf, writer, document, sections.get(contents), first, true, part);
                if (blocks == null) {
                    blocks = new PdfBlocks(pdf, writer, pdfFonts, document, numbers, shown, layouts);
                }
                numbers.contentsStartHere(writer.getPageNumber());
                int start = writer.getPageNumber();
                List<Tagging.Node> kids = numbers.tagging().root.kids;
                int tagsFrom = kids.size();
                setBlocks(blocks, sections.get(contents));
                // the contents' structure stands where they are printed, not where they were set
                List<Tagging.Node> contentsTags = new java.util.ArrayList<>(kids.subList(tagsFrom, kids.size()));
                kids.subList(tagsFrom, kids.size()).clear();
                kids.addAll(tagsBeforeContents, contentsTags);
                pdf.newPage();
                int total = writer.reorderPages(null);
                if (total - start + 1 != contentsPages) {
                    throw new IllegalStateException(
                            "the contents took " + (total - start + 1) + " pages, measured " + contentsPages);
                }
                int[] order = moved(total, numbers.printed(start), start);
                writer.reorderPages(order);
                numbers.tagging().reordered(order);
            }
            if (first) {
                open(pdf, writer, document, part);
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

    /**
     * Starts a section on a new page in its orientation, opening the document for the first (with one level of
     * pages if {@code linear}); returns false, the next section's {@code first}.
     */
    private static boolean section(
            com.lowagie.text.Document pdf,
            PdfWriter writer,
            Document document,
            Section section,
            boolean first,
            boolean linear,
            int part)
            throws IOException {
        page(pdf, section.landscape());
        if (first) {
            open(pdf, writer, document, part);
            if (linear) {
                // one level of pages, so that the contents, set last, can be moved to their place
                writer.setLinearPageMode();
            }
        } else {
            pdf.newPage();
        }
        return false;
    }

    private static void setBlocks(PdfBlocks blocks, Section section) throws DocumentException {
        List<Block> list = section.blocks();
        for (int i = 0; i < list.size(); i++) {
            blocks.following(list.subList(i + 1, list.size()));
            list.get(i).accept(blocks);
        }
        blocks.rethrow();
    }

    /**
     * @return the page order that moves pages {@code from..total} (1-based) before page {@code to}
     */
    static int[] moved(int total, int to, int from) {
        int[] order = new int[total];
        int k = 0;
        for (int p = 1; p < to; p++) {
            order[k++] = p;
        }
        for (int p = from; p <= total; p++) {
            order[k++] = p;
        }
        for (int p = to; p < from; p++) {
            order[k++] = p;
        }
        return order;
    }

    private static void open(com.lowagie.text.Document pdf, PdfWriter writer, Document document, int part)
            throws IOException {
        pdf.open();
        fixMetadata(writer, document);
        PdfArchival.apply(writer, document, part);
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

    /** Dates from the document: the same document, the same bytes. */
    private static void fixMetadata(PdfWriter writer, Document document) {
        LocalDate date = LocalDate.parse(document.date());
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.PRODUCER, new PdfString(PdfArchival.PRODUCER));
        // the file ID is the digest of the file written (PdfFileWriter), not OpenPDF's
    }
}
