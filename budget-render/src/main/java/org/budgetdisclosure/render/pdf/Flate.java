package org.budgetdisclosure.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The PDF's streams deflated (FlateDecode) at one level: the pages' content, the object streams, the associated
 * files and the small streams OpenPDF writes; the font programs have their own ({@link PdfFontPrograms#FONT_LEVEL}).
 */
final class Flate {

    /**
     * zlib's level 5, not its default 6: on the Hebei reference's streams (335 kB of content and small streams,
     * 221 kB of object streams) 17–26 % less time for 0.3 % more bytes (95,400 → 96,450).
     */
    static final int LEVEL = 5;

    private Flate() {}

    /** @return {@code data} deflated at {@code level}, with zlib's header and checksum */
    static byte[] deflate(byte[] data, int level) {
        return deflate(data, data.length, level);
    }

    /** @return the first {@code length} bytes of {@code data} deflated at {@code level}, as {@link #deflate(byte[], int)} */
    static byte[] deflate(byte[] data, int length, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data, 0, length);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 2 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Makes {@code data}, deflated at {@link #LEVEL}, the stream's data, its filter FlateDecode. */
    static void write(COSStream stream, byte[] data) throws IOException {
        byte[] deflated = deflate(data, LEVEL);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }
}
