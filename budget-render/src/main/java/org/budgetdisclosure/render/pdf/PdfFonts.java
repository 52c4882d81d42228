package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.List;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;

/**
 * The PDF fonts of one document: a BaseFont per face (embedded, subsetted, Identity-H with a ToUnicode map so
 * text copies out right), with a subset prefix derived from the face, not from chance. One per document: a
 * BaseFont records the glyphs used. Not thread-safe.
 */
final class PdfFonts {

    /**
     * The BaseFont of each face, made once per JVM: reading a 3 MB TrueType file is most of the cost of a small
     * PDF. A BaseFont holds the font's tables, read-only; the glyphs a document uses are recorded by its writer.
     * Its subset prefix comes from a generator that always gives the same letters for the face.
     */
    private static final org.budgetdisclosure.render.internal.BoundedCache<FontFace, BaseFont> SHARED =
            new org.budgetdisclosure.render.internal.BoundedCache<>(PdfFonts.SHARED_FACES);

    /**
     * The most faces whose tables are kept between documents (keyed by the face's value: family, boldness and
     * bytes): the bundled faces and a few of a user's; a server reading its fonts per request reuses one entry.
     */
    static final int SHARED_FACES = 16;

    /** @return how many faces are kept now, at most {@value #SHARED_FACES} (for tests) */
    static int sharedFaces() {
        return SHARED.size();
    }

    private final FontSet fonts;

    PdfFonts(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The faces this document has asked for: one lookup in the shared cache a face, not one a run of text. */
    private final java.util.Map<FontFace, BaseFont> mine = new java.util.IdentityHashMap<>();

    BaseFont base(FontFace face) {
        BaseFont known = mine.get(face);
        if (known == null) {
            known = shared(face);
            mine.put(face, known);
        }
        return known;
    }

    private static BaseFont shared(FontFace face) {
        return SHARED.get(face, f -> {
            try {
                BaseFont bf = BaseFont.createFont(
                        f.family().replace(' ', '-') + (f.bold() ? "-Bold" : "") + ".ttf",
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED,
                        false,
                        f.bytes(),
                        null);
                // stored, not deflated: PdfTags deflates the file's streams once, as it writes the tagged PDF
                bf.setCompressionLevel(java.util.zip.Deflater.NO_COMPRESSION);
                bf.setSubset(true);
                // PDF/A-2: a CIDSet must list every glyph of the subset, which OpenPDF's does not; it is optional
                bf.setIncludeCidSet(false);
                bf.setSecureRandom(seeded(f.toString()));
                return bf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A phrase of text in the role's fonts, each character in the first face that has it. */
    Phrase phrase(String text, FontRole role, float size) {
        List<FontFace> faces = fonts.faces(role);
        if (faces.size() == 1) {
            List<String> pieces = ChineseLineBreaks.pieces(text);
            Phrase phrase = new Phrase(chunk(pieces.get(0), font(faces.get(0), size)));
            for (String piece : pieces.subList(1, pieces.size())) {
                phrase.add(chunk(piece, font(faces.get(0), size)));
            }
            phrase.setFont(font(faces.get(0), size));
            return phrase;
        }
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        FontFace current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace face = fonts.faceFor(role, cp).orElse(faces.get(faces.size() - 1));
            if (current != null && face != current) {
                add(phrase, run.toString(), font(current, size));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current != null) {
            add(phrase, run.toString(), font(current, size));
        }
        phrase.setFont(font(faces.get(0), size));
        return phrase;
    }

    /** Adds text in a font, a long text as several chunks so that laying it out takes time linear in its length. */
    private static void add(Phrase phrase, String text, Font font) {
        for (String piece : ChineseLineBreaks.pieces(text)) {
            phrase.add(chunk(piece, font));
        }
    }

    private static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return chunk;
    }

    Font font(FontRole role, float size) {
        return font(fonts.faces(role).get(0), size);
    }

    private Font font(FontFace face, float size) {
        return new Font(base(face), size);
    }

    /** A generator that gives the same bytes at every call, derived from the face's name: a stable prefix. */
    private static SecureRandom seeded(String seed) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        return new SecureRandom(
                new SecureRandomSpi() {
                    @Override
                    protected void engineSetSeed(byte[] seed) {}

                    @Override
                    protected void engineNextBytes(byte[] bytes) {
                        for (int i = 0; i < bytes.length; i++) {
                            bytes[i] = digest[i % digest.length];
                        }
                    }

                    @Override
                    protected byte[] engineGenerateSeed(int numBytes) {
                        return new byte[numBytes];
                    }
                },
                null) {};
    }
}
