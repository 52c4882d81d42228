package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;

/**
 * A content stream copied verbatim with marked-content operators inserted: {@link FastMarker} copies the original
 * up to where a mark goes, then writes the mark, each on a line of its own, so that no mark joins the token
 * before or after it.
 */
final class MarkedBytes extends OutputStream {

    private final byte[] original;
    private byte[] buffer;
    private int size;
    private int copied;

    MarkedBytes(byte[] original) {
        this.original = original;
        this.buffer = new byte[original.length + original.length / 4 + 64];
    }

    /** Copies the original up to {@code end} (exclusive) if not yet copied. */
    void copyTo(int end) {
        if (end > copied) {
            write(original, copied, end - copied);
            copied = end;
        }
    }

    /** Writes an operator (with its operands) before the original's next token. */
    void before(String operator) {
        separate();
        ascii(operator);
        ascii("\n");
    }

    /** Writes {@code /Type <</MCID n>> BDC} before the original's next token. */
    void beforeStructure(String type, int mcid) throws IOException {
        separate();
        if (type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            ascii("/" + type); // a standard structure type: as COSName writes it, without looking the name up
        } else {
            COSName.getPDFName(type).writePDF(this);
        }
        ascii(" <</MCID " + mcid + ">> BDC\n");
    }

    /** Writes an operator after the original's last token. */
    void after(String operator) {
        ascii("\n");
        ascii(operator);
        if (copied < original.length && !ContentLexer.space(original[copied] & 0xff)) {
            ascii("\n");
        }
    }

    private void separate() {
        if (size > 0 && !ContentLexer.space(buffer[size - 1] & 0xff)) {
            ascii("\n");
        }
    }

    private void ascii(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(int b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, size * 2 + 16);
        }
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (size + len > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(size * 2, size + len));
        }
        System.arraycopy(b, off, buffer, size, len);
        size += len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
