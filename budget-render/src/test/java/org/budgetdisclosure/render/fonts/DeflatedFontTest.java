package org.budgetdisclosure.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A font deflated once for the WOFF and the DOCX: every table's zlib stream inflates (Adler-32 checked) to the
 * table, and the whole file's deflate stream, its head replaced, inflates to the file so changed, with the CRC-32
 * and sizes a zip entry states; for real subsets and for any layout of tables (overlapping the head, spanning it,
 * empty, with gaps).
 */
class DeflatedFontTest {

    private static final FontFace BODY = FontSet.bundled().faces(FontRole.BODY).get(0);
    private static final String TEXT = "乐亭县工业和信息化局2022年部门预算公开一般公共预算财政拨款支出表（万元）合计1,234.56";

    @Test
    void aSubsetsTablesAndWholeFileInflateToItsBytes() throws Exception {
        byte[] sfnt = FontSubsetter.subset(BODY, TEXT);
        DeflatedFont font = DeflatedFont.of(sfnt);
        assertThat(font.size()).isEqualTo(sfnt.length);
        assertTablesInflate(font, sfnt);
        byte[] head = new byte[DeflatedFont.HEAD];
        Arrays.fill(head, (byte) 0x5A);
        byte[] changed = sfnt.clone();
        System.arraycopy(head, 0, changed, 0, head.length);
        assertWholeInflates(font.withHead(head), changed);
        assertWholeInflates(font.withHead(new byte[0]), sfnt);
        assertThat(DeflatedFont.of(sfnt).withHead(head).compressedSize())
                .as("same font, same stream")
                .isEqualTo(font.withHead(head).compressedSize());
        assertThat(font.withHead(head).compressedSize()).as("compressed").isLessThan(sfnt.length * 9L / 10);
    }

    @Property(tries = 200)
    void anyLayoutOfTablesInflatesTableByTableAndWhole(@ForAll("fonts") byte[] sfnt, @ForAll("heads") byte[] head)
            throws Exception {
        DeflatedFont font = DeflatedFont.of(sfnt);
        assertTablesInflate(font, sfnt);
        byte[] used = Arrays.copyOf(head, Math.min(head.length, Math.min(DeflatedFont.HEAD, sfnt.length)));
        byte[] changed = sfnt.clone();
        System.arraycopy(used, 0, changed, 0, used.length);
        assertWholeInflates(font.withHead(used), changed);
        assertZlibInflates(font.zlib(), sfnt);
    }

    /** The whole file as one zlib stream (a PDF's font program) inflates to it, its Adler-32 checked. */
    private static void assertZlibInflates(byte[] zlib, byte[] sfnt) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            byte[] whole = new byte[sfnt.length + 1];
            int n = inflater.inflate(whole);
            assertThat(inflater.finished())
                    .as("zlib stream ends, Adler-32 checked")
                    .isTrue();
            assertThat(inflater.getRemaining()).isZero();
            assertThat(Arrays.copyOf(whole, n)).isEqualTo(sfnt);
        } finally {
            inflater.end();
        }
    }

    @Test
    void refusesAHeadLongerThanTheObfuscatedBytesAndAMalformedFont() {
        DeflatedFont font = DeflatedFont.of(FontSubsetter.subset(BODY, "乐亭"));
        assertThatThrownBy(() -> font.withHead(new byte[DeflatedFont.HEAD + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("33 bytes");
        assertThatThrownBy(() -> DeflatedFont.of(new byte[11]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a font file");
        byte[] outside = new byte[12 + 16];
        ByteBuffer.wrap(outside).putShort(4, (short) 1).putInt(12 + 8, 20).putInt(12 + 12, 100);
        assertThatThrownBy(() -> DeflatedFont.of(outside))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies outside the file");
    }

    private static void assertTablesInflate(DeflatedFont font, byte[] sfnt) throws DataFormatException {
        for (DeflatedFont.Table t : font.tables()) {
            ByteBuffer zlib = ByteBuffer.allocate(font.zlibLength(t));
            font.putZlib(t, zlib);
            assertThat(zlib.hasRemaining()).isFalse();
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(zlib.array());
                byte[] table = new byte[t.length() + 1];
                int n = inflater.inflate(table);
                assertThat(inflater.finished())
                        .as("zlib stream of %08x ends, Adler-32 checked", t.tag())
                        .isTrue();
                assertThat(inflater.getRemaining()).isZero();
                assertThat(Arrays.copyOf(table, n))
                        .isEqualTo(Arrays.copyOfRange(sfnt, t.offset(), t.offset() + t.length()));
            } finally {
                inflater.end();
            }
        }
    }

    private static void assertWholeInflates(DeflatedFont.RawDeflate raw, byte[] expected)
            throws IOException, DataFormatException {
        byte[] stream;
        try (InputStream in = raw.open()) {
            stream = in.readAllBytes();
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        raw.writeTo(written);
        assertThat(written.toByteArray()).isEqualTo(stream);
        assertThat(raw.compressedSize()).isEqualTo(stream.length);
        assertThat(raw.size()).isEqualTo(expected.length);
        CRC32 crc = new CRC32();
        crc.update(expected);
        assertThat(raw.crc32()).isEqualTo(crc.getValue());
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stream);
            byte[] back = new byte[expected.length + 1];
            int n = inflater.inflate(back);
            assertThat(inflater.finished()).as("final block reached").isTrue();
            assertThat(inflater.getRemaining()).isZero();
            assertThat(Arrays.copyOf(back, n)).isEqualTo(expected);
        } finally {
            inflater.end();
        }
    }

    @Provide
    Arbitrary<byte[]> heads() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(DeflatedFont.HEAD);
    }

    /** A file with a table directory whose tables lie anywhere inside it: after it, over it, empty, overlapping. */
    @Provide
    Arbitrary<byte[]> fonts() {
        Arbitrary<int[]> table = Combinators.combine(
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 300))
                .as((offset, length) -> new int[] {offset, length});
        Arbitrary<List<int[]>> tables = table.list().ofMaxSize(8);
        Arbitrary<byte[]> content = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(800),
                Arbitraries.bytes()
                        .between((byte) 0, (byte) 3)
                        .array(byte[].class)
                        .ofSize(800));
        return Combinators.combine(tables, content, Arbitraries.integers().between(0, 700))
                .as((list, bytes, extra) -> {
                    int length = 12 + 16 * list.size() + extra;
                    byte[] sfnt = Arrays.copyOf(bytes, length);
                    ByteBuffer out = ByteBuffer.wrap(sfnt).putInt(0, 0x00010000).putShort(4, (short) list.size());
                    for (int i = 0; i < list.size(); i++) {
                        int offset = Math.min(list.get(i)[0], length);
                        int size = Math.min(list.get(i)[1], length - offset);
                        out.putInt(12 + 16 * i, 0x61616161 + i)
                                .putInt(16 + 16 * i, i)
                                .putInt(20 + 16 * i, offset)
                                .putInt(24 + 16 * i, size);
                    }
                    return sfnt;
                });
    }
}
