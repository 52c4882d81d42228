package org.budgetdisclosure.render.internal;

/**
 * The checksum of a font file's table (OpenType, table directory): the sum of its big-endian 32-bit words, the last
 * padded with zeros, modulo 2<sup>32</sup>; over the whole file, the sum {@code checkSumAdjustment} completes to
 * {@code 0xB1B0AFBA}.
 */
public final class FontChecksum {

    private FontChecksum() {}

    /**
     * @param data the bytes, not null
     * @param offset where the range starts
     * @param length the range's length; bytes beyond the array count as zeros
     * @return the checksum of the range
     */
    public static int of(byte[] data, int offset, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                int at = offset + i + k;
                word = word << 8 | (i + k < length && at < data.length ? data[at] & 0xff : 0);
            }
            sum += word;
        }
        return (int) sum;
    }
}
