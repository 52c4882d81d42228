package org.budgetdisclosure.render.pdf;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing byte array written without locks ({@code ByteArrayOutputStream} synchronizes every byte): the PDF file
 * {@link PdfFileWriter} writes, its object streams, and the marked content of {@link MarkedBytes}.
 */
class Bytes extends OutputStream {
    private byte[] buffer;
    private int size;

    Bytes(int capacity) {
        buffer = new byte[capacity];
    }

    @Override
    public void write(int b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2 + 16);
        }
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (size + len > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
        }
        System.arraycopy(b, off, buffer, size, len);
        size += len;
    }

    /** Writes a text of ASCII characters (numbers, keywords, operators), a byte each. */
    void ascii(String text) {
        int len = text.length();
        if (size + len > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
        }
        for (int i = 0; i < len; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    int size() {
        return size;
    }

    /** @return the array written to, valid up to {@link #size()}; changed by the next write */
    byte[] bytes() {
        return buffer;
    }

    void reset() {
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
