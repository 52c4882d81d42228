package org.budgetdisclosure.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The subsets' character maps ({@link FontCmap}), read back by FontBox: any characters, in runs or scattered, in
 * the Basic Multilingual Plane and beyond, map to their glyphs through the format 4 subtable (the plane's) and the
 * format 12 subtable (all), no other character maps to a glyph, and the file's checksums hold.
 */
class FontCmapProperties {

    private static final FontFace BODY = FontSet.bundled().faces(FontRole.BODY).get(0);

    /** A real subset of 400 glyphs, its cmap taken out: the file the maps are added to. */
    private static final byte[] WITHOUT_CMAP;

    private static final int GLYPHS;

    static {
        StringBuilder text = new StringBuilder();
        for (int cp = 0x4E00; text.length() < 399; cp++) {
            if (BODY.has(cp)) {
                text.appendCodePoint(cp);
            }
        }
        byte[] subset = FontSubsetter.subset(BODY, text.toString());
        WITHOUT_CMAP = withoutCmap(subset);
        GLYPHS = ByteBuffer.wrap(subset).getShort(table(subset, "maxp") + 4) & 0xffff;
    }

    @Property(tries = 200)
    void everyCharacterMapsToItsGlyphAndNoOtherDoes(@ForAll("maps") TreeMap<Integer, Integer> map) throws IOException {
        int[] cps = map.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] glyphs = map.values().stream().mapToInt(Integer::intValue).toArray();
        byte[] font = FontCmap.add(WITHOUT_CMAP, FontCmap.table(cps, glyphs));
        boolean beyond = cps[cps.length - 1] > 0xFFFF;
        Statistics.label("beyond the BMP").collect(beyond);
        Statistics.label("characters").collect(cps.length < 20 ? "<20" : cps.length < 200 ? "<200" : "200+");
        assertChecksums(font);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapSubtable bmp = ttf.getCmap().getSubtable(3, 1);
            CmapSubtable all = ttf.getCmap().getSubtable(3, 10);
            assertThat(all == null).isEqualTo(!beyond);
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] <= 0xFFFF) {
                    assertThat(bmp.getGlyphId(cps[i]))
                            .as("U+%04X in format 4", cps[i])
                            .isEqualTo(glyphs[i]);
                }
                if (all != null) {
                    assertThat(all.getGlyphId(cps[i]))
                            .as("U+%04X in format 12", cps[i])
                            .isEqualTo(glyphs[i]);
                }
            }
            for (int probe : new int[] {0x20, 0x41, 0x4E00, 0x9FA5, 0xFF01, 0x20000, 0x2A6D6}) {
                if (!map.containsKey(probe)) {
                    assertThat(bmp.getGlyphId(probe)).as("U+%04X absent", probe).isZero();
                    if (all != null) {
                        assertThat(all.getGlyphId(probe))
                                .as("U+%04X absent", probe)
                                .isZero();
                    }
                }
            }
        }
    }

    @Test
    void moreRunsThanAFormat4SubtableHoldsGoToTheFormat12Subtable() throws IOException {
        int count = FontCmap.MAX_SEGMENTS + 500;
        int[] cps = new int[count];
        int[] glyphs = new int[count];
        for (int i = 0; i < count; i++) {
            cps[i] = 0x3400 + 2 * i; // none consecutive: a run each
            glyphs[i] = 1 + i % (GLYPHS - 1);
        }
        byte[] font = FontCmap.add(WITHOUT_CMAP, FontCmap.table(cps, glyphs));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapSubtable all = ttf.getCmap().getSubtable(3, 10);
            CmapSubtable bmp = ttf.getCmap().getSubtable(3, 1);
            for (int i = 0; i < count; i++) {
                assertThat(all.getGlyphId(cps[i])).isEqualTo(glyphs[i]);
                if (i < FontCmap.MAX_SEGMENTS) {
                    assertThat(bmp.getGlyphId(cps[i])).isEqualTo(glyphs[i]);
                }
            }
        }
    }

    @Test
    void aSubsetHasItsCmapAndItsChecksumsHold() {
        // the reference's characters (the DOCX of the reference is byte for byte as with FontBox's own cmap)
        String text = "乐亭县工业和信息化局2022年部门预算公开一般公共预算财政拨款支出表（万元）合计1,234.56";
        byte[] subset = FontSubsetter.subset(BODY, text);
        assertThat(table(subset, "cmap")).isPositive();
        assertChecksums(subset);
    }

    @Provide
    Arbitrary<TreeMap<Integer, Integer>> maps() {
        // runs: a first character (in the BMP or beyond), a length, a first glyph; consecutive glyphs or not
        Arbitrary<int[]> run = Combinators.combine(
                        Arbitraries.oneOf(
                                Arbitraries.integers().between(0x20, 0xD7F0),
                                Arbitraries.integers().between(0xE000, 0xFFF0),
                                Arbitraries.integers().between(0x10000, 0x2FFF0)),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, GLYPHS - 13),
                        Arbitraries.of(true, false))
                .as((first, length, glyph, consecutive) -> new int[] {first, length, glyph, consecutive ? 1 : 0});
        return run.list().ofMinSize(1).ofMaxSize(60).map(runs -> {
            TreeMap<Integer, Integer> map = new TreeMap<>();
            for (int[] r : runs) {
                for (int k = 0; k < r[1]; k++) {
                    map.put(r[0] + k, r[3] == 1 ? r[2] + k : r[2] + (k * 7) % 12);
                }
            }
            return map;
        });
    }

    private static void assertChecksums(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        long whole = 0;
        for (int i = 0; i < font.length; i += 4) {
            whole += b.getInt(i) & 0xffffffffL;
        }
        assertThat(whole & 0xffffffffL).as("the file sums to 0xB1B0AFBA").isEqualTo(0xB1B0AFBAL);
        int count = b.getShort(4) & 0xffff;
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int offset = b.getInt(at + 8);
            int length = b.getInt(at + 12);
            long sum = 0;
            for (int k = 0; k < length; k += 4) {
                long word = 0;
                for (int j = 0; j < 4; j++) {
                    word = word << 8 | (k + j < length ? font[offset + k + j] & 0xff : 0);
                }
                sum += word;
            }
            if (!new String(font, at, 4, StandardCharsets.ISO_8859_1).equals("head")) {
                assertThat((int) sum).as("checksum of table %d", i).isEqualTo(b.getInt(at + 4));
            }
        }
    }

    private static int table(byte[] font, String tag) {
        ByteBuffer b = ByteBuffer.wrap(font);
        for (int i = 0, n = b.getShort(4) & 0xffff; i < n; i++) {
            if (new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
                return b.getInt(12 + 16 * i + 8);
            }
        }
        return -1;
    }

    /** The font with its cmap taken out: its directory and tables without it, offsets as they were. */
    private static byte[] withoutCmap(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int n = b.getShort(4) & 0xffff;
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1).equals("cmap")) {
                records.add(java.util.Arrays.copyOfRange(font, 12 + 16 * i, 28 + 16 * i));
            }
        }
        byte[] out = font.clone();
        ByteBuffer o = ByteBuffer.wrap(out);
        o.putShort(4, (short) records.size());
        for (int i = 0; i < n; i++) {
            o.put(12 + 16 * i, i < records.size() ? records.get(i) : new byte[16]);
        }
        return out;
    }
}
