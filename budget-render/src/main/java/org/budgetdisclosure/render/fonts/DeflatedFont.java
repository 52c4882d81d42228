package org.budgetdisclosure.render.fonts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A font file deflated once, region by region, for every container that compresses it: the WOFF of the HTML (each
 * table a zlib stream of its own) and the obfuscated font part of the DOCX (the whole file one deflate stream in the
 * zip). The file is cut at its own seams: the start that a DOCX obfuscates ({@value #HEAD} bytes), the rest of the
 * header and table directory, each table, each run of padding. Each region is deflated on its own (zlib's fastest
 * level, raw DEFLATE, RFC 1951) and ended with a full flush: byte-aligned, no final block, nothing referring to an
 * earlier region, so the segments of consecutive regions, put side by side and closed with an empty final block,
 * are a valid deflate stream of those bytes. The same font gives the same bytes. Immutable, safe to share between
 * threads.
 */
public final class DeflatedFont {

    /**
     * The bytes at the start of an embedded font that a DOCX obfuscates (ECMA-376 Part 1, 17.8.1, 字体混淆): a
     * region of their own, so that the only part to deflate again per document is this short one.
     */
    public static final int HEAD = 32;

    /**
     * zlib's fastest level: the glyph outlines, nearly all of a CJK subset, barely compress further (the reference's
     * body font: 154.6 KB at level 1, 146.5 KB at 6, 146.3 KB at 9) at two to four times the time.
     */
    private static final int LEVEL = 4;

    /** An empty final block with fixed codes: the end of a deflate stream whose segments each ended flushed. */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    /** A table of the font's directory, in directory order, with the regions its bytes span. */
    record Table(int tag, int checksum, int offset, int length, int firstRegion, int endRegion, int adler) {}

    private final byte[] font;
    private final int[] starts;
    private final byte[][] segments;
    private final List<Table> tables;

    private DeflatedFont(byte[] font, int[] starts, byte[][] segments, List<Table> tables) {
        this.font = font;
        this.starts = starts;
        this.segments = segments;
        this.tables = tables;
    }

    /**
     * @param sfnt a TrueType (or OpenType) font file, not null; copied
     * @return the font deflated region by region, never null
     * @throws IllegalArgumentException if {@code sfnt} is not a well-formed font file
     */
    public static DeflatedFont of(byte[] sfnt) {
        return owning(sfnt.clone());
    }

    /**
     * As {@link #of}, taking the array as it is: for a caller that never changes it nor hands it out (the subsets'
     * cache), so that a subset is held once.
     */
    static DeflatedFont owning(byte[] font) {
        List<int[]> directory = directory(font);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, Math.min(HEAD, font.length), font.length));
        for (int[] t : directory) {
            cuts.add(t[2]);
            cuts.add(t[2] + t[3]);
        }
        int[] starts = cuts.stream().mapToInt(Integer::intValue).toArray();
        byte[][] segments = new byte[starts.length - 1][];
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            for (int r = 0; r < segments.length; r++) {
                segments[r] = segment(deflater, font, starts[r], starts[r + 1]);
            }
        } finally {
            deflater.end();
        }
        List<Table> tables = new ArrayList<>(directory.size());
        for (int[] t : directory) {
            Adler32 adler = new Adler32();
            adler.update(font, t[2], t[3]);
            tables.add(new Table(
                    t[0], t[1], t[2], t[3], region(starts, t[2]), region(starts, t[2] + t[3]), (int) adler.getValue()));
        }
        return new DeflatedFont(font, starts, segments, Collections.unmodifiableList(tables));
    }

    /** @return the length of the font file in bytes */
    public int size() {
        return font.length;
    }

    /** @return the font file, read-only, never null */
    public ByteBuffer font() {
        return ByteBuffer.wrap(font).asReadOnlyBuffer();
    }

    /**
     * The font file as one raw deflate stream, its first bytes replaced by {@code head} (a DOCX's obfuscated start):
     * the regions within the head deflated again, every other region's segment as it was made.
     *
     * @param head the bytes that take the place of the file's first ones, at most {@value #HEAD} and at most the
     *     file's length, not null
     * @return the deflate stream of the file so changed, never null
     * @throws IllegalArgumentException if {@code head} is longer than {@value #HEAD} bytes or than the file
     */
    public RawDeflate withHead(byte[] head) {
        int headEnd = Math.min(HEAD, font.length);
        if (head.length > headEnd) {
            throw new IllegalArgumentException(
                    "a head of " + head.length + " bytes, where at most " + headEnd + " can be replaced");
        }
        byte[] start = java.util.Arrays.copyOf(font, headEnd);
        System.arraycopy(head, 0, start, 0, head.length);
        List<byte[]> parts = new ArrayList<>(segments.length + 1);
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            for (int r = 0; r < segments.length; r++) {
                parts.add(starts[r] < headEnd ? segment(deflater, start, starts[r], starts[r + 1]) : segments[r]);
            }
        } finally {
            deflater.end();
        }
        parts.add(FINAL_BLOCK);
        CRC32 crc = new CRC32();
        crc.update(start);
        crc.update(font, headEnd, font.length - headEnd);
        return new RawDeflate(List.copyOf(parts), font.length, crc.getValue());
    }

    /**
     * The whole font file as one zlib stream (RFC 1950), for a PDF's {@code /FlateDecode} font program: the
     * header, every region's segment as it was made, an empty final block, the file's Adler-32 (big-endian).
     *
     * @return the zlib stream, a new array, never null
     */
    public byte[] zlib() {
        int length = 2 + FINAL_BLOCK.length + 4;
        for (byte[] segment : segments) {
            length += segment.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put((byte) 0x78).put((byte) 0x01);
        for (byte[] segment : segments) {
            out.put(segment);
        }
        Adler32 adler = new Adler32();
        adler.update(font);
        out.put(FINAL_BLOCK).putInt((int) adler.getValue());
        return out.array();
    }

    /** @return the tables of the font's directory, in directory order, never null */
    List<Table> tables() {
        return tables;
    }

    /**
     * @param t one of {@link #tables()}
     * @return the length of the table as a zlib stream (RFC 1950): header, its segments, final block, Adler-32
     */
    int zlibLength(Table t) {
        int length = 2 + FINAL_BLOCK.length + 4;
        for (int r = t.firstRegion(); r < t.endRegion(); r++) {
            length += segments[r].length;
        }
        return length;
    }

    /**
     * Puts a table as a zlib stream of zlib's fastest level: {@code 0x78 0x01}, its segments, an empty final block,
     * its Adler-32 (big-endian).
     *
     * @param t one of {@link #tables()}
     * @param out where it goes, with {@link #zlibLength} bytes remaining
     */
    void putZlib(Table t, ByteBuffer out) {
        out.put((byte) 0x78).put((byte) 0x01);
        for (int r = t.firstRegion(); r < t.endRegion(); r++) {
            out.put(segments[r]);
        }
        out.put(FINAL_BLOCK).putInt(t.adler());
    }

    /**
     * Puts a table's bytes as they are.
     *
     * @param t one of {@link #tables()}
     * @param out where it goes, with {@code t.length()} bytes remaining
     */
    void putPlain(Table t, ByteBuffer out) {
        out.put(font, t.offset(), t.length());
    }

    /**
     * A font file as one raw deflate stream (RFC 1951) with what a zip entry of it needs: the sizes and the CRC-32.
     * Immutable.
     */
    public static final class RawDeflate {

        private final List<byte[]> parts;
        private final long size;
        private final long crc32;
        private final long compressedSize;

        private RawDeflate(List<byte[]> parts, long size, long crc32) {
            this.parts = parts;
            this.size = size;
            this.crc32 = crc32;
            this.compressedSize = parts.stream().mapToLong(p -> p.length).sum();
        }

        /** @return the length of the file inflated */
        public long size() {
            return size;
        }

        /** @return the CRC-32 of the file inflated */
        public long crc32() {
            return crc32;
        }

        /** @return the length of the deflate stream */
        public long compressedSize() {
            return compressedSize;
        }

        /** @return the deflate stream, never null */
        public InputStream open() {
            return new SequenceInputStream(Collections.enumeration(parts.stream()
                    .map(p -> (InputStream) new ByteArrayInputStream(p))
                    .toList()));
        }

        /**
         * @param out where the deflate stream goes, not closed, not null
         * @throws IOException if the stream fails
         */
        public void writeTo(OutputStream out) throws IOException {
            for (byte[] p : parts) {
                out.write(p);
            }
        }
    }

    private static byte[] segment(Deflater deflater, byte[] bytes, int from, int to) {
        deflater.reset();
        deflater.setInput(bytes, from, to - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) / 2 + 64);
        byte[] buffer = new byte[16384];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        return out.toByteArray();
    }

    private static int region(int[] starts, int offset) {
        return java.util.Arrays.binarySearch(starts, offset);
    }

    /** Each table of the directory as {tag, checksum, offset, length}, checked to lie inside the file. */
    private static List<int[]> directory(byte[] sfnt) {
        if (sfnt.length < 12) {
            throw new IllegalArgumentException("not a font file: " + sfnt.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(sfnt);
        int count = Short.toUnsignedInt(in.getShort(4));
        if (12L + 16L * count > sfnt.length) {
            throw new IllegalArgumentException("not a font file: " + count + " tables in " + sfnt.length + " bytes");
        }
        List<int[]> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int[] t = {in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)};
            if (t[2] < 0 || t[3] < 0 || (long) t[2] + t[3] > sfnt.length) {
                throw new IllegalArgumentException("not a font file: table " + i + " lies outside the file");
            }
            tables.add(t);
        }
        return tables;
    }
}
