package org.budgetdisclosure.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font: its family name as documents name it, its bytes, whether it is bold, and which characters it
 * has. Immutable and thread-safe (the bytes are never handed out for writing; {@link #bytes()} copies). Two faces
 * are equal when their family, boldness and bytes are (compared by a SHA-256 digest of the bytes), so that caches
 * keyed by face (the PDF writer's fonts) hold one entry however often the same font is read.
 */
public final class FontFace {

    private final String family;
    private final boolean bold;
    private final byte[] data;
    /** SHA-256 of {@link #data}: the face's identity with its family and boldness. */
    private final byte[] digest;

    private final CmapLookup cmap;
    /** The code points the font maps to a glyph: {@link #has} without a boxed lookup in the font's map. */
    private final java.util.BitSet covered = new java.util.BitSet();
    /** {@link #hashCode}, computed once: faces key the PDF writer's caches, looked up for every run of text. */
    private final int hash;
    /** The parsed font, read once; its glyph data are read through one stream, so subsetting locks it. */
    private final TrueTypeFont font;

    private FontFace(String family, boolean bold, byte[] data) {
        this.family = Objects.requireNonNull(family, "family");
        this.bold = bold;
        this.data = data;
        try {
            this.digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        this.hash = 31 * (31 * family.hashCode() + Boolean.hashCode(bold)) + java.util.Arrays.hashCode(digest);
        try {
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            this.cmap = font.getUnicodeCmapLookup();
            for (int gid = 1, n = cmap == null ? 0 : font.getNumberOfGlyphs(); gid < n; gid++) {
                java.util.List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    // Unicode's code points only: a map may name 32-bit codes, which no text has
                    codes.stream()
                            .filter(c -> c >= 0 && c <= Character.MAX_CODE_POINT)
                            .forEach(covered::set);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "font " + family + " is not a readable TrueType font: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a TrueType font file (.ttf), such as a licensed 仿宋_GB2312.
     *
     * @param family the family name documents will use, such as 仿宋_GB2312, not null
     * @param bold whether the face is bold
     * @param file the .ttf file, not null
     * @return the face, never null
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a TrueType font
     */
    public static FontFace of(String family, boolean bold, Path file) {
        try {
            // under the checks of every input: a regular file (a FIFO would block), at most 64 MiB
            return new FontFace(
                    family, bold, org.budgetdisclosure.model.files.InputFiles.read(file, 64L << 20, "font files"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file + ": " + e.getMessage(), e);
        }
    }

    static FontFace resource(String family, boolean bold, String resource) {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the jar: " + resource);
            }
            return new FontFace(family, bold, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the family name, never null */
    public String family() {
        return family;
    }

    /** @return whether the face is bold */
    public boolean bold() {
        return bold;
    }

    /** @return a copy of the font file's bytes, never null */
    public byte[] bytes() {
        return data.clone();
    }

    /** @return the parsed font; callers must hold this face's lock while reading glyphs */
    TrueTypeFont parsed() {
        return font;
    }

    /** @return the size of the font file in bytes */
    public int size() {
        return data.length;
    }

    /** Advance widths read so far, in em, by code point. */
    private final java.util.Map<Integer, Float> advances = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The advance width of a character, for measuring text (table columns fit their widest figure).
     *
     * @param codePoint a Unicode code point the font has
     * @return its advance in em (a fraction of the point size), 0 for a character the font lacks
     */
    public float advance(int codePoint) {
        Float known = advances.get(codePoint);
        if (known != null) {
            return known;
        }
        float em;
        // the parsed font reads its tables through one stream: one reader at a time (as subsetting does)
        synchronized (this) {
            try {
                int gid = cmap.getGlyphId(codePoint);
                em = gid == 0 ? 0f : font.getAdvanceWidth(gid) / (float) font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the metrics of font " + this + ": " + e.getMessage(), e);
            }
        }
        advances.put(codePoint, em);
        return em;
    }

    /** @param codePoint a Unicode code point @return whether the font has a glyph for it */
    public boolean has(int codePoint) {
        return codePoint >= 0 && covered.get(codePoint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontFace f
                && bold == f.bold
                && family.equals(f.family)
                && java.util.Arrays.equals(digest, f.digest);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return family + (bold ? " Bold" : "");
    }
}
