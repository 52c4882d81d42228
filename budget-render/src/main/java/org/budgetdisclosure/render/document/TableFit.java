package org.budgetdisclosure.render.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes every table fit its figures: the widest printed figure of each column (with its separators) fits on one
 * line in every writer, so a number never wraps or splits; names may wrap. A figure is any right-aligned cell
 * (amounts, unit prices, quantities).
 *
 * <p>A table whose figures fit its declared column widths is left exactly as it is. Otherwise the columns are
 * widened to their widest figure, the others sharing what is left in proportion to their declared widths (each
 * keeping room for two characters); where even that does not fit the page width, the cells are set smaller, half a
 * point at a time, down to a floor; below the floor the table is refused with {@link TableTooWideException}.
 * The layout is decided once, before any writer, so PDF, DOCX and HTML share it. Stateless and thread-safe.
 */
public final class TableFit {

    /** Points per millimetre. */
    private static final float MM = 72f / 25.4f;
    /** The text width of a portrait A4 page of every writer (GB/T 9704: 156 mm). */
    public static final float PORTRAIT_WIDTH = 156 * MM;
    /** The text width of a landscape A4 page of every writer (225 mm). */
    public static final float LANDSCAPE_WIDTH = 225 * MM;
    /**
     * What a cell needs beside its text: the widest writer's side margins (DOCX's default cell margins, 5.4 pt a
     * side; the PDF's are 2.5 pt), the rules and a little slack.
     */
    static final float CELL_PADDING = 12f;
    /** The resolution of fitted widths: hundredths of a point. */
    private static final int UNITS_PER_POINT = 100;

    /** How wide a line of text is. */
    @FunctionalInterface
    public interface Measure {
        /**
         * @param text the text, not null
         * @param bold whether it is set bold (a total row)
         * @param size the point size
         * @return its width in points
         */
        float width(String text, boolean bold, float size);
    }

    private TableFit() {}

    /**
     * @param document a document, not null
     * @param measure how wide text is, not null
     * @param floor the smallest cell size, in points
     * @return the document with every table fitting its figures, never null
     * @throws TableTooWideException naming the table and its widest figures if one cannot fit even at the floor
     */
    public static Document fit(Document document, Measure measure, float floor) {
        List<Section> sections = new ArrayList<>();
        boolean changed = false;
        for (Section section : document.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                Block fitted = block instanceof Table t ? fit(t, measure, floor) : block;
                changed |= fitted != block;
                blocks.add(fitted);
            }
            sections.add(new Section(section.landscape(), blocks));
        }
        return changed
                ? new Document(
                        document.title(),
                        document.subject(),
                        document.author(),
                        document.language(),
                        document.date(),
                        sections,
                        document.pageFlow())
                : document;
    }

    /**
     * @param table a table, not null
     * @param measure how wide text is, not null
     * @param floor the smallest cell size, in points
     * @return the table itself if its figures fit, else the table with fitted widths and cell size; never null
     * @throws TableTooWideException naming the table and its widest figures if it cannot fit even at the floor
     */
    public static Table fit(Table table, Measure measure, float floor) {
        int n = table.columnCount();
        float page = table.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        int totalWeight = table.widths().stream().mapToInt(Integer::intValue).sum();
        if (n == 0 || totalWeight <= 0) {
            return table;
        }
        double[] declared = new double[n];
        for (int c = 0; c < n; c++) {
            declared[c] = page * table.widths().get(c) / (double) totalWeight;
        }
        float base = table.cellFontSize();
        double[] need = null;
        for (float size = base; size >= floor - 1e-3f; size -= 0.5f) {
            need = figureWidths(table, measure, size);
            if (size == base && fits(need, declared)) {
                return table;
            }
            double[] minimum = need.clone();
            for (int c = 0; c < n; c++) {
                minimum[c] = Math.max(minimum[c], 2 * size + CELL_PADDING);
            }
            if (Arrays.stream(minimum).sum() <= page) {
                return table.withLayout(distribute(declared, minimum, page), size);
            }
        }
        throw new TableTooWideException(describe(table, measure, floor, page));
    }

    /** The width each column needs for its widest figure, 0 for a column without figures. */
    private static double[] figureWidths(Table table, Measure measure, float size) {
        double[] need = new double[table.columnCount()];
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Placement[][] grid = TableGrid.place(rows, table.columnCount());
        for (int r = 0; r < rows.size(); r++) {
            boolean bold = rows.get(r).kind() == Table.Kind.TOTAL;
            for (int c = 0; c < table.columnCount(); c++) {
                Placement at = grid[r][c];
                if (at == null || at.row() != r || at.column() != c) {
                    continue;
                }
                Cell cell = at.cell();
                if (cell.align() == Cell.Align.RIGHT && !cell.text().isEmpty() && cell.colSpan() == 1) {
                    need[c] = Math.max(need[c], measure.width(cell.text(), bold, size) + CELL_PADDING);
                }
            }
        }
        return need;
    }

    private static boolean fits(double[] need, double[] widths) {
        for (int c = 0; c < need.length; c++) {
            if (need[c] > widths[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Columns that need more than their share get what they need; the others share the rest in proportion to
     * their declared widths, as long as that leaves each its minimum.
     */
    private static List<Integer> distribute(double[] declared, double[] minimum, double page) {
        int n = declared.length;
        boolean[] fixed = new boolean[n];
        double[] widths = new double[n];
        boolean again = true;
        while (again) {
            again = false;
            double left = page;
            double weight = 0;
            for (int c = 0; c < n; c++) {
                if (fixed[c]) {
                    left -= minimum[c];
                } else {
                    weight += declared[c];
                }
            }
            for (int c = 0; c < n; c++) {
                widths[c] = fixed[c] ? minimum[c] : weight > 0 ? left * declared[c] / weight : 0;
            }
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && widths[c] < minimum[c]) {
                    fixed[c] = true;
                    again = true;
                }
            }
        }
        List<Integer> units = new ArrayList<>(n);
        for (double w : widths) {
            units.add((int) Math.floor(w * UNITS_PER_POINT));
        }
        return units;
    }

    private static String abbreviated(String figure) {
        return figure.length() <= 40
                ? figure + "'"
                : figure.substring(0, 20) + "…" + figure.substring(figure.length() - 10) + "', " + figure.length()
                        + " characters";
    }

    private static String describe(Table table, Measure measure, float floor, float page) {
        double[] need = figureWidths(table, measure, floor);
        StringBuilder widest = new StringBuilder();
        double sum = 0;
        for (int c = 0; c < need.length; c++) {
            sum += Math.max(need[c], 2 * floor + CELL_PADDING);
        }
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        String longest = "";
        for (Table.Row row : rows) {
            for (Cell cell : row.cells()) {
                if (cell.align() == Cell.Align.RIGHT && cell.text().length() > longest.length()) {
                    longest = cell.text();
                }
            }
        }
        widest.append("the table '")
                .append(table.title().isEmpty() ? table.anchor() : table.title())
                .append("' cannot fit its figures on one line each: at the smallest cell size, ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", floor))
                .append(" pt, its columns need ")
                .append(String.format(java.util.Locale.ROOT, "%.0f", sum))
                .append(" pt of the page's ")
                .append(String.format(java.util.Locale.ROOT, "%.0f", page))
                .append(" pt (widest figure '")
                .append(abbreviated(longest))
                .append("); print its amounts in 万元 or without separators, or lower "
                        + "the profile's minimum table font size");
        return widest.toString();
    }
}
