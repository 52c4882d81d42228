package org.budgetdisclosure.render.document;

/**
 * How text and tables may flow across pages, as the profile allows; writers with pages (PDF, and the print
 * stylesheet of the HTML where CSS can) follow it. A table that fits one page at {@code smallestCellFontSize}
 * and {@code smallestRowHeight} is kept on one page (set that small only when it must be); a table that must break
 * leaves at least {@code minRowsPerFragment} body rows on each page; a heading or table title never ends a page.
 *
 * @param minRowsPerFragment the fewest body rows of a broken table on any page, 1 or more
 * @param smallestCellFontSize the smallest point size table cells may be set in to keep a table on one page
 * @param smallestRowHeight the height in points of a one-line row at that size
 */
public record PageFlow(int minRowsPerFragment, float smallestCellFontSize, float smallestRowHeight) {

    /** The defaults: five rows a fragment, 9 pt cells in rows of 14 pt at the smallest. */
    public static final PageFlow DEFAULT = new PageFlow(5, 9f, 14f);

    /** Validates the fields. */
    public PageFlow {
        if (minRowsPerFragment < 1) {
            throw new IllegalArgumentException("minRowsPerFragment must be 1 or more, was " + minRowsPerFragment);
        }
        if (!(smallestCellFontSize >= 5f) || !(smallestRowHeight >= smallestCellFontSize)) {
            throw new IllegalArgumentException("the smallest cell size must be 5 pt or more and fit its row height: "
                    + smallestCellFontSize + " pt in " + smallestRowHeight + " pt");
        }
    }
}
