package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.TableGrid;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.fonts.FontRole;

/** Lays out the blocks of a document on PDF pages. Not thread-safe: one per document. */
final class PdfBlocks implements BlockVisitor {

    /** 3号: body text and headings. */
    private static final float BODY = 16;
    /** 2号: the title. */
    private static final float TITLE = 22;
    private static final float LEADING = 28;

    private final com.lowagie.text.Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfOutline[] outline = new PdfOutline[5];
    private DocumentException failure;

    PdfBlocks(com.lowagie.text.Document pdf, PdfWriter writer, PdfFonts fonts) {
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        outline[0] = writer.getRootOutline();
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
        FontRole role = FontRole.forHeading(heading.level());
        Paragraph p = leading(LEADING);
        Phrase text = fonts.phrase(heading.text(), role, heading.level() == 1 ? 18 : BODY);
        anchor(text, heading.anchor());
        p.add(text);
        p.setAlignment(heading.level() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        p.setFirstLineIndent(heading.level() == 1 ? 0 : 2 * BODY);
        p.setSpacingBefore(heading.level() <= 2 ? 10 : 4);
        p.setSpacingAfter(heading.level() == 1 ? 12 : 2);
        keepWithNext(3 * LEADING);
        if (heading.outline()) {
            outline(heading.level(), heading.text(), heading.anchor());
        }
        add(p);
    }

    @Override
    public void visit(org.budgetdisclosure.render.document.Paragraph paragraph) {
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
        add(p);
    }

    @Override
    public void visit(ItemList list) {
        for (ItemList.Item item : list.items()) {
            Paragraph p = leading(LEADING);
            p.add(fonts.phrase(item.label() + item.text(), FontRole.BODY, BODY));
            p.setFirstLineIndent(2 * BODY);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            add(p);
        }
    }

    @Override
    public void visit(Table table) {
        float size = table.cellFontSize();
        PdfPTable t = new PdfPTable(table.columnCount());
        t.setWidthPercentage(100);
        try {
            t.setWidths(table.widths().stream().mapToInt(Integer::intValue).toArray());
        } catch (DocumentException e) {
            failure = e;
            return;
        }
        t.setHeaderRows(table.header().size());
        t.setSplitLate(false);
        // OpenPDF mislays rowspans in repeated header rows and across page breaks: a cell spanning rows is drawn
        // as a stack of one-row cells with the inner borders left out, its text in the middle one
        List<Table.Row> rows = new java.util.ArrayList<>(table.header());
        rows.addAll(table.body());
        Placement[][] grid = TableGrid.place(rows, table.columnCount());
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            boolean header = r < table.header().size();
            FontRole role = row.kind() == Table.Kind.TOTAL ? FontRole.STRONG : FontRole.BODY;
            for (int c = 0; c < table.columnCount(); ) {
                Placement at = grid[r][c];
                if (at == null) {
                    t.addCell(cell(Cell.of(""), role, size, 0, header));
                    c++;
                    continue;
                }
                int span = at.cell().rowSpan();
                int textRow = at.row() + (span - 1) / 2;
                Cell shown = r == textRow ? at.cell() : new Cell("", at.cell().colSpan(), 1, at.cell().align());
                PdfPCell pdfCell = cell(new Cell(shown.text(), shown.colSpan(), 1, shown.align()), role, size,
                        c == table.indentColumn() ? row.level() : 0, header);
                if (span > 1) {
                    int border = Rectangle.LEFT | Rectangle.RIGHT;
                    border |= r == at.row() ? Rectangle.TOP : 0;
                    border |= r == at.row() + span - 1 ? Rectangle.BOTTOM : 0;
                    pdfCell.setBorder(border);
                    if (r == textRow && span % 2 == 0) {
                        pdfCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
                    }
                }
                t.addCell(pdfCell);
                c += at.cell().colSpan();
            }
        }
        keepWithTitle(t);
        if (!table.title().isEmpty()) {
            Paragraph title = leading(24);
            Phrase text = fonts.phrase(table.title(), FontRole.STRONG, table.landscape() ? 18 : 14);
            anchor(text, table.anchor());
            title.add(text);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(table.landscape() ? 0 : 8);
            title.setSpacingAfter(6);
            if (table.outlineLevel() > 0) {
                outline(table.outlineLevel(), table.title(), table.anchor());
            }
            add(title);
        }
        if (!table.headings().isEmpty()) {
            add(headingLine(table.headings(), size + 1));
        }
        add(t);
        for (String note : table.notes()) {
            Paragraph p = leading(16);
            p.add(fonts.phrase(note, FontRole.BODY, size + 1));
            add(p);
        }
    }

    /** Starts a new page unless this many points are left, so a heading is never the last line of a page. */
    private void keepWithNext(float needed) {
        if (writer.getVerticalPosition(true) - pdf.bottomMargin() < needed) {
            pdf.newPage();
        }
    }

    /** A table that fits on a page but not in what is left of this one starts on the next, with its title. */
    private void keepWithTitle(PdfPTable t) {
        if (writer.getVerticalPosition(true) >= pdf.top() - 1) {
            return; // at the top of a page already: measuring the table would be wasted work
        }
        float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
        t.setTotalWidth(width);
        float height = t.calculateHeights(true) + 60;
        float page = pdf.getPageSize().getHeight() - pdf.topMargin() - pdf.bottomMargin();
        float left = writer.getVerticalPosition(true) - pdf.bottomMargin();
        if (height < page * 0.9f && height > left) {
            pdf.newPage();
        }
        t.setLockedWidth(false);
    }

    private PdfPCell cell(Cell cell, FontRole role, float size, int level, boolean header) {
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

    private static void anchor(Phrase phrase, String anchor) {
        Chunk first = phrase.getChunks().isEmpty() ? null : (Chunk) phrase.getChunks().get(0);
        if (first != null) {
            first.setLocalDestination(anchor);
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
}
