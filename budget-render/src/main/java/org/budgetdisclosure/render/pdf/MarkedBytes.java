package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;

/**
 * A content stream copied verbatim with marked-content operators inserted: {@link FastMarker} copies the original
 * up to where a mark goes, then writes the mark, each on a line of its own, so that no mark joins the token
 * before or after it.
 */
final class MarkedBytes extends Bytes {

    private final byte[] original;
    private int copied;

    MarkedBytes(byte[] original) {
        super(original.length + original.length / 4 + 64);
        this.original = original;
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
        if (size() > 0 && !ContentLexer.space(bytes()[size() - 1] & 0xff)) {
            ascii("\n");
        }
    }
}
