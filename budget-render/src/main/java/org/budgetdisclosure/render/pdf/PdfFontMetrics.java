package org.budgetdisclosure.render.pdf;

import java.nio.ByteBuffer;
import java.util.BitSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.budgetdisclosure.render.internal.FontChecksum;

/**
 * Empties the horizontal metrics ({@code hmtx}) of the glyphs an embedded TrueType subset does not hold. OpenPDF's
 * subsets keep every glyph's place (the glyph identifiers are the PDF's character identifiers), so their
 * {@code hmtx} has the metrics of all 7,800 glyphs of a Noto SC face for the few hundred the document sets: 15.6 kB a
 * face, 7.5 kB deflated. A glyph with no outline in the subset and no width in the PDF's {@code /W} array is never
 * shown; its metrics become zeros, which deflate to almost nothing. The glyphs shown keep theirs, so what a viewer
 * draws and the widths PDF/A compares with {@code /W} are unchanged. The table's checksum and the font's
 * {@code checkSumAdjustment} are made anew. A font program it cannot read is left as it is.
 */
final class PdfFontMetrics {

    private PdfFontMetrics() {}

    /**
     * @param font a TrueType font program, not null
     * @param widths the {@code /W} arrays of the CIDFonts that embed it (Identity: CID = glyph), or null
     * @return the font with the metrics of its absent glyphs emptied, or the same array if there is nothing to do
     */
    static byte[] trim(byte[] font, java.util.List<COSArray> widths) {
        try {
            return trimOrFail(font, widths);
        } catch (RuntimeException e) {
            return font; // not a font this can read: kept whole
        }
    }

    private static byte[] trimOrFail(byte[] font, java.util.List<COSArray> widths) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        int head = -1;
        int hhea = -1;
        int maxp = -1;
        int loca = -1;
        int hmtx = -1;
        int hmtxLength = 0;
        int hmtxEntry = -1;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = b.getInt(entry + 8);
            switch (tag) {
                case "head" -> head = offset;
                case "hhea" -> hhea = offset;
                case "maxp" -> maxp = offset;
                case "loca" -> loca = offset;
                case "hmtx" -> {
                    hmtx = offset;
                    hmtxLength = b.getInt(entry + 12);
                    hmtxEntry = entry;
                }
                default -> {}
            }
        }
        if (head < 0 || hhea < 0 || maxp < 0 || loca < 0 || hmtx < 0 || widths == null) {
            return font;
        }
        int glyphs = b.getShort(maxp + 4) & 0xffff;
        int metrics = b.getShort(hhea + 34) & 0xffff;
        if (metrics == 0 || metrics > glyphs || hmtxLength < 4 * metrics + 2 * (glyphs - metrics)) {
            return font;
        }
        BitSet kept = new BitSet();
        widths.forEach(w -> kept.or(shown(w)));
        kept.set(0);
        // the last full metric's advance is every later glyph's
        kept.set(metrics - 1);
        kept.or(outlines(font));
        byte[] out = font.clone();
        ByteBuffer o = ByteBuffer.wrap(out);
        for (int g = 0; g < glyphs; g++) {
            if (kept.get(g)) {
                continue;
            }
            if (g < metrics) {
                o.putInt(hmtx + 4 * g, 0);
            } else {
                o.putShort(hmtx + 4 * metrics + 2 * (g - metrics), (short) 0);
            }
        }
        o.putInt(hmtxEntry + 4, FontChecksum.of(out, hmtx, hmtxLength));
        o.putInt(head + 8, 0);
        o.putInt(head + 8, (int) (0xB1B0AFBAL - (FontChecksum.of(out, 0, out.length) & 0xffffffffL)));
        return out;
    }

    /** The glyphs the {@code /W} array gives a width: {@code c [w …]} and {@code cfirst clast w}. */
    static BitSet shown(COSArray w) {
        BitSet shown = new BitSet();
        int i = 0;
        while (i < w.size()) {
            int first = ((COSNumber) w.getObject(i)).intValue();
            COSBase next = w.getObject(i + 1);
            if (next instanceof COSArray list) {
                shown.set(first, first + list.size());
                i += 2;
            } else {
                int last = ((COSNumber) next).intValue();
                shown.set(first, last + 1);
                i += 3;
            }
        }
        return shown;
    }

    /**
     * @param font a TrueType font program, not null
     * @return the glyphs that have an outline in it, or none if it cannot be read
     */
    static BitSet outlines(byte[] font) {
        BitSet outlines = new BitSet();
        try {
            ByteBuffer b = ByteBuffer.wrap(font);
            int head = -1;
            int maxp = -1;
            int loca = -1;
            for (int i = 0, tables = b.getShort(4) & 0xffff; i < tables; i++) {
                int entry = 12 + 16 * i;
                String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                switch (tag) {
                    case "head" -> head = b.getInt(entry + 8);
                    case "maxp" -> maxp = b.getInt(entry + 8);
                    case "loca" -> loca = b.getInt(entry + 8);
                    default -> {}
                }
            }
            if (head < 0 || maxp < 0 || loca < 0) {
                return outlines;
            }
            boolean longOffsets = b.getShort(head + 50) != 0;
            int glyphs = b.getShort(maxp + 4) & 0xffff;
            for (int g = 0; g < glyphs; g++) {
                long start =
                        longOffsets ? b.getInt(loca + 4 * g) & 0xffffffffL : 2L * (b.getShort(loca + 2 * g) & 0xffff);
                long end = longOffsets
                        ? b.getInt(loca + 4 * g + 4) & 0xffffffffL
                        : 2L * (b.getShort(loca + 2 * g + 2) & 0xffff);
                if (end != start) {
                    outlines.set(g);
                }
            }
        } catch (RuntimeException e) {
            outlines.clear(); // not a font this can read
        }
        return outlines;
    }
}
