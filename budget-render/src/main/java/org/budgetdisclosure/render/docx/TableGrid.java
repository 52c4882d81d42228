package org.budgetdisclosure.render.docx;

import java.util.List;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;

/**
 * Lays the cells of a table's rows onto its column grid, HTML-style: each cell takes the first free slot of its
 * row; a cell spanning rows covers slots of the rows below. Word needs every covered slot of a vertical merge
 * written as a continuing cell.
 */
final class TableGrid {

    private TableGrid() {
    }

    static Placement[][] place(List<Table.Row> rows, int columns) {
        Placement[][] grid = new Placement[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r).cells()) {
                while (c < columns && grid[r][c] != null) {
                    c++;
                }
                if (c >= columns) {
                    throw new IllegalArgumentException("row " + (r + 1) + " has more cells than the table has columns");
                }
                Placement p = new Placement(cell, r, c);
                for (int dr = 0; dr < cell.rowSpan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < cell.colSpan() && c + dc < columns; dc++) {
                        grid[r + dr][c + dc] = p;
                    }
                }
                c += cell.colSpan();
            }
        }
        return grid;
    }
}
