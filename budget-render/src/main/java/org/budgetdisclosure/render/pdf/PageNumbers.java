package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.budgetdisclosure.render.fonts.FontRole;

/**
 * Prints the page number, GB/T 9704 style {@code — 1 —}, centred under the text block (not on the cover), and
 * records the page each anchored heading or table title is set on, for the contents, and where each tagged chunk
 * is set, for the structure ({@link Tagging}).
 */
final class PageNumbers extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final Tagging tagging = new Tagging();
    private final Set<Integer> unnumbered = new HashSet<>();
    private final Map<String, Integer> anchors = new TreeMap<>();
    /** The physical page before which the contents will be moved, and how many pages they take; 0 for none. */
    private int insertAt;

    private int inserted;
    /** The physical page on which the contents, set last, begin; 0 while the body is set. */
    private int contentsStart;

    PageNumbers(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** @param page a page that gets no number (the cover) */
    void unnumbered(int page) {
        unnumbered.add(page);
    }

    /**
     * Numbers the pages as if {@code count} pages were set before physical page {@code page}: the contents, set
     * after the body and moved there when the document is closed.
     */
    void reserve(int page, int count) {
        insertAt = page;
        inserted = count;
    }

    /** The contents begin on the current physical page: they are numbered from the reserved place. */
    void contentsStartHere(int page) {
        contentsStart = page;
    }

    /** @return the number printed on a physical page, where it will stand once the contents are moved */
    int printed(int physical) {
        if (contentsStart > 0 && physical >= contentsStart) {
            return insertAt + physical - contentsStart;
        }
        return inserted > 0 && physical >= insertAt ? physical + inserted : physical;
    }

    /** @return the structure of the pages set so far */
    Tagging tagging() {
        return tagging;
    }

    /** @return the page of each anchor set so far */
    Map<String, Integer> anchors() {
        return anchors;
    }

    @Override
    public void onGenericTag(PdfWriter writer, com.lowagie.text.Document document, Rectangle rect, String text) {
        String anchor = Tagging.anchorOf(text);
        if (!anchor.isEmpty()) {
            anchors.putIfAbsent(anchor, printed(writer.getPageNumber()));
        }
        int leaf = Tagging.leafOf(text);
        if (leaf >= 0) {
            tagging.region(writer.getPageNumber(), rect, leaf);
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
        if (unnumbered.contains(writer.getPageNumber())) {
            return;
        }
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                fonts.phrase("— " + printed(writer.getPageNumber()) + " —", FontRole.BODY, 12),
                (page.getLeft() + page.getRight()) / 2,
                document.bottom() - 28,
                0);
    }
}
