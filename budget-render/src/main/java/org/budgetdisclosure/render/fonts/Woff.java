package org.budgetdisclosure.render.fonts;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Wraps a TrueType font in a WOFF 1.0 container (W3C, “WOFF File Format 1.0”), the web font format every browser
 * reads: each table is compressed on its own with zlib (kept as it is where that does not make it smaller), so a
 * browser gets the same font in about two thirds of the bytes. No maintained Java library writes WOFF, and its
 * container is small: a 44-byte header, a 20-byte entry per table, the tables on 4-byte boundaries. WOFF 2.0 would
 * be smaller still but needs a Brotli encoder, which Java has only through native code. The same font gives the same
 * bytes (no time, no metadata block, no private block). The tables are deflated by {@link DeflatedFont}.
 */
public final class Woff {

    private static final int SIGNATURE = 0x774F4646; // "wOFF"
    private static final int HEADER = 44;
    private static final int ENTRY = 20;

    private Woff() {}

    /**
     * @param sfnt a TrueType (or OpenType) font file, not null
     * @return the same font as WOFF, never null
     * @throws IllegalArgumentException if {@code sfnt} is not a well-formed font file
     */
    public static byte[] wrap(byte[] sfnt) {
        return wrap(DeflatedFont.of(sfnt));
    }

    /**
     * The font as WOFF, each table's zlib stream made of the segments the font was deflated into once (so the DOCX
     * of the same disclosure deflates it no more): the zlib header of the fastest level, the table's segment, an
     * empty final block, the table's Adler-32. A table is stored as it is where that is no longer (WOFF 1.0, 5).
     *
     * @param font a font deflated region by region, not null
     * @return the same font as WOFF, never null
     */
    public static byte[] wrap(DeflatedFont font) {
        List<DeflatedFont.Table> tables = new ArrayList<>(font.tables());
        tables.sort(Comparator.comparingLong(t -> Integer.toUnsignedLong(t.tag())));
        int[] stored = new int[tables.size()];
        long sfntSize = 12L + 16L * tables.size();
        long length = HEADER + (long) ENTRY * tables.size();
        for (int i = 0; i < tables.size(); i++) {
            DeflatedFont.Table t = tables.get(i);
            stored[i] = Math.min(font.zlibLength(t), t.length());
            sfntSize += padded(t.length());
            length += padded(stored[i]);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(length));
        out.putInt(SIGNATURE)
                .putInt(font.font().getInt(0))
                .putInt((int) length)
                .putShort((short) tables.size())
                .putShort((short) 0)
                .putInt(Math.toIntExact(sfntSize))
                .putShort((short) 0)
                .putShort((short) 0) // font version: not given
                .putInt(0)
                .putInt(0)
                .putInt(0) // no metadata
                .putInt(0)
                .putInt(0); // no private data
        int offset = HEADER + ENTRY * tables.size();
        for (int i = 0; i < tables.size(); i++) {
            DeflatedFont.Table t = tables.get(i);
            out.putInt(t.tag())
                    .putInt(offset)
                    .putInt(stored[i])
                    .putInt(t.length())
                    .putInt(t.checksum());
            offset += padded(stored[i]);
        }
        for (int i = 0; i < tables.size(); i++) {
            DeflatedFont.Table t = tables.get(i);
            if (stored[i] < t.length()) {
                font.putZlib(t, out);
            } else {
                font.putPlain(t, out);
            }
            out.position(out.position() + padded(stored[i]) - stored[i]); // zeros
        }
        return out.array();
    }

    /**
     * The font file inside a WOFF 1.0 container, as {@link #wrap} took it (its tables in tag order), for reading an
     * embedded font back.
     *
     * @param woff a WOFF 1.0 file, not null
     * @return the TrueType (or OpenType) font file, never null
     * @throws IllegalArgumentException if {@code woff} is not a well-formed WOFF 1.0 file
     */
    public static byte[] unwrap(byte[] woff) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < HEADER || in.getInt(0) != SIGNATURE || in.getInt(8) != woff.length) {
            throw new IllegalArgumentException("not a WOFF 1.0 file of " + woff.length + " bytes");
        }
        int count = Short.toUnsignedInt(in.getShort(12));
        if (HEADER + (long) ENTRY * count > woff.length) {
            throw new IllegalArgumentException(
                    "not a WOFF 1.0 file: " + count + " tables in " + woff.length + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate(in.getInt(16));
        int searchRange = Integer.highestOneBit(Math.max(count, 1)) * 16;
        out.putInt(in.getInt(4))
                .putShort((short) count)
                .putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 16))
                .putShort((short) (count * 16 - searchRange));
        int data = 12 + 16 * count;
        for (int i = 0; i < count; i++) {
            int at = HEADER + ENTRY * i;
            int offset = in.getInt(at + 4);
            int stored = in.getInt(at + 8);
            int length = in.getInt(at + 12);
            if (offset < 0 || stored < 0 || length < 0 || (long) offset + stored > woff.length) {
                throw new IllegalArgumentException("not a WOFF 1.0 file: table " + i + " lies outside the file");
            }
            byte[] table = new byte[length];
            if (stored == length) {
                System.arraycopy(woff, offset, table, 0, length);
            } else {
                Inflater inflater = new Inflater();
                try {
                    inflater.setInput(woff, offset, stored);
                    if (inflater.inflate(table) != length || !inflater.finished()) {
                        throw new IllegalArgumentException("not a WOFF 1.0 file: table " + i + " has another length");
                    }
                } catch (DataFormatException e) {
                    throw new IllegalArgumentException("not a WOFF 1.0 file: table " + i + ": " + e.getMessage(), e);
                } finally {
                    inflater.end();
                }
            }
            out.putInt(16 * i + 12, in.getInt(at))
                    .putInt(16 * i + 16, in.getInt(at + 16))
                    .putInt(16 * i + 20, data)
                    .putInt(16 * i + 24, length);
            out.put(data, table);
            data += padded(length);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
