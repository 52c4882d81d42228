package org.budgetdisclosure.render.document;

/**
 * Text the writers print that is not in the document tree: whatever a writer prints must be in the font subsets
 * it embeds, so the fonts' TextByRole adds these to every role. A writer prints no other fixed text.
 */
public final class FixedText {

    /** The HTML skip link (跳到正文) to the main text, for keyboard and screen reader users. */
    public static final String SKIP_LINK = "跳到正文";

    /** Page numbers (— 1 —) and the digits of contents entries. */
    public static final String PAGE_NUMBERS = "0123456789— ";

    private FixedText() {}

    /** @return every character of the fixed text, never null */
    public static String all() {
        return SKIP_LINK + PAGE_NUMBERS;
    }
}
