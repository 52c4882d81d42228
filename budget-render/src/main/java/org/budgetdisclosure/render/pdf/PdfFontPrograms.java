package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.budgetdisclosure.render.fonts.DeflatedFont;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontSubsets;

/**
 * The embedded font programs (嵌入字体) of a PDF, written once: each of OpenPDF's TrueType subsets is replaced by the
 * disclosure's own subset of the same face, the one its DOCX and HTML embed, already deflated ({@link FontSubsets},
 * {@link DeflatedFont}). OpenPDF's subsets keep every glyph's place (a character identifier, CID, is the glyph's
 * identifier in the face) and are deflated on their own; the shared subset numbers its glyphs anew, so the CIDFont
 * gets a {@code /CIDToGIDMap} stream from each CID the page content uses to its glyph in the subset (ISO 32000-1,
 * 9.7.4.2). The content, the widths ({@code /W}) and the text a reader copies ({@code /ToUnicode}) are unchanged.
 *
 * <p>A font whose face is not known, or whose used glyphs (every CID of its {@code /ToUnicode}, its {@code /W} and
 * its outlines) are not all in the shared subset, keeps OpenPDF's subset, with the metrics of the glyphs it does not
 * hold emptied ({@link PdfFontMetrics}) and deflated at {@link #FONT_LEVEL}.
 */
final class PdfFontPrograms {

    /**
     * Where the shared subsets come from: the disclosure's subsets, the faces by their PostScript name (the name
     * after the subset tag in a font's {@code /BaseFont}), the characters each face sets.
     */
    record Shared(FontSubsets subsets, Map<String, FontFace> byName, Map<FontFace, String> characters) {

        /** @return no shared subsets: every font keeps OpenPDF's */
        static Shared none() {
            return new Shared(new FontSubsets(), Map.of(), Map.of());
        }
    }

    /** What became of one font program: shared, or OpenPDF's kept (for tests). */
    enum Outcome {
        SHARED,
        KEPT
    }

    /** Sees what became of each font program: the tests' check that the shared subsets are the ones used. */
    static final ThreadLocal<java.util.function.Consumer<Outcome>> OBSERVER =
            ThreadLocal.withInitial(() -> outcome -> {});

    /**
     * The zlib level of a font program that keeps OpenPDF's subset: glyph outlines compress little and slowly.
     * Level 4 costs 1.7 % more bytes than the default in 60 % of its time.
     */
    static final int FONT_LEVEL = 4;

    private PdfFontPrograms() {}

    /** A TrueType font program and the composite fonts (Type0 复合字体) that show its glyphs. */
    private record Program(COSStream file, List<COSDictionary> fonts, List<COSDictionary> cidFonts) {}

    /**
     * Writes every embedded TrueType font program of the document.
     *
     * @return the font program streams written (the caller deflates the other streams), never null
     */
    static Set<COSBase> write(COSDocument cos, Shared shared) throws IOException {
        Map<COSBase, Program> programs = new IdentityHashMap<>();
        List<Program> order = new ArrayList<>();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            if (cos.getObjectFromPool(key).getObject() instanceof COSDictionary font
                    && COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                    && font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
                    && descendants.size() == 1
                    && descendants.getObject(0) instanceof COSDictionary cidFont
                    && COSName.CID_FONT_TYPE2.equals(cidFont.getCOSName(COSName.SUBTYPE))
                    && cidFont.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor
                    && descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream file
                    && COSName.FLATE_DECODE.equals(file.getFilters())) {
                Program program = programs.computeIfAbsent(file, f -> {
                    Program p = new Program(file, new ArrayList<>(), new ArrayList<>());
                    order.add(p);
                    return p;
                });
                program.fonts().add(font);
                program.cidFonts().add(cidFont);
            }
        }
        for (Program program : order) {
            byte[] data;
            try (InputStream in = program.file().createInputStream()) {
                data = in.readAllBytes();
            }
            Optional<Replacement> replacement = shared(program, data, shared);
            OBSERVER.get().accept(replacement.isPresent() ? Outcome.SHARED : Outcome.KEPT);
            if (replacement.isPresent()) {
                Replacement r = replacement.get();
                try (OutputStream out = program.file().createRawOutputStream()) {
                    out.write(r.font().zlib());
                }
                program.file().setInt(COSName.LENGTH1, r.font().size());
                for (COSDictionary cidFont : program.cidFonts()) {
                    COSStream map = cos.createCOSStream();
                    Flate.write(map, r.cidToGid());
                    cidFont.setItem(COSName.CID_TO_GID_MAP, map);
                }
                continue;
            }
            List<COSArray> widths = new ArrayList<>();
            program.cidFonts().forEach(f -> {
                if (f.getDictionaryObject(COSName.W) instanceof COSArray w) {
                    widths.add(w);
                }
            });
            data = PdfFontMetrics.trim(data, widths.isEmpty() ? null : widths);
            // the stream keeps OpenPDF's /Filter /FlateDecode; its data is replaced by a deflate of its own
            try (OutputStream out = program.file().createRawOutputStream()) {
                out.write(Flate.deflate(data, FONT_LEVEL));
            }
        }
        return java.util.Collections.unmodifiableSet(programs.keySet());
    }

    /** The shared subset of a font program's face and the map from each CID to its glyph there. */
    private record Replacement(DeflatedFont font, byte[] cidToGid) {}

    private static Optional<Replacement> shared(Program program, byte[] data, Shared shared) throws IOException {
        FontFace face = null;
        for (COSDictionary font : program.fonts()) {
            String name = font.getNameAsString(COSName.BASE_FONT);
            FontFace f = name == null ? null : shared.byName().get(name.substring(name.indexOf('+') + 1));
            if (f == null || (face != null && f != face)) {
                return Optional.empty();
            }
            face = f;
        }
        String characters = face == null ? null : shared.characters().get(face);
        if (characters == null) {
            return Optional.empty();
        }
        BitSet used = new BitSet();
        for (COSDictionary font : program.fonts()) {
            if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode)
                    || !cids(toUnicode, used)) {
                return Optional.empty();
            }
        }
        for (COSDictionary cidFont : program.cidFonts()) {
            if (cidFont.getDictionaryObject(COSName.W) instanceof COSArray w) {
                used.or(PdfFontMetrics.shown(w));
            }
        }
        used.or(PdfFontMetrics.outlines(data));
        used.clear(0);
        int[] glyphs = shared.subsets().glyphs(face, characters);
        int[] subsetGlyph = new int[used.length()];
        for (int mine = 0; mine < glyphs.length; mine++) {
            if (glyphs[mine] < subsetGlyph.length) {
                subsetGlyph[glyphs[mine]] = mine;
            }
        }
        byte[] map = new byte[2 * used.length()];
        for (int cid = used.nextSetBit(0); cid >= 0; cid = used.nextSetBit(cid + 1)) {
            if (subsetGlyph[cid] == 0) {
                return Optional.empty(); // a glyph the page shows that the shared subset does not have
            }
            map[2 * cid] = (byte) (subsetGlyph[cid] >> 8);
            map[2 * cid + 1] = (byte) subsetGlyph[cid];
        }
        return Optional.of(new Replacement(shared.subsets().deflated(face, characters), map));
    }

    private static final Pattern RANGE = Pattern.compile("<([0-9a-fA-F]{1,4})>\\s*<([0-9a-fA-F]{1,4})>\\s*<");
    private static final Pattern CHAR = Pattern.compile("<([0-9a-fA-F]{1,4})>\\s*<[0-9a-fA-F]+>");

    /**
     * Adds the CIDs a {@code /ToUnicode} CMap maps ({@code bfrange} and {@code bfchar} entries, two-byte codes of
     * Identity-H: the code is the CID).
     *
     * @return whether the CMap could be read: every section of it was of a form OpenPDF writes
     */
    private static boolean cids(COSStream toUnicode, BitSet used) throws IOException {
        String cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        int at = 0;
        while (true) {
            int range = cmap.indexOf("beginbfrange", at);
            int single = cmap.indexOf("beginbfchar", at);
            if (range < 0 && single < 0) {
                return true;
            }
            boolean isRange = single < 0 || (range >= 0 && range < single);
            int start = isRange ? range + "beginbfrange".length() : single + "beginbfchar".length();
            int end = cmap.indexOf(isRange ? "endbfrange" : "endbfchar", start);
            if (end < 0) {
                return false;
            }
            Matcher m = (isRange ? RANGE : CHAR).matcher(cmap.substring(start, end));
            while (m.find()) {
                int first = Integer.parseInt(m.group(1), 16);
                int last = isRange ? Integer.parseInt(m.group(2), 16) : first;
                if (last < first) {
                    return false;
                }
                used.set(first, last + 1);
            }
            at = end;
        }
    }
}
