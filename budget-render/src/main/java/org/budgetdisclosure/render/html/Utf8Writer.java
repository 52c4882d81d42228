package org.budgetdisclosure.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer into memory that encodes each piece as UTF-8 as it comes, without a lock: the template writes a page in
 * thousands of short pieces, which an {@link java.io.OutputStreamWriter} would each pass through its encoder. The
 * bytes are kept in chunks of {@value #CHUNK} bytes, none copied again as the page grows. Encodes as
 * {@link String#getBytes} does (a lone surrogate as {@code ?}); a piece is never split within a character. Not
 * thread-safe: one per page.
 */
final class Utf8Writer extends Writer {

    /** Bytes of a chunk: a budget's page and its fonts come to about 400,000. */
    private static final int CHUNK = 1 << 16;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = new byte[CHUNK];
    private int count;

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] >= 0x80) { // beyond ASCII: as the JDK encodes it
                put(new String(chars, i, offset + length - i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (count == chunk.length) {
                next();
            }
            chunk[count++] = (byte) chars[i];
        }
    }

    @Override
    public void write(String s) {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String s, int offset, int length) {
        write(s.substring(offset, offset + length));
    }

    private void put(byte[] bytes) {
        int at = 0;
        while (at < bytes.length) {
            if (count == chunk.length) {
                next();
            }
            int n = Math.min(bytes.length - at, chunk.length - count);
            System.arraycopy(bytes, at, chunk, count, n);
            count += n;
            at += n;
        }
    }

    private void next() {
        full.add(chunk);
        chunk = new byte[CHUNK];
        count = 0;
    }

    @Override
    public void flush() {
        // nothing to flush: the bytes stay in memory until written to a stream
    }

    @Override
    public void close() {
        // nothing to release
    }

    /**
     * @param out the stream to write what has been written to, not null; left open
     * @throws IOException if the stream cannot be written
     */
    void writeTo(OutputStream out) throws IOException {
        for (byte[] b : full) {
            out.write(b);
        }
        out.write(chunk, 0, count);
    }
}
