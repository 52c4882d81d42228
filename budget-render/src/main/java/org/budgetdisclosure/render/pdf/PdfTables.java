package org.budgetdisclosure.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.TableGrid;
import org.budgetdisclosure.render.fonts.FontRole;

/**
 * The PDF tables of a document's tables: their cells (rows spanned as OpenPDF can print them, compact cells at the
 * profile's row height) and the line of headings above a table, each cell tagged as the table's structure says.
 * Not thread-safe: one per document pass.
 */
final class PdfTables {

    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PageFlow flow;
    private final Tagging tagging;
    /** The structure of each table, made with its first PDF table (measured or set), placed when it is set. */
    private final Map<Table, TableTags> tableTags = new IdentityHashMap<>();

    PdfTables(PdfWriter writer, PdfFonts fonts, PageFlow flow, Tagging tagging) {
        this.writer = writer;
        this.fonts = fonts;
        this.flow = flow;
        this.tagging = tagging;
    }

    /**
     * The PDF table of a table's header rows and body rows {@code from} to {@code to}. OpenPDF mislays rowspans
     * in repeated header rows and across page breaks: a cell spanning rows is drawn as a stack of one-row cells
     * with the inner borders left out, its text in the middle one of the rows shown here.
     */
    PdfPTable pdfTable(Table table, float size, boolean compact, int from, int to) throws DocumentException {
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
                Cell text = r == textRow
                        ? at.cell()
                        : new Cell("", at.cell().colSpan(), 1, at.cell().align());
                PdfPCell pdfCell = cell(
                        new Cell(text.text(), text.colSpan(), 1, text.align()),
                        role,
                        size,
                        c == table.indentColumn() ? row.level() : 0,
                        header,
                        compact);
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

    private PdfPCell cell(Cell cell, FontRole role, float size, int level, boolean header, boolean compact) {
        PdfPCell c = new PdfPCell(fonts.phrase(cell.text(), role, size));
        c.setColspan(cell.colSpan());
        c.setRowspan(cell.rowSpan());
        c.setHorizontalAlignment(
                switch (cell.align()) {
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

    /** The line above a table: its first heading at the left, its last at the right, any others centred. */
    PdfPTable headingLine(List<String> headings, float size) {
        PdfPTable line = new PdfPTable(headings.size());
        line.setWidthPercentage(100);
        for (int i = 0; i < headings.size(); i++) {
            PdfPCell c = new PdfPCell(fonts.phrase(headings.get(i), FontRole.BODY, size));
            c.setBorder(Rectangle.NO_BORDER);
            c.setHorizontalAlignment(
                    i == 0
                            ? Element.ALIGN_LEFT
                            : i == headings.size() - 1 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
            c.setPaddingBottom(4);
            line.addCell(c);
        }
        return line;
    }

    /** @return the structure of a table, made once */
    TableTags tableTags(Table table) {
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        return tableTags(table, rows, TableGrid.place(rows, table.columnCount()));
    }

    private TableTags tableTags(Table table, List<Table.Row> rows, Placement[][] grid) {
        return tableTags.computeIfAbsent(table, t -> TableTags.of(tagging, t, rows, grid));
    }

    /** A cell event that records where a cell is set, for the leaf it belongs to. */
    com.lowagie.text.pdf.PdfPCellEvent region(int leaf) {
        return (cell, position, canvases) -> tagging.region(writer.getPageNumber(), position, leaf);
    }
}
