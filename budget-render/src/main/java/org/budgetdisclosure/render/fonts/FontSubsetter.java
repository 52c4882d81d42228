package org.budgetdisclosure.render.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Cuts a TrueType font down to the characters a document uses, for embedding in HTML and DOCX. The result is a
 * complete TrueType font (cmap, glyf, metrics, names); the same face and characters give the same bytes.
 */
public final class FontSubsetter {

    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "post");

    private FontSubsetter() {}

    /**
     * @param face the font, not null
     * @param characters the characters to keep (any order, duplicates allowed), not null
     * @return the subset font file, never null
     */
    public static byte[] subset(FontFace face, String characters) {
        return cut(face, characters).font();
    }

    /**
     * A subset and where its glyphs come from: the subset renumbers the glyphs it keeps, in the order of their
     * identifiers in the face.
     *
     * @param font the subset font file
     * @param glyphs for each glyph of the subset, by its identifier there, its identifier in the face
     */
    record Cut(byte[] font, int[] glyphs) {}

    /**
     * @param face the font, not null
     * @param characters the characters to keep (any order, duplicates allowed), not null
     * @return the subset font file and the face's identifier of each of its glyphs, never null
     */
    static Cut cut(FontFace face, String characters) {
        // the face's parsed font is shared; its glyphs are read through one stream, one subset at a time
        synchronized (face) {
            return subset(face, face.parsed(), characters);
        }
    }

    private static Cut subset(FontFace face, TrueTypeFont font, String characters) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            Set<Integer> codePoints = new TreeSet<>();
            characters.codePoints().filter(face::has).forEach(codePoints::add);
            codePoints.add((int) ' ');
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            java.util.Map<Integer, Integer> map = subsetter.getGIDMap();
            int[] glyphs = new int[map.size()];
            map.forEach((mine, theirs) -> glyphs[mine] = theirs);
            // the cmap, which FontBox's subsetter writes in quadratic time and for the BMP only (FontCmap); the subset
            // keeps the face's glyphs in their order, so a glyph's place in it is found by binary search
            var cmap = font.getUnicodeCmapLookup();
            int[] mapped = codePoints.stream()
                    .mapToInt(Integer::intValue)
                    .filter(cp -> cmap.getGlyphId(cp) != 0)
                    .toArray();
            int[] mappedGlyphs = new int[mapped.length];
            for (int i = 0; i < mapped.length; i++) {
                mappedGlyphs[i] = java.util.Arrays.binarySearch(glyphs, cmap.getGlyphId(mapped[i]));
            }
            byte[] file = mapped.length == 0
                    ? out.toByteArray()
                    : FontCmap.add(out.toByteArray(), FontCmap.table(mapped, mappedGlyphs));
            return new Cut(file, glyphs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset font " + face + ": " + e.getMessage(), e);
        }
    }
}
