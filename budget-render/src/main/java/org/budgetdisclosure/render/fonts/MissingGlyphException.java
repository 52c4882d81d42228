package org.budgetdisclosure.render.fonts;

/**
 * A character that no configured font has: rendering refuses rather than drop it. The message names the
 * character, its code point and where it stands.
 */
public final class MissingGlyphException extends org.budgetdisclosure.model.errors.BudgetException {

    private final int codePoint;
    private final String location;

    /**
     * @param codePoint the character
     * @param location where it stands, such as {@code table 6 … / row 3 / column 3}
     * @param role the role whose fonts lack it
     */
    public MissingGlyphException(int codePoint, String location, FontRole role) {
        super(
                String.format(
                                java.util.Locale.ROOT,
                                "no configured font has the character '%s' (U+%04X) at %s; add a font that has it "
                                        + "(RenderOptions.withFont) or change the text",
                                new String(Character.toChars(codePoint)),
                                codePoint,
                                location)
                        + " [" + role + "]",
                java.util.List.of(org.budgetdisclosure.model.errors.Problem.at(
                        location,
                        "no configured font has the character U+"
                                + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + " [" + role
                                + "]")));
        this.codePoint = codePoint;
        this.location = location;
    }

    /** @return the missing character's code point */
    public int codePoint() {
        return codePoint;
    }

    /** @return where it stands, never null */
    public String location() {
        return location;
    }
}
