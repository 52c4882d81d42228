package org.budgetdisclosure.render.writer;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Hands a caller's stream to a library that closes what it is given: close only flushes. */
public final class NonClosingOutputStream extends FilterOutputStream {

    /** @param out the caller's stream, not null */
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
