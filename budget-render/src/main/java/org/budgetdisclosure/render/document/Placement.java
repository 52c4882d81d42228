package org.budgetdisclosure.render.document;

/**
 * A grid slot of a table: the cell that covers it and the row that cell starts in.
 *
 * @param cell the covering cell
 * @param row the row the cell starts in
 * @param column the column the cell starts in
 */
public record Placement(Cell cell, int row, int column) {}
