package org.budgetdisclosure.render.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Wraps a TrueType font in a WOFF 1.0 container (W3C, “WOFF File Format 1.0”), the web font format every browser
 * reads: each table is compressed on its own with zlib (kept as it is where that does not make it smaller), so a
 * browser gets the same font in about two thirds of the bytes. No maintained Java library writes WOFF, and its
 * container is small: a 44-byte header, a 20-byte entry per table, the tables on 4-byte boundaries. WOFF 2.0 would
 * be smaller still but needs a Brotli encoder, which Java has only through native code. The same font gives the same
 * bytes (no time, no metadata block, no private block).
 */
public final class Woff {

    private static final int SIGNATURE = 0x774F4646; // "wOFF"
    private static final int HEADER = 44;
    private static final int ENTRY = 20;
    /**
     * zlib's fastest level: the glyph outlines, nearly all of a CJK subset, barely compress further (the reference's
     * body font: 154.6 KB at level 1, 146.5 KB at 6, 146.3 KB at 9) at two to four times the time.
     */
    private static final int LEVEL = Deflater.BEST_SPEED;

    private Woff() {}

    /**
     * @param sfnt a TrueType (or OpenType) font file, not null
     * @return the same font as WOFF, never null
     * @throws IllegalArgumentException if {@code sfnt} is not a well-formed font file
     */
    public static byte[] wrap(byte[] sfnt) {
        List<Table> tables = tables(sfnt);
        tables.sort(Comparator.comparingLong(t -> Integer.toUnsignedLong(t.tag)));
        List<byte[]> stored = new ArrayList<>(tables.size());
        long sfntSize = 12L + 16L * tables.size();
        long length = HEADER + (long) ENTRY * tables.size();
        for (Table t : tables) {
            byte[] data = compressed(sfnt, t);
            stored.add(data);
            sfntSize += padded(t.length);
            length += padded(data.length);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(length));
        out.putInt(SIGNATURE)
                .putInt(ByteBuffer.wrap(sfnt).getInt(0))
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
            Table t = tables.get(i);
            out.putInt(t.tag)
                    .putInt(offset)
                    .putInt(stored.get(i).length)
                    .putInt(t.length)
                    .putInt(t.checksum);
            offset += padded(stored.get(i).length);
        }
        for (byte[] data : stored) {
            out.put(data);
            out.position(out.position() + padded(data.length) - data.length); // zeros
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

    private record Table(int tag, int checksum, int offset, int length) {}

    private static List<Table> tables(byte[] sfnt) {
        ByteBuffer in = ByteBuffer.wrap(sfnt);
        if (sfnt.length < 12) {
            throw new IllegalArgumentException("not a font file: " + sfnt.length + " bytes");
        }
        int count = Short.toUnsignedInt(in.getShort(4));
        if (12L + 16L * count > sfnt.length) {
            throw new IllegalArgumentException("not a font file: " + count + " tables in " + sfnt.length + " bytes");
        }
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            Table t = new Table(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (t.offset < 0 || t.length < 0 || (long) t.offset + t.length > sfnt.length) {
                throw new IllegalArgumentException("not a font file: table " + i + " lies outside the file");
            }
            tables.add(t);
        }
        return tables;
    }

    private static byte[] compressed(byte[] sfnt, Table t) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(sfnt, t.offset, t.length);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(t.length / 2 + 64);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            if (out.size() < t.length) {
                return out.toByteArray();
            }
        } finally {
            deflater.end();
        }
        byte[] plain = new byte[t.length];
        System.arraycopy(sfnt, t.offset, plain, 0, t.length);
        return plain;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
