package org.budgetdisclosure.render.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Figure;

/**
 * The cell styles of one workbook, made once each: a workbook holds at most 64,000 styles, so cells share them.
 * Not thread-safe: one per workbook.
 */
final class XlsxStyles {

    /** The font of every cell: 宋体, the usual face of published Chinese spreadsheets. */
    static final String FONT = "宋体";

    /** What a style is for. */
    enum Role {
        /** The table's title. */
        TITLE,
        /** The line above the table (department, year, unit). */
        HEADING,
        /** A header cell. */
        HEADER,
        /** A body cell. */
        BODY,
        /** A note under the table. */
        NOTE
    }

    private record Key(Role role, Cell.Align align, boolean bold, int indent, String format) {}

    private final Workbook workbook;
    private final DataFormat formats;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
    }

    /**
     * @param role what the cell is
     * @param align its alignment
     * @param bold whether bold (totals)
     * @param indent the indentation level of a classification name, 0 for none
     * @param format the number format, or null for text
     * @return the shared style, never null
     */
    CellStyle style(Role role, Cell.Align align, boolean bold, int indent, String format) {
        return styles.computeIfAbsent(new Key(role, align, bold, Math.min(indent, 15), format), this::make);
    }

    /**
     * @param figure a figure
     * @return the number format that shows it as the document's text does: fixed decimals without grouping,
     *     zero blank unless shown
     */
    static String numberFormat(Figure figure) {
        String fixed = figure.decimals() == 0 ? "0" : "0." + "0".repeat(figure.decimals());
        return figure.zeroShown() ? fixed : fixed + ";-" + fixed + ";\"\"";
    }

    private CellStyle make(Key key) {
        CellStyle s = workbook.createCellStyle();
        boolean boxed = key.role() == Role.HEADER || key.role() == Role.BODY;
        if (boxed) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setAlignment(
                switch (key.align()) {
                    case LEFT -> HorizontalAlignment.LEFT;
                    case CENTER -> HorizontalAlignment.CENTER;
                    case RIGHT -> HorizontalAlignment.RIGHT;
                });
        if (key.role() == Role.HEADER) {
            s.setWrapText(true);
        }
        if (key.indent() > 0) {
            s.setIndention((short) key.indent());
        }
        if (key.format() != null) {
            s.setDataFormat(formats.getFormat(key.format()));
        }
        int points = key.role() == Role.TITLE ? 16 : 10;
        boolean bold = key.bold() || key.role() == Role.TITLE || key.role() == Role.HEADER;
        s.setFont(fonts.computeIfAbsent(points + (bold ? "b" : ""), k -> {
            Font f = workbook.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }));
        return s;
    }
}
