package org.budgetdisclosure.render.document;

import java.util.Objects;

/**
 * A paragraph of plain text in a style.
 *
 * @param text the text, not null
 * @param style how it is set, not null
 */
public record Paragraph(String text, Style style) implements Block {

    /** Validates the fields. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    /** @param text the text @return a body paragraph, first line indented two characters */
    public static Paragraph body(String text) {
        return new Paragraph(text, Style.BODY);
    }

    @Override
    public void accept(BlockVisitor visitor) {
        visitor.visit(this);
    }

    /** The paragraph styles. */
    public enum Style {
        /** The document title (小标宋, centred). */
        TITLE,
        /** Body text, first line indented two characters (仿宋). */
        BODY,
        /** A label line such as 部门职责：, not indented. */
        LABEL,
        /** A note under a table (注：…), smaller. */
        NOTE
    }
}
