package org.budgetdisclosure.render.fonts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font subsets of one document, each cut once and handed to every writer that embeds it: the DOCX and the HTML
 * of a disclosure embed the same subsets (the same face cut to the same characters), and cutting one is most of the
 * fonts' cost. Each subset is also deflated once ({@link DeflatedFont}), on first asking, for the WOFF of the HTML
 * and the font part of the DOCX alike. Scoped to one disclosure, never shared between documents, so a batch does
 * each document's work. Safe to share between threads.
 */
public final class FontSubsets {

    private record Key(FontFace face, String characters) {}

    private final Map<Key, FontSubsetter.Cut> made = new ConcurrentHashMap<>();
    private final Map<Key, DeflatedFont> deflated = new ConcurrentHashMap<>();

    /** The characters of the last document asked about, by role and by face: each writer asks for them. */
    private record Text(
            org.budgetdisclosure.render.document.Document document,
            Map<FontRole, String> byRole,
            Map<FontSet, Map<FontFace, String>> byFace) {}

    private volatile Text text;

    /**
     * The characters a document sets in each role ({@link TextByRole}), computed once for the writers of a
     * disclosure, which all ask.
     *
     * @param document the document, not null
     * @return the characters of each role, never null
     */
    public Map<FontRole, String> textByRole(org.budgetdisclosure.render.document.Document document) {
        return text(document).byRole();
    }

    /**
     * The characters a document sets in each face of its fonts ({@link TextByFace}), the key by which the PDF and the
     * DOCX ask for a face's subset; computed once for the writers of a disclosure.
     *
     * @param document the document, not null
     * @param fonts its fonts, not null
     * @return the characters of each face that sets any, never null
     */
    public Map<FontFace, String> textByFace(org.budgetdisclosure.render.document.Document document, FontSet fonts) {
        return text(document)
                .byFace()
                .computeIfAbsent(fonts, f -> TextByFace.of(text(document).byRole(), f));
    }

    private Text text(org.budgetdisclosure.render.document.Document document) {
        Text t = text;
        if (t == null || t.document() != document) {
            t = new Text(document, TextByRole.of(document), new ConcurrentHashMap<>());
            text = t;
        }
        return t;
    }

    /**
     * @param face the font, not null
     * @param characters the characters to keep (any order, duplicates allowed), not null
     * @return the subset font file, as {@link FontSubsetter#subset} makes it; a copy of its own, never null
     */
    public byte[] subset(FontFace face, String characters) {
        return cut(key(face, characters)).font().clone();
    }

    /**
     * @param face the font, not null
     * @param characters the characters to keep (any order, duplicates allowed), not null
     * @return for each glyph of the subset {@link #subset} gives, by its identifier there, its identifier in the
     *     face (the subset keeps the face's glyphs in their order); a copy of its own, never null
     */
    public int[] glyphs(FontFace face, String characters) {
        return cut(key(face, characters)).glyphs().clone();
    }

    /**
     * @param face the font, not null
     * @param characters the characters to keep (any order, duplicates allowed), not null
     * @return the subset font file {@link #subset} gives, deflated region by region; the same value for the same
     *     subset, never null
     */
    public DeflatedFont deflated(FontFace face, String characters) {
        return deflated.computeIfAbsent(key(face, characters), k -> DeflatedFont.owning(cut(k).font()));
    }

    private FontSubsetter.Cut cut(Key key) {
        return made.computeIfAbsent(key, k -> FontSubsetter.cut(k.face(), k.characters()));
    }

    private static Key key(FontFace face, String characters) {
        StringBuilder kept = new StringBuilder();
        characters.codePoints().filter(face::has).sorted().distinct().forEach(kept::appendCodePoint);
        return new Key(face, kept.toString());
    }
}
