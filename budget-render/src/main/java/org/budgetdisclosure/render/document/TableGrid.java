package org.budgetdisclosure.render.document;

import java.util.List;

/**
 * Lays the cells of a table's rows onto its column grid, HTML-style: each cell takes the first free slot of its
 * row; a cell spanning rows covers slots of the rows below. Word needs every covered slot of a vertical merge
 * written as a continuing cell.
 */
public final class TableGrid {

    private TableGrid() {}

    /**
     * @param rows the rows, header and body, not null
     * @param columns the number of columns
     * @return for each row and column the cell covering it, or null for an empty slot
     */
    public static Placement[][] place(List<Table.Row> rows, int columns) {
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
