package org.budgetdisclosure.render.document;

import java.util.Objects;

/**
 * The table of contents (目录) printed where the block stands: its entries are the document's outline
 * ({@link Document#outline(int)}) down to {@code levels}, each with the page it starts on where the format has
 * pages (computed by the PDF writer in a second pass; a field Word, WPS and LibreOffice update in DOCX).
 *
 * @param title the printed title, such as 目录, not null
 * @param levels the deepest outline level listed, 1 to 4
 */
public record Contents(String title, int levels) implements Block {

    /** Validates the fields. */
    public Contents {
        Objects.requireNonNull(title, "title");
        if (levels < 1 || levels > 4) {
            throw new IllegalArgumentException("contents levels must be 1 to 4, was " + levels);
        }
    }

    @Override
    public void accept(BlockVisitor visitor) {
        visitor.visit(this);
    }

    /**
     * An entry of the contents.
     *
     * @param level its outline level, 1 for a part
     * @param text the heading or table title, not null
     * @param anchor the anchor of the heading or table, not null
     */
    public record Entry(int level, String text, String anchor) {
        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }
}
