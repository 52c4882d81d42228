package org.budgetdisclosure.render.document;

import java.math.BigDecimal;

/**
 * The typography of a disclosure (版式), declared once and read by the PDF, DOCX and HTML writers: the sizes of its
 * text in points (the Chinese 字号: 2号 22 pt, 3号 16 pt, 5号 10.5 pt), the line spacing (行距), the first-line indent
 * (首行缩进, in characters) and the page margins (页边距) of GB/T 9704 (党政机关公文格式): an A4 page with a text block of
 * 156 × 225 mm, 37 mm from the top and 28 mm from the left.
 *
 * <p>A writer converts the points to its own unit ({@link #halfPoints(float)} for Word, {@link #css(float)} for a
 * style sheet); none holds a size of its own. Immutable.
 *
 * @param body body text and headings below the first level (正文, 3号)
 * @param title a title paragraph (标题, 2号)
 * @param heading1 a first-level heading (一级标题, 小2号)
 * @param coverTitle the lines of the cover's title (封面标题)
 * @param coverFoot the lines at the cover's foot (封面落款)
 * @param contentsTitle the title of the table of contents (目录)
 * @param contentsEntry an entry of the table of contents
 * @param note a note under a table or a note paragraph (注, 5号)
 * @param tableTitle a table's title on a portrait page (表名)
 * @param landscapeTableTitle a table's title on a landscape page
 * @param leading the distance from line to line of body text (行距, fixed)
 * @param indentCharacters the first-line indent of body text, in characters of the body size (首行缩进两字)
 * @param margins the margins of a portrait page, in millimetres
 */
public record Typography(
        float body,
        float title,
        float heading1,
        float coverTitle,
        float coverFoot,
        float contentsTitle,
        float contentsEntry,
        float note,
        float tableTitle,
        float landscapeTableTitle,
        float leading,
        int indentCharacters,
        Margins margins) {

    /** The disclosure's typography after GB/T 9704: body 3号 in 28 pt lines, indented two characters. */
    public static final Typography GB_9704 =
            new Typography(16, 22, 18, 30, 18, 22, 14, 10.5f, 14, 18, 28, 2, new Margins(37, 26, 35, 28));

    /**
     * The margins of a page (页边距), in millimetres.
     *
     * @param top above the text block
     * @param right right of it
     * @param bottom below it
     * @param left left of it
     */
    public record Margins(float top, float right, float bottom, float left) {

        /**
         * @return the margins of the page turned to landscape with its top to the left (the binding edge stays at
         *     the top of the text), as the PDF and Word writers set a landscape section, never null
         */
        public Margins turned() {
            return new Margins(right, bottom, left, top);
        }
    }

    /** @return the first-line indent of body text, in points */
    public float indent() {
        return indentCharacters * body;
    }

    /** @return the line spacing as a multiple of the body size (28 / 16 = 1.75), as a style sheet writes it */
    public String lineHeight() {
        return css(leading / body);
    }

    /**
     * @param points a size in points
     * @return the size in half-points, the unit of Word's {@code w:sz}
     */
    public static int halfPoints(float points) {
        return Math.round(points * 2);
    }

    /**
     * @param points a size in points
     * @return the size in twentieths of a point (twips), the unit of Word's spacing and indents
     */
    public static int twentieths(float points) {
        return Math.round(points * 20);
    }

    /**
     * @param value a number
     * @return the number as a style sheet writes it: no trailing zeros, no exponent ({@code 16}, {@code 10.5})
     */
    public static String css(float value) {
        return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }
}
