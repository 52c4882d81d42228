package org.budgetdisclosure.benchmarks;

import java.io.OutputStream;

/** An output stream that counts and forgets: rendering is measured, not the disk. */
final class Sink extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    long count() {
        return count;
    }
}
