package org.budgetdisclosure.render.fonts;

/**
 * What a font sets, after GB/T 9704: body text and tables (仿宋 or 宋体), the title and totals (a bold serif,
 * for 小标宋), headings (黑体, a bold sans).
 */
public enum FontRole {
    /** Body text and table cells. */
    BODY,
    /** The title, table titles and total rows. */
    STRONG,
    /** Section headings. */
    HEADING;

    /**
     * The role that sets a heading of a level, after GB/T 9704: parts (1) and subsections (3) in the strong font,
     * sections (一、, 2) in the heading font (黑体), points (4) in the body font.
     *
     * @param level the heading level, 1 to 4
     * @return the role, never null
     */
    public static FontRole forHeading(int level) {
        return switch (level) {
            case 1, 3 -> STRONG;
            case 2 -> HEADING;
            default -> BODY;
        };
    }
}
