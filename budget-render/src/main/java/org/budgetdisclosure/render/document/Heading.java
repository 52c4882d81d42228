package org.budgetdisclosure.render.document;

import java.util.Objects;

/**
 * A heading. Level 1 is a part (第一部分), 2 a section (一、), 3 a subsection (（一）), 4 a point (1.). Every
 * heading has an anchor for the table of contents and the outline.
 *
 * @param level 1 to 4
 * @param text the text as printed, numbering included, not null
 * @param anchor a stable identifier, unique in the document, not null
 * @param outline whether the heading has an entry in the outline and table of contents
 */
public record Heading(int level, String text, String anchor, boolean outline) implements Block {

    /** Validates the fields. */
    public Heading {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level must be 1 to 4, was " + level);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
    }

    @Override
    public void accept(BlockVisitor visitor) {
        visitor.visit(this);
    }
}
