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
    HEADING
}
