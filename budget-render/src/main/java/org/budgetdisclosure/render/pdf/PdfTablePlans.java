package org.budgetdisclosure.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Table;

/**
 * How each table is set on PDF pages, following the document's {@link PageFlow}: kept on one page at its own size,
 * or smaller down to the profile's smallest; else cut by rows so that every page holds at least the profile's
 * fewest rows. Not thread-safe: one per document pass; the plans themselves are shared by both passes.
 */
final class PdfTablePlans {

    /**
     * How a table is set, measured at the width of the page: its cell size, whether compact (smaller padding to
     * the profile's row height), whether kept on one page, the heights of its title and heading line, header rows,
     * each body row, and notes.
     */
    record Prepared(
            float size,
            boolean compact,
            boolean kept,
            float fixed,
            float header,
            float[] rows,
            float notes,
            int minRows) {

        /** The height the table needs on the page it starts on: all of it if kept, else its first rows. */
        float start() {
            return kept
                    ? fixed + header + sum(rows, 0, rows.length) + notes
                    : fixed + header + sum(rows, 0, Math.min(minRows, rows.length));
        }
    }

    private final com.lowagie.text.Document pdf;
    private final PdfText text;
    private final PdfTables tables;
    private final PageFlow flow;
    /** How each table is set, shared by both passes: the layout does not depend on the contents' page numbers. */
    private final Map<Table, Prepared> prepared;
    /** The PDF table measured in this pass for a table kept whole, set as it is. */
    private final Map<Table, PdfPTable> measured = new IdentityHashMap<>();

    PdfTablePlans(
            com.lowagie.text.Document pdf,
            PdfText text,
            PdfTables tables,
            PageFlow flow,
            Map<Table, Prepared> prepared) {
        this.pdf = pdf;
        this.text = text;
        this.tables = tables;
        this.flow = flow;
        this.prepared = prepared;
    }

    /**
     * @param table a table measured by {@link #prepare}
     * @return the PDF table measured for it when it is kept whole, taken (once), or null
     */
    PdfPTable takeMeasured(Table table) {
        return measured.remove(table);
    }

    /** Measures a table on the current page size and chooses its size: kept whole where it can be. */
    Prepared prepare(Table table) throws DocumentException {
        Prepared ready = prepared.get(table);
        if (ready != null) {
            return ready;
        }
        float width = pdf.right() - pdf.left();
        float page = pdf.top() - pdf.bottom() - 2;
        float normal = table.cellFontSize();
        float fixed = 0;
        if (!table.title().isEmpty()) {
            fixed += text.measure(text.title(table), width) + 4;
        }
        if (!table.headings().isEmpty()) {
            fixed += height(tables.headingLine(table.headings(), normal + 1), width);
        }
        float notes = 0;
        for (Paragraph note : text.notes(table, normal)) {
            notes += text.measure(note, width);
        }
        int headerRows = table.header().size();
        int all = headerRows + table.body().size();
        int minRows = flow.minRowsPerFragment();
        PdfPTable whole = tables.pdfTable(table, normal, false, 0, table.body().size());
        float[] heights = heights(whole, width);
        Prepared plan = new Prepared(
                normal,
                false,
                true,
                fixed,
                sum(heights, 0, headerRows),
                Arrays.copyOfRange(heights, headerRows, all),
                notes,
                minRows);
        if (plan.start() <= page) {
            measured.put(table, whole);
        } else {
            plan = new Prepared(normal, false, false, plan.fixed(), plan.header(), plan.rows(), notes, minRows);
            // smaller, down to the profile's smallest size, if that keeps the table on one page: the smallest
            // first (if it does not fit there it fits nowhere), then the largest size that fits
            List<Float> sizes = new ArrayList<>();
            for (float size = normal - 0.5f; size >= flow.smallestCellFontSize() - 0.01f; size -= 0.5f) {
                float row = flow.smallestRowHeight() * size / flow.smallestCellFontSize();
                if (fixed + notes + all * row <= page) { // else it cannot fit even if no cell wraps
                    sizes.add(size);
                }
            }
            Prepared smallest =
                    sizes.isEmpty() ? null : compact(table, sizes.remove(sizes.size() - 1), width, page, fixed, notes);
            if (smallest != null) {
                plan = smallest;
                for (float size : sizes) {
                    Prepared larger = compact(table, size, width, page, fixed, notes);
                    if (larger != null) {
                        plan = larger;
                        break;
                    }
                }
            }
        }
        prepared.put(table, plan);
        return plan;
    }

    /** The table set compact at a size, if it then fits a page (and the PDF table measured for it), else null. */
    private Prepared compact(Table table, float size, float width, float page, float fixed, float notes)
            throws DocumentException {
        int headerRows = table.header().size();
        PdfPTable small = tables.pdfTable(table, size, true, 0, table.body().size());
        float[] h = heights(small, width);
        Prepared compact = new Prepared(
                size,
                true,
                true,
                fixed,
                sum(h, 0, headerRows),
                Arrays.copyOfRange(h, headerRows, h.length),
                notes,
                flow.minRowsPerFragment());
        if (compact.start() > page) {
            return null;
        }
        measured.put(table, small);
        return compact;
    }

    /**
     * Cuts the body rows into pages: as many rows as fit on each, then rows moved back so that the last page has
     * at least the profile's fewest. A row taller than a page is left to OpenPDF to split.
     *
     * @param first the space for rows on the first page
     * @param next the space for rows on each further page
     * @param afterTable the room a table's notes need below its last row beyond their own height
     */
    static List<int[]> fragments(Prepared plan, float first, float next, float afterTable) {
        float[] rows = plan.rows();
        List<int[]> cuts = new ArrayList<>();
        int from = 0;
        float space = first;
        while (from < rows.length) {
            int to = from;
            float used = 0;
            while (to < rows.length && used + rows[to] <= space) {
                used += rows[to++];
            }
            if (to == from) {
                if (space >= next) {
                    return List.<int[]>of(new int[] {0, rows.length}); // a row taller than a page
                }
                to = from; // nothing fits on this page: the table starts on the next
            }
            cuts.add(new int[] {from, to});
            from = to;
            space = next;
        }
        cuts.removeIf(c -> c[0] == c[1]);
        int min = plan.minRows();
        if (cuts.size() >= 2) {
            int[] last = cuts.get(cuts.size() - 1);
            int[] before = cuts.get(cuts.size() - 2);
            int short_ = min - (last[1] - last[0]);
            if (short_ > 0 && before[1] - before[0] - short_ >= Math.min(min, before[1] - before[0])) {
                before[1] -= short_;
                last[0] -= short_;
            }
        }
        keepNotesWithRows(cuts, rows, plan, first, next, afterTable);
        return cuts;
    }

    /**
     * The room a table's notes need below its last row beyond their own height: OpenPDF begins a new page after
     * a table that ends less than about two body lines above the foot of the text block (measured: a table ending
     * 31 and 48 points above it was followed by a new page, one ending 80 points above it was not), which put the
     * notes alone at the top of the next page.
     *
     * @param type the typography
     * @return two body lines
     */
    static float afterTable(org.budgetdisclosure.render.document.Typography type) {
        return 2 * type.leading();
    }

    /**
     * The table's notes (注：本表反映…) never stand alone at the top of a page: when the rows of the last page leave
     * no room for them, its last rows (the profile's fewest, leaving at least one behind) go to a page of their
     * own with the notes.
     */
    private static void keepNotesWithRows(
            List<int[]> cuts, float[] rows, Prepared plan, float first, float next, float afterTable) {
        if (cuts.isEmpty() || plan.notes() <= 0) {
            return;
        }
        int[] last = cuts.get(cuts.size() - 1);
        float space = cuts.size() == 1 ? first : next;
        int length = last[1] - last[0];
        if (sum(rows, last[0], last[1]) + plan.notes() + afterTable <= space || length < 2) {
            return;
        }
        int moved = Math.min(Math.max(1, plan.minRows()), length - 1);
        cuts.add(new int[] {last[1] - moved, last[1]});
        last[1] -= moved;
    }

    private static float sum(float[] values, int from, int to) {
        float sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }

    private static float[] heights(PdfPTable table, float width) {
        boolean set = table.getTotalWidth() == width;
        // OpenPDF measures every row when the width changes: measuring again (a tenth of a batch's time) only when
        // it did not
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        if (set) {
            table.calculateHeights(true);
        }
        float[] heights = new float[table.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = table.getRowHeight(i);
        }
        table.setLockedWidth(false);
        return heights;
    }

    private static float height(PdfPTable t, float width) {
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        float h = t.calculateHeights(true);
        t.setLockedWidth(false);
        return h;
    }
}
