package org.budgetdisclosure.render.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.render.internal.FontChecksum;

/**
 * The character map ({@code cmap} 字符映射表) of a subset, written in linear time and added to the subset's file.
 * FontBox's subsetter finds each character's new glyph by counting the glyphs before it, a time that grows with
 * the square of the glyphs kept (half the cost of cutting a subset of a few hundred Chinese characters), and
 * refuses characters beyond the Basic Multilingual Plane; this map has a format 4 subtable for the plane's
 * characters (Windows, Unicode BMP) and, when there are others, a format 12 subtable for all (Windows, Unicode full
 * repertoire), as the OpenType specification describes them.
 */
final class FontCmap {

    private FontCmap() {}

    /** The most runs a format 4 subtable holds besides its last segment: its length is a 16-bit number. */
    static final int MAX_SEGMENTS = (0xFFFF - 16) / 8 - 1;

    /**
     * @param codePoints the characters mapped, strictly increasing, not null
     * @param glyphs the glyph of each character in the subset, none 0, not null
     * @return the {@code cmap} table, never null
     */
    static byte[] table(int[] codePoints, int[] glyphs) {
        // runs of consecutive characters with consecutive glyphs: one segment or group each
        List<int[]> runs = new ArrayList<>(); // {first code point, last code point, first glyph}
        for (int i = 0; i < codePoints.length; i++) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null
                    && codePoints[i] == last[1] + 1
                    && glyphs[i] == last[2] + (codePoints[i] - last[0])
                    && (codePoints[i] <= 0xFFFF) == (last[0] <= 0xFFFF)) {
                last[1] = codePoints[i];
            } else {
                runs.add(new int[] {codePoints[i], codePoints[i], glyphs[i]});
            }
        }
        List<int[]> bmp = runs.stream().filter(r -> r[1] < 0xFFFF).toList();
        boolean beyond = runs.stream().anyMatch(r -> r[1] > 0xFFFF);
        if (bmp.size() > MAX_SEGMENTS) {
            // more than a format 4 subtable's 16-bit length holds: the rest is in the format 12 subtable only
            bmp = bmp.subList(0, MAX_SEGMENTS);
            beyond = true;
        }
        byte[] format4 = format4(bmp);
        byte[] format12 = beyond ? format12(runs) : new byte[0];
        int records = beyond ? 2 : 1;
        ByteBuffer out = ByteBuffer.allocate(4 + 8 * records + format4.length + format12.length);
        out.putShort((short) 0).putShort((short) records);
        out.putShort((short) 3).putShort((short) 1).putInt(4 + 8 * records);
        if (beyond) {
            out.putShort((short) 3).putShort((short) 10).putInt(4 + 8 * records + format4.length);
        }
        out.put(format4).put(format12);
        return out.array();
    }

    private static byte[] format4(List<int[]> runs) {
        int segments = runs.size() + 1; // and the last, 0xFFFF, which every format 4 subtable ends with
        int searchRange = 2 * Integer.highestOneBit(segments);
        ByteBuffer out = ByteBuffer.allocate(16 + 8 * segments);
        out.putShort((short) 4).putShort((short) (16 + 8 * segments)).putShort((short) 0);
        out.putShort((short) (2 * segments))
                .putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 2))
                .putShort((short) (2 * segments - searchRange));
        runs.forEach(r -> out.putShort((short) r[1]));
        out.putShort((short) 0xFFFF);
        out.putShort((short) 0); // reservedPad
        runs.forEach(r -> out.putShort((short) r[0]));
        out.putShort((short) 0xFFFF);
        runs.forEach(r -> out.putShort((short) (r[2] - r[0]))); // idDelta, modulo 65536
        out.putShort((short) 1); // 0xFFFF + 1 = glyph 0
        for (int i = 0; i < segments; i++) {
            out.putShort((short) 0); // idRangeOffset: none, every glyph by its delta
        }
        return out.array();
    }

    private static byte[] format12(List<int[]> runs) {
        ByteBuffer out = ByteBuffer.allocate(16 + 12 * runs.size());
        out.putShort((short) 12)
                .putShort((short) 0)
                .putInt(16 + 12 * runs.size())
                .putInt(0)
                .putInt(runs.size());
        runs.forEach(r -> out.putInt(r[0]).putInt(r[1]).putInt(r[2]));
        return out.array();
    }

    /** A table of a font file: its tag and its bytes. */
    private record Table(String tag, byte[] bytes) {}

    /**
     * @param sfnt a TrueType font file without a {@code cmap} table, not null
     * @param cmap the table to add, not null
     * @return the file with the table added in tag order, its checksums and {@code checkSumAdjustment} made anew
     * @throws IllegalArgumentException if the file is not a well-formed font or already has the table
     */
    static byte[] add(byte[] sfnt, byte[] cmap) {
        ByteBuffer in = ByteBuffer.wrap(sfnt);
        int count = in.getShort(4) & 0xffff;
        if (sfnt.length < 12 + 16 * count) {
            throw new IllegalArgumentException("not a font file: " + count + " tables in " + sfnt.length + " bytes");
        }
        List<Table> tables = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(sfnt, at, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(at + 8);
            int length = in.getInt(at + 12);
            if (offset < 0 || length < 0 || (long) offset + length > sfnt.length || tag.equals("cmap")) {
                throw new IllegalArgumentException("not a font file without cmap: table " + tag);
            }
            tables.add(new Table(tag, java.util.Arrays.copyOfRange(sfnt, offset, offset + length)));
        }
        tables.add(new Table("cmap", cmap));
        tables.sort(java.util.Comparator.comparing(Table::tag));
        int n = tables.size();
        int size = 12 + 16 * n;
        for (Table t : tables) {
            size += (t.bytes().length + 3) / 4 * 4;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchRange = 16 * Integer.highestOneBit(n);
        out.putInt(in.getInt(0))
                .putShort((short) n)
                .putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 16))
                .putShort((short) (16 * n - searchRange));
        int offset = 12 + 16 * n;
        int head = -1;
        for (int i = 0; i < n; i++) {
            String tag = tables.get(i).tag();
            byte[] bytes = tables.get(i).bytes();
            if (tag.equals("head")) {
                head = offset;
                ByteBuffer.wrap(bytes).putInt(8, 0); // checkSumAdjustment: computed over the file with 0 here
            }
            out.put(12 + 16 * i, tag.getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(12 + 16 * i + 4, FontChecksum.of(bytes, 0, bytes.length));
            out.putInt(12 + 16 * i + 8, offset);
            out.putInt(12 + 16 * i + 12, bytes.length);
            out.put(offset, bytes);
            offset += (bytes.length + 3) / 4 * 4;
        }
        byte[] font = out.array();
        if (head >= 0) {
            ByteBuffer.wrap(font)
                    .putInt(head + 8, (int) (0xB1B0AFBAL - (FontChecksum.of(font, 0, font.length) & 0xffffffffL)));
        }
        return font;
    }
}
