package org.budgetdisclosure.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.TableGrid;

/**
 * Every figure of every table of a document, flat ({@link TableFigure}): the tables published as data. Reads only
 * the document tree: a figure is a body cell carrying a {@link org.budgetdisclosure.render.document.Figure}; its
 * column is named by the header cells above it (the 栏次 row left out), its row by the nearest label to its left
 * and by the cell under the header 科目编码 (or any header naming a 编码); the unit is the table's
 * {@code 单位：…} heading. A zero without a label (the blank filler of a two-sided table) is left out. Stateless and
 * thread-safe.
 */
public final class TableData {

    private static final String UNIT_PREFIX = "单位：";

    private TableData() {}

    /**
     * @param document the document, not null
     * @return its figures, table by table, row by row, left to right; never null
     */
    public static List<TableFigure> figures(Document document) {
        List<TableFigure> figures = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Table table) {
                figures(table, figures);
            }
        }
        return figures;
    }

    private static void figures(Table table, List<TableFigure> figures) {
        int columns = table.columnCount();
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Placement[][] grid = TableGrid.place(rows, columns);
        int headerRows = table.header().size();
        String[] columnNames = new String[columns];
        int codeColumn = -1;
        boolean[] numbering = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            List<String> path = new ArrayList<>();
            for (int r = 0; r < headerRows; r++) {
                if (table.header().get(r).kind() == Table.Kind.COLUMN_NUMBERS || grid[r][c] == null) {
                    continue;
                }
                String text = squeeze(grid[r][c].cell().text());
                if (!text.isEmpty()
                        && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                    path.add(text);
                }
            }
            columnNames[c] = String.join("/", path);
            if (codeColumn < 0 && columnNames[c].contains("编码")) {
                codeColumn = c;
            }
            numbering[c] = columnNames[c].equals("序号");
        }
        String unit = "";
        for (String heading : table.headings()) {
            int at = heading.indexOf(UNIT_PREFIX);
            if (at >= 0) {
                unit = heading.substring(at + UNIT_PREFIX.length()).strip();
            }
        }
        for (int r = headerRows; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            String code = codeColumn >= 0 && grid[r][codeColumn] != null
                    ? grid[r][codeColumn].cell().text().strip()
                    : "";
            for (int c = 0; c < columns; c++) {
                Placement at = grid[r][c];
                if (at == null
                        || at.row() != r
                        || at.column() != c
                        || at.cell().figure().isEmpty()) {
                    continue;
                }
                String name = rowName(grid[r], c, codeColumn, numbering);
                if (name.isEmpty()
                        && code.isEmpty()
                        && at.cell().figure().get().value().signum() == 0) {
                    // a blank filler of a two-sided table (table 1's revenue side below its nine sources)
                    continue;
                }
                figures.add(new TableFigure(
                        table.anchor(),
                        table.title(),
                        r - headerRows + 1,
                        code,
                        name,
                        row.level(),
                        row.kind().name().toLowerCase(Locale.ROOT),
                        c + 1,
                        columnNames[c],
                        at.cell().figure().get().value(),
                        unit));
            }
        }
    }

    /** The nearest label left of a figure: a text cell that is not the code or the row number. */
    private static String rowName(Placement[] row, int column, int codeColumn, boolean[] numbering) {
        for (int c = column - 1; c >= 0; c--) {
            if (row[c] == null || c == codeColumn || numbering[c]) {
                continue;
            }
            Cell cell = row[c].cell();
            if (cell.figure().isEmpty()) {
                return cell.text().strip();
            }
        }
        return "";
    }

    /** Header text without the spaces that spread it (项  目 → 项目). */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
