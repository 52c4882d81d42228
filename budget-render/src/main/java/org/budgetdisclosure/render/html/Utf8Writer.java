package org.budgetdisclosure.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer into memory that encodes each piece as UTF-8 as it comes, without a lock: the template writes a page in
 * thousands of short pieces, which an {@link java.io.OutputStreamWriter} would each pass through its encoder, and
 * the fonts in a few long ones of ASCII, which {@link String#getBytes} copies as they are. Not thread-safe: one per
 * page.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private int count;

    /** @param capacity the bytes to make room for at first, not negative */
    Utf8Writer(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (count + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + b.length));
        }
        System.arraycopy(b, 0, bytes, count, b.length);
        count += b.length;
    }

    @Override
    public void write(String s, int offset, int length) {
        write(s.substring(offset, offset + length));
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
        out.write(bytes, 0, count);
    }
}
