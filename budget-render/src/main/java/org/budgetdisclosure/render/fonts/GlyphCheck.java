package org.budgetdisclosure.render.fonts;

import org.budgetdisclosure.render.document.Document;

/**
 * Checks, before anything is written, that every character of a document has a glyph in a font of the role that
 * sets it; the first one missing fails the rendering with its place. Whitespace and line breaks need no glyph.
 */
public final class GlyphCheck {

    private GlyphCheck() {}

    /**
     * @param document the document, not null
     * @param fonts the fonts, not null
     * @throws MissingGlyphException for the first character no font of its role has
     */
    public static void check(Document document, FontSet fonts) {
        DocumentText.walk(document, (text, role, where) -> check(text, where, role, fonts));
    }

    private static void check(String text, java.util.function.Supplier<String> where, FontRole role, FontSet fonts) {
        text.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp)
                    && cp != 0x00A0
                    && fonts.faceFor(role, cp).isEmpty()) {
                throw new MissingGlyphException(cp, where.get(), role);
            }
        });
    }
}
