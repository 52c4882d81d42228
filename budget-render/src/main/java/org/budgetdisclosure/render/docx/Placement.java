package org.budgetdisclosure.render.docx;

import org.budgetdisclosure.render.document.Cell;

/**
 * A grid slot of a table: the cell that covers it and the row that cell starts in.
 *
 * @param cell the covering cell
 * @param row the row the cell starts in
 * @param column the column the cell starts in
 */
record Placement(Cell cell, int row, int column) {
}
