package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.TableGrid;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.fonts.FontRole;

/**
 * Lays out the blocks of a document on PDF pages, following the document's {@link PageFlow}: a table that fits a
 * page (at its own size, or smaller down to the profile's smallest) is kept on one page; a table that must break
 * is cut by rows so that every page holds at least the profile's fewest rows; a heading, a label or a table title
 * never ends a page; a title too long for one line is broken into balanced lines, never leaving one character
 * alone. Not thread-safe: one per document.
 */
final class PdfBlocks implements BlockVisitor {

    /** 3号: body text and headings. */
    private static final float BODY = 16;
    /** 2号: the title. */
    private static final float TITLE = 22;
    private static final float LEADING = 28;

    /**
     * The room a table's notes need below its last row beyond their own height: OpenPDF begins a new page after
     * a table that ends less than about two body lines above the foot of the text block (measured: a table ending
     * 31 and 48 points above it was followed by a new page, one ending 80 points above it was not), which put the
     * notes alone at the top of the next page.
     */
    private static final float AFTER_TABLE = 2 * LEADING;

    private final com.lowagie.text.Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfOutline[] outline = new PdfOutline[5];
    private final Document document;
    private final PageFlow flow;
    private final PageNumbers numbers;
    /** The page of each anchor, from the first pass; empty in the first pass. */
    private final Map<String, Integer> pages;
    /** How each table is set, shared by both passes: the layout does not depend on the contents' page numbers. */
    private final Map<Table, Prepared> prepared;
    /** The PDF table measured in this pass for a table kept whole, set as it is. */
    private final Map<Table, PdfPTable> measured = new IdentityHashMap<>();
    private List<Block> following = List.of();
    private DocumentException failure;
    /** The structure the blocks are given as they are set. */
    private final Tagging tagging;
    /** The structure of each table, made with its first PDF table (measured or set), placed when it is set. */
    private final Map<Table, TableTags> tableTags = new IdentityHashMap<>();

    PdfBlocks(com.lowagie.text.Document pdf, PdfWriter writer, PdfFonts fonts, Document document,
            PageNumbers numbers, Map<String, Integer> pages, Map<Table, Object> layouts) {
        this.tagging = numbers.tagging();
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.document = document;
        this.flow = document.pageFlow();
        this.numbers = numbers;
        this.pages = pages;
        @SuppressWarnings("unchecked")
        Map<Table, Prepared> shared = (Map<Table, Prepared>) (Map<Table, ?>) layouts;
        this.prepared = shared;
        outline[0] = writer.getRootOutline();
    }

    /** @param rest the blocks after the one visited next in its section, for keeping headings with what follows */
    void following(List<Block> rest) {
        this.following = rest;
    }

    void rethrow() throws DocumentException {
        if (failure != null) {
            throw failure;
        }
    }

    private void add(Element element) {
        try {
            pdf.add(element);
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
        }
    }

    @Override
    public void visit(Heading heading) {
        Paragraph p = heading(heading);
        keepWithNext(height(p) + startOfNext());
        if (heading.outline()) {
            outline(heading.level(), heading.text(), heading.anchor());
        }
        add(tagged(p, tagging.leaf(tagging.root, "H" + Math.min(heading.level(), 6))));
    }

    private Paragraph heading(Heading heading) {
        FontRole role = FontRole.forHeading(heading.level());
        float size = heading.level() == 1 ? 18 : BODY;
        float indent = heading.level() == 1 ? 0 : 2 * BODY;
        Paragraph p = leading(LEADING);
        Phrase text = fonts.phrase(balanced(heading.text(), role, size, indent), role, size);
        anchor(text, heading.anchor());
        p.add(text);
        p.setAlignment(heading.level() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        p.setFirstLineIndent(indent);
        p.setSpacingBefore(heading.level() <= 2 ? 10 : 4);
        p.setSpacingAfter(heading.level() == 1 ? 12 : 2);
        return p;
    }

    /**
     * The height the blocks after a heading need on the same page: the headings and labels that follow it, then
     * two lines of text, or a table's title, header and first rows (the whole table if it is kept on one page).
     */
    private float startOfNext() {
        float needed = 0;
        for (Block next : following) {
            if (next instanceof Heading h) {
                needed += height(heading(h));
            } else if (next instanceof org.budgetdisclosure.render.document.Paragraph p
                    && p.style() == org.budgetdisclosure.render.document.Paragraph.Style.LABEL) {
                needed += height(paragraph(p));
            } else if (next instanceof Table t) {
                return needed + prepare(t).start();
            } else if (next instanceof org.budgetdisclosure.render.document.Paragraph p) {
                return needed + Math.min(height(paragraph(p)), 2 * LEADING + 4);
            } else {
                return needed + 2 * LEADING + 4;
            }
        }
        return needed;
    }

    @Override
    public void visit(Cover cover) {
        numbers.unnumbered(writer.getPageNumber());
        for (int i = 0; i < cover.titleLines().size(); i++) {
            Paragraph p = leading(48);
            p.add(fonts.phrase(balanced(cover.titleLines().get(i), FontRole.STRONG, 30, 0), FontRole.STRONG, 30));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(i == 0 ? 160 : 8);
            add(tagged(p, tagging.leaf(tagging.root, "P")));
        }
        // the foot lines stand at the foot of the text block, wherever the title ends
        ColumnText foot = new ColumnText(writer.getDirectContent());
        foot.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.bottom() + 32 * (cover.footLines().size() + 2));
        for (String line : cover.footLines()) {
            Paragraph p = leading(32);
            p.add(fonts.phrase(balanced(line, FontRole.STRONG, 18, 0), FontRole.STRONG, 18));
            p.setAlignment(Element.ALIGN_CENTER);
            foot.addElement(tagged(p, tagging.leaf(tagging.root, "P")));
        }
        try {
            foot.go();
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
        }
    }

    @Override
    public void visit(Contents contents) {
        Paragraph title = leading(40);
        title.add(fonts.phrase(contents.title(), FontRole.HEADING, 22));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(16);
        add(tagged(title, tagging.leaf(tagging.root, "P")));
        Tagging.Node toc = Tagging.group(tagging.root, "TOC");
        for (Contents.Entry entry : document.outline(contents.levels())) {
            Paragraph p = leading(LEADING);
            p.setIndentationLeft((entry.level() - 1) * 2 * 14);
            p.setIndentationRight(0);
            Phrase text = fonts.phrase(entry.text(), FontRole.BODY, 14);
            for (Object chunk : text.getChunks()) {
                ((Chunk) chunk).setLocalGoto(entry.anchor());
            }
            p.add(text);
            // the number stands in a slot as wide as "000" at the right: the dots run to the slot (a tab, to the
            // next line if the title ends past it), then on to the number, so every line breaks as it does without
            // the numbers, and the pages of the 目录 are the pages counted before the numbers were known
            Integer page = pages.get(entry.anchor());
            Phrase number = fonts.phrase(page == null ? "000" : String.valueOf(page), FontRole.BODY, 14);
            float line = pdf.right() - pdf.left() - p.getIndentationLeft() - p.getIndentationRight();
            float slot = width(fonts.phrase("000", FontRole.BODY, 14)) + 1;
            p.add(new Chunk(new DottedLineSeparator(), line - slot, true));
            p.add(new Chunk(new DottedLineSeparator(), line - width(number) - 1, true));
            for (Object chunk : number.getChunks()) {
                ((Chunk) chunk).setLocalGoto(entry.anchor());
            }
            p.add(number);
            Tagging.Node link = tagging.leaf(Tagging.group(toc, "TOCI"), "Link");
            link.title = entry.text() + " " + (page == null ? "" : page);
            add(tagged(p, link));
        }
    }

    @Override
    public void visit(org.budgetdisclosure.render.document.Paragraph paragraph) {
        Paragraph p = paragraph(paragraph);
        if (paragraph.style() == org.budgetdisclosure.render.document.Paragraph.Style.LABEL) {
            keepWithNext(height(p) + startOfNext());
        }
        add(tagged(p, tagging.leaf(tagging.root, "P")));
    }

    private Paragraph paragraph(org.budgetdisclosure.render.document.Paragraph paragraph) {
        Paragraph p = leading(LEADING);
        switch (paragraph.style()) {
            case TITLE -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.STRONG, TITLE));
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingBefore(180);
                p.setLeading(36);
            }
            case LABEL -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.BODY, BODY));
                p.setFirstLineIndent(2 * BODY);
            }
            case NOTE -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.BODY, 10.5f));
                p.setLeading(16);
            }
            default -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.BODY, BODY));
                p.setFirstLineIndent(2 * BODY);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
            }
        }
        return p;
    }

    @Override
    public void visit(ItemList list) {
        Tagging.Node l = Tagging.group(tagging.root, "L");
        for (ItemList.Item item : list.items()) {
            Paragraph p = leading(LEADING);
            p.add(fonts.phrase(item.label() + item.text(), FontRole.BODY, BODY));
            p.setFirstLineIndent(2 * BODY);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            add(tagged(p, tagging.leaf(Tagging.group(l, "LI"), "LBody")));
        }
    }

    @Override
    public void visit(Table table) {
        Prepared plan = prepare(table);
        if (plan == null) {
            return;
        }
        float page = pdf.top() - pdf.bottom();
        if (atTop()) {
            place(table, plan, page);
            return;
        }
        float left = writer.getVerticalPosition(true) - pdf.bottom();
        if (plan.start() > left - 2) {
            pdf.newPage();
            left = page;
        }
        place(table, plan, left);
    }

    /**
     * How a table is set, measured at the width of the page: its cell size, whether compact (smaller padding to
     * the profile's row height), whether kept on one page, the heights of its title and heading line, header rows,
     * each body row, and notes.
     */
    private record Prepared(float size, boolean compact, boolean kept, float fixed, float header, float[] rows,
            float notes, int minRows) {

        /** The height the table needs on the page it starts on: all of it if kept, else its first rows. */
        float start() {
            return kept ? fixed + header + sum(rows, 0, rows.length) + notes
                    : fixed + header + sum(rows, 0, Math.min(minRows, rows.length));
        }
    }

    /** Measures a table on the current page size and chooses its size: kept whole where it can be. */
    private Prepared prepare(Table table) {
        Prepared ready = prepared.get(table);
        if (ready != null) {
            return ready;
        }
        float width = pdf.right() - pdf.left();
        float page = pdf.top() - pdf.bottom() - 2;
        float normal = table.cellFontSize();
        float fixed = 0;
        if (!table.title().isEmpty()) {
            fixed += measure(title(table), width) + 4;
        }
        if (!table.headings().isEmpty()) {
            fixed += height(headingLine(table.headings(), normal + 1), width);
        }
        float notes = 0;
        for (Paragraph note : notes(table, normal)) {
            notes += measure(note, width);
        }
        int headerRows = table.header().size();
        int all = headerRows + table.body().size();
        int minRows = flow.minRowsPerFragment();
        Prepared plan;
        try {
            PdfPTable whole = pdfTable(table, normal, false, 0, table.body().size());
            float[] heights = heights(whole, width);
            plan = new Prepared(normal, false, true, fixed, sum(heights, 0, headerRows),
                    Arrays.copyOfRange(heights, headerRows, all), notes, minRows);
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
                Prepared smallest = sizes.isEmpty() ? null
                        : compact(table, sizes.remove(sizes.size() - 1), width, page, fixed, notes);
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
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
            return null;
        }
        prepared.put(table, plan);
        return plan;
    }

    /** The table set compact at a size, if it then fits a page (and the PDF table measured for it), else null. */
    private Prepared compact(Table table, float size, float width, float page, float fixed, float notes)
            throws DocumentException {
        int headerRows = table.header().size();
        PdfPTable small = pdfTable(table, size, true, 0, table.body().size());
        float[] h = heights(small, width);
        Prepared compact = new Prepared(size, true, true, fixed, sum(h, 0, headerRows),
                Arrays.copyOfRange(h, headerRows, h.length), notes, flow.minRowsPerFragment());
        if (compact.start() > page) {
            return null;
        }
        measured.put(table, small);
        return compact;
    }

    /** Sets a table from the current position, with {@code left} points left on this page. */
    private void place(Table table, Prepared plan, float left) {
        float page = pdf.top() - pdf.bottom() - 2;
        // a table kept whole whose notes would have less than AFTER_TABLE left below its rows is cut instead, so
        // that its last rows take the notes with them
        boolean kept = plan.kept() && (plan.notes() <= 0 || left - 2 - plan.start() >= AFTER_TABLE);
        List<int[]> fragments = kept ? List.<int[]>of(new int[] {0, plan.rows().length})
                : fragments(plan, left - 2 - plan.fixed() - plan.header(), page - plan.header());
        if (!kept) {
            measured.remove(table);
        }
        TableTags tags = tableTags(table);
        tagging.root.kids.add(tags.table());
        if (!table.title().isEmpty()) {
            if (table.outlineLevel() > 0) {
                outline(table.outlineLevel(), table.title(), table.anchor());
            }
            add(tagged(title(table), tags.caption()));
        }
        if (!table.headings().isEmpty()) {
            PdfPTable line = headingLine(table.headings(), table.cellFontSize() + 1);
            for (PdfPCell cell : line.getRow(0).getCells()) {
                if (cell != null) {
                    cell.setCellEvent(region(tags.caption().id));
                }
            }
            add(line);
        }
        try {
            for (int f = 0; f < fragments.size(); f++) {
                if (f > 0) {
                    pdf.newPage();
                }
                int[] rows = fragments.get(f);
                PdfPTable ready = kept ? measured.remove(table) : null;
                add(ready != null ? ready : pdfTable(table, plan.size(), plan.compact(), rows[0], rows[1]));
            }
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
        }
        notes(table, table.cellFontSize()).forEach(note -> add(tagged(note, tagging.leaf(tagging.root, "P"))));
    }

    /**
     * Cuts the body rows into pages: as many rows as fit on each, then rows moved back so that the last page has
     * at least the profile's fewest. A row taller than a page is left to OpenPDF to split.
     *
     * @param first the space for rows on the first page
     * @param next the space for rows on each further page
     */
    private List<int[]> fragments(Prepared plan, float first, float next) {
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
        keepNotesWithRows(cuts, rows, plan, first, next);
        return cuts;
    }

    /**
     * The table's notes (注：本表反映…) never stand alone at the top of a page: when the rows of the last page leave
     * no room for them, its last rows (the profile's fewest, leaving at least one behind) go to a page of their
     * own with the notes.
     */
    private static void keepNotesWithRows(List<int[]> cuts, float[] rows, Prepared plan, float first, float next) {
        if (cuts.isEmpty() || plan.notes() <= 0) {
            return;
        }
        int[] last = cuts.get(cuts.size() - 1);
        float space = cuts.size() == 1 ? first : next;
        int length = last[1] - last[0];
        if (sum(rows, last[0], last[1]) + plan.notes() + AFTER_TABLE <= space || length < 2) {
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

    private Paragraph title(Table table) {
        float size = table.landscape() ? 18 : 14;
        Paragraph title = leading(24);
        Phrase text = fonts.phrase(balanced(table.title(), FontRole.STRONG, size, 0), FontRole.STRONG, size);
        anchor(text, table.anchor());
        title.add(text);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(table.landscape() ? 0 : 8);
        title.setSpacingAfter(6);
        return title;
    }

    private List<Paragraph> notes(Table table, float size) {
        List<Paragraph> notes = new ArrayList<>();
        for (String note : table.notes()) {
            Paragraph p = leading(16);
            p.add(fonts.phrase(note, FontRole.BODY, size + 1));
            notes.add(p);
        }
        return notes;
    }

    /**
     * The PDF table of a table's header rows and body rows {@code from} to {@code to}. OpenPDF mislays rowspans
     * in repeated header rows and across page breaks: a cell spanning rows is drawn as a stack of one-row cells
     * with the inner borders left out, its text in the middle one of the rows shown here.
     */
    private PdfPTable pdfTable(Table table, float size, boolean compact, int from, int to) throws DocumentException {
        PdfPTable t = new PdfPTable(table.columnCount());
        t.setWidthPercentage(100);
        t.setWidths(table.widths().stream().mapToInt(Integer::intValue).toArray());
        int headerRows = table.header().size();
        t.setHeaderRows(headerRows);
        t.setSplitLate(false);
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Placement[][] grid = TableGrid.place(rows, table.columnCount());
        TableTags tags = tableTags(table, rows, grid);
        int first = headerRows + from;
        int end = headerRows + to;
        List<Integer> shown = new ArrayList<>();
        for (int r = 0; r < headerRows; r++) {
            shown.add(r);
        }
        for (int r = first; r < end; r++) {
            shown.add(r);
        }
        for (int r : shown) {
            Table.Row row = rows.get(r);
            boolean header = r < headerRows;
            FontRole role = row.kind() == Table.Kind.TOTAL ? FontRole.STRONG : FontRole.BODY;
            for (int c = 0; c < table.columnCount(); ) {
                Placement at = grid[r][c];
                // a header repeated on a following page is an artifact: the table's header is its first
                boolean repeated = header && from > 0;
                if (at == null) {
                    PdfPCell filler = cell(Cell.of(""), role, size, 0, header, compact);
                    if (!repeated) {
                        filler.setCellEvent(region(tags.cells()[r][c].id));
                    }
                    t.addCell(filler);
                    c++;
                    continue;
                }
                int top = at.row();
                int bottom = at.row() + at.cell().rowSpan() - 1;
                if (!header) {
                    top = Math.max(top, first);
                    bottom = Math.min(bottom, end - 1);
                }
                int span = bottom - top + 1;
                int textRow = top + (span - 1) / 2;
                Cell text = r == textRow ? at.cell() : new Cell("", at.cell().colSpan(), 1, at.cell().align());
                PdfPCell pdfCell = cell(new Cell(text.text(), text.colSpan(), 1, text.align()), role, size,
                        c == table.indentColumn() ? row.level() : 0, header, compact);
                if (span > 1) {
                    int border = Rectangle.LEFT | Rectangle.RIGHT;
                    border |= r == top ? Rectangle.TOP : 0;
                    border |= r == bottom ? Rectangle.BOTTOM : 0;
                    pdfCell.setBorder(border);
                    if (r == textRow && span % 2 == 0) {
                        pdfCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
                    }
                }
                if (!repeated) {
                    pdfCell.setCellEvent(region(tags.cells()[at.row()][at.column()].id));
                }
                t.addCell(pdfCell);
                c += at.cell().colSpan();
            }
        }
        return t;
    }

    private boolean atTop() {
        return writer.getVerticalPosition(true) >= pdf.top() - 1;
    }

    /** Starts a new page unless this many points are left, so a heading is never the last line of a page. */
    private void keepWithNext(float needed) {
        if (!atTop() && writer.getVerticalPosition(true) - pdf.bottom() < needed) {
            pdf.newPage();
        }
    }

    /** The height a paragraph takes at the width of the text block, its spacing included. */
    private float height(Paragraph p) {
        return measure(p, pdf.right() - pdf.left());
    }

    private float measure(Paragraph p, float width) {
        ColumnText ct = new ColumnText(writer.getDirectContent());
        ct.setSimpleColumn(0, 0, width, 100_000);
        ct.addElement(p);
        try {
            ct.go(true);
        } catch (DocumentException e) {
            return 2 * LEADING;
        }
        return 100_000 - ct.getYLine() + p.getSpacingBefore();
    }

    private static float height(PdfPTable t, float width) {
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        float h = t.calculateHeights(true);
        t.setLockedWidth(false);
        return h;
    }

    /**
     * A title that does not fit on one line, broken into lines of even length (at places Chinese typesetting
     * allows), so that no line holds a lone character.
     *
     * @param indent the indentation of the first line
     */
    private String balanced(String text, FontRole role, float size, float indent) {
        com.lowagie.text.pdf.BaseFont font = fonts.font(role, size).getBaseFont();
        float width = pdf.right() - pdf.left() - 1;
        float total = font.getWidthPoint(text, size);
        if (total + indent <= width || text.length() < 4) {
            return text;
        }
        int lines = (int) Math.ceil((total + indent) / width);
        float target = (total + indent) / lines;
        StringBuilder out = new StringBuilder();
        float used = indent;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = font.getWidthPoint(String.valueOf(c), size);
            boolean breakable = i > 0 && ChineseLineBreaks.breakableBefore(text, i);
            if (breakable && (used + w > width || used + w / 2 > target)) {
                out.append('\n');
                used = 0;
            }
            out.append(c);
            used += w;
        }
        return out.toString();
    }

    private PdfPCell cell(Cell cell, FontRole role, float size, int level, boolean header, boolean compact) {
        PdfPCell c = new PdfPCell(fonts.phrase(cell.text(), role, size));
        c.setColspan(cell.colSpan());
        c.setRowspan(cell.rowSpan());
        c.setHorizontalAlignment(switch (cell.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        });
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2.5f);
        c.setPaddingBottom(4f);
        c.setUseAscender(true);
        c.setMinimumHeight(size * 1.9f);
        if (compact) {
            // the profile's row height at its smallest size, scaled with the size
            c.setPadding(1f);
            c.setPaddingBottom(1.5f);
            c.setMinimumHeight(flow.smallestRowHeight() * size / flow.smallestCellFontSize());
        }
        c.setBorderWidth(0.5f);
        if (level > 0) {
            c.setPaddingLeft(2.5f + level * size);
        }
        if (header) {
            c.setBorderWidth(0.6f);
        }
        return c;
    }

    private PdfPTable headingLine(List<String> headings, float size) {
        PdfPTable line = new PdfPTable(headings.size());
        line.setWidthPercentage(100);
        for (int i = 0; i < headings.size(); i++) {
            PdfPCell c = new PdfPCell(fonts.phrase(headings.get(i), FontRole.BODY, size));
            c.setBorder(Rectangle.NO_BORDER);
            c.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT
                    : i == headings.size() - 1 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
            c.setPaddingBottom(4);
            line.addCell(c);
        }
        return line;
    }

    private Paragraph leading(float leading) {
        Paragraph p = new Paragraph();
        p.setFont(fonts.font(FontRole.BODY, BODY));
        p.setLeading(leading);
        return p;
    }

    /** @return the width of a phrase set on one line, in points */
    private static float width(Phrase phrase) {
        float width = 0;
        for (Object chunk : phrase.getChunks()) {
            width += ((Chunk) chunk).getWidthPoint();
        }
        return width;
    }

    private static void anchor(Phrase phrase, String anchor) {
        Chunk first = phrase.getChunks().isEmpty() ? null : (Chunk) phrase.getChunks().get(0);
        if (first != null) {
            first.setLocalDestination(anchor);
            first.setGenericTag(anchor); // the page it lands on, for the contents
        }
    }

    private void outline(int level, String title, String anchor) {
        int parent = Math.min(level - 1, outline.length - 2);
        while (parent > 0 && outline[parent] == null) {
            parent--;
        }
        PdfOutline entry = new PdfOutline(outline[parent], PdfAction.gotoLocalPage(anchor, false), title, false);
        outline[parent + 1] = entry;
        for (int i = parent + 2; i < outline.length; i++) {
            outline[i] = null;
        }
    }

    private TableTags tableTags(Table table) {
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        return tableTags(table, rows, TableGrid.place(rows, table.columnCount()));
    }

    private TableTags tableTags(Table table, List<Table.Row> rows, Placement[][] grid) {
        return tableTags.computeIfAbsent(table, t -> TableTags.of(tagging, t, rows, grid));
    }

    /** A cell event that records where a cell is set, for the leaf it belongs to. */
    private com.lowagie.text.pdf.PdfPCellEvent region(int leaf) {
        return (cell, position, canvases) -> tagging.region(writer.getPageNumber(), position, leaf);
    }

    /** Marks every text chunk of a paragraph as content of a leaf (keeping an anchor its first chunk has). */
    private static Paragraph tagged(Paragraph p, Tagging.Node leaf) {
        for (Object o : p.getChunks()) {
            Chunk chunk = (Chunk) o;
            java.util.Map<String, Object> attributes = chunk.getChunkAttributes();
            if (attributes != null && attributes.containsKey(Chunk.SEPARATOR)) {
                continue;
            }
            Object existing = attributes == null ? null : attributes.get(Chunk.GENERICTAG);
            String anchor = existing instanceof String text ? Tagging.anchorOf(text) : "";
            chunk.setGenericTag(anchor + Tagging.SEPARATOR + leaf.id);
        }
        return p;
    }
}
