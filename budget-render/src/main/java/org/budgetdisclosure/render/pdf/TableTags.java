package org.budgetdisclosure.render.pdf;

import java.util.List;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.Table;

/**
 * The structure of a table: the Table element (ID its anchor, T its title), its Caption, and the element of each
 * cell by the row and column where its placement begins.
 */
record TableTags(Tagging.Node table, Tagging.Node caption, Tagging.Node[][] cells) {

    /**
     * The structure of a table: THead with the header rows (TH, scope column), TBody with the body rows
     * (TD), each cell where its placement begins, with its spans; a slot no cell covers is an empty TD, so that
     * every row has as many columns as the table. Not in the tree until the table is set.
     */
    static TableTags of(Tagging tagging, Table table, List<Table.Row> rows, Placement[][] grid) {
        Tagging.Node node = new Tagging.Node("Table", -1);
        node.name = table.anchor();
        node.title = table.title();
        Tagging.Node caption = null;
        if (!table.title().isEmpty() || !table.headings().isEmpty()) {
            caption = tagging.detachedLeaf("Caption");
            node.kids.add(caption);
        }
        int headerRows = table.header().size();
        Tagging.Node head = headerRows > 0 ? Tagging.group(node, "THead") : null;
        Tagging.Node body = rows.size() > headerRows ? Tagging.group(node, "TBody") : null;
        Tagging.Node[][] cells = new Tagging.Node[rows.size()][table.columnCount()];
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            Tagging.Node tr = Tagging.group(header ? head : body, "TR");
            for (int c = 0; c < table.columnCount(); c++) {
                Placement at = grid[r][c];
                if (at != null && (at.row() != r || at.column() != c)) {
                    continue; // covered by a cell that begins above or to the left
                }
                Tagging.Node cell = tagging.detachedLeaf(header ? "TH" : "TD");
                tr.kids.add(cell);
                cells[r][c] = cell;
                if (header) {
                    cell.attributes.put("Scope", "Column");
                }
                if (at != null && at.cell().rowSpan() > 1) {
                    cell.attributes.put("RowSpan", at.cell().rowSpan());
                }
                if (at != null && at.cell().colSpan() > 1) {
                    cell.attributes.put("ColSpan", at.cell().colSpan());
                }
            }
        }
        return new TableTags(node, caption, cells);
    }
}
