package org.budgetdisclosure.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Inflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The WOFF 1.0 container of the HTML's fonts: read back table by table against the font it wraps (the layout of
 * the W3C specification: header, sorted directory, zlib tables on 4-byte boundaries, checksums carried over), and
 * read by fontbox with the same glyphs.
 */
class WoffTest {

    private static final FontFace BODY = FontSet.bundled().faces(FontRole.BODY).get(0);
    private static final String TEXT = "乐亭县工业和信息化局2022年部门预算公开一般公共预算财政拨款支出表（万元）合计1,234.56";

    @Test
    void everyTableIsTheFontsTableAndTheLayoutIsTheSpecifications() throws Exception {
        byte[] sfnt = FontSubsetter.subset(BODY, TEXT);
        byte[] woff = Woff.wrap(sfnt);
        ByteBuffer w = ByteBuffer.wrap(woff);
        ByteBuffer s = ByteBuffer.wrap(sfnt);
        assertThat(w.getInt(0)).isEqualTo(0x774F4646);
        assertThat(w.getInt(4)).isEqualTo(s.getInt(0));
        assertThat(w.getInt(8)).isEqualTo(woff.length);
        int count = Short.toUnsignedInt(w.getShort(12));
        assertThat(count).isEqualTo(Short.toUnsignedInt(s.getShort(4)));
        assertThat(w.getShort(14)).isZero();
        assertThat(w.getInt(24) | w.getInt(28) | w.getInt(32) | w.getInt(36) | w.getInt(40))
                .isZero();
        Map<Integer, byte[]> original = new HashMap<>();
        Map<Integer, Integer> checksums = new HashMap<>();
        long padded = 12 + 16L * count;
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int offset = s.getInt(at + 8);
            original.put(s.getInt(at), Arrays.copyOfRange(sfnt, offset, offset + s.getInt(at + 12)));
            checksums.put(s.getInt(at), s.getInt(at + 4));
            padded += (s.getInt(at + 12) + 3) & ~3;
        }
        assertThat(Integer.toUnsignedLong(w.getInt(16))).as("totalSfntSize").isEqualTo(padded);
        long previousTag = -1;
        int end = 44 + 20 * count;
        for (int i = 0; i < count; i++) {
            int at = 44 + 20 * i;
            long tag = Integer.toUnsignedLong(w.getInt(at));
            int offset = w.getInt(at + 4);
            int stored = w.getInt(at + 8);
            int length = w.getInt(at + 12);
            assertThat(tag).as("sorted by tag").isGreaterThan(previousTag);
            previousTag = tag;
            assertThat(offset % 4).as("on a 4-byte boundary").isZero();
            assertThat(offset).as("in order, no gap beyond padding").isEqualTo(end);
            assertThat(stored).isLessThanOrEqualTo(length);
            byte[] table = new byte[length];
            if (stored < length) {
                Inflater inflater = new Inflater();
                inflater.setInput(woff, offset, stored);
                assertThat(inflater.inflate(table)).isEqualTo(length);
                assertThat(inflater.finished()).isTrue();
                inflater.end();
            } else {
                System.arraycopy(woff, offset, table, 0, length);
            }
            assertThat(table).isEqualTo(original.get((int) tag));
            assertThat(w.getInt(at + 16)).isEqualTo(checksums.get((int) tag));
            end = offset + ((stored + 3) & ~3);
        }
        assertThat(end).isEqualTo(woff.length);
        assertThat(woff.length).as("compressed").isLessThan(sfnt.length);
    }

    @Property(tries = 40)
    void anySubsetRoundTripsWithItsGlyphs(@ForAll("texts") String text) throws IOException {
        byte[] sfnt = FontSubsetter.subset(BODY, text);
        byte[] woff = Woff.wrap(sfnt);
        assertThat(Woff.wrap(sfnt)).as("same font, same bytes").isEqualTo(woff);
        byte[] back = Woff.unwrap(woff);
        assertThat(back.length).isEqualTo(ByteBuffer.wrap(woff).getInt(16));
        try (TrueTypeFont a = new TTFParser().parse(new RandomAccessReadBuffer(sfnt));
                TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBuffer(back))) {
            assertThat(b.getNumberOfGlyphs()).isEqualTo(a.getNumberOfGlyphs());
            var cmapA = a.getUnicodeCmapLookup();
            var cmapB = b.getUnicodeCmapLookup();
            text.codePoints().forEach(cp -> {
                int gid = cmapB.getGlyphId(cp);
                assertThat(gid).as("glyph of U+%04X", cp).isPositive().isEqualTo(cmapA.getGlyphId(cp));
                try {
                    assertThat(b.getGlyph().getGlyph(gid).getPath().getBounds2D())
                            .isEqualTo(a.getGlyph().getGlyph(gid).getPath().getBounds2D());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
        Statistics.label("characters").collect(text.codePointCount(0, text.length()) / 100 * 100 + "+");
        Statistics.label("woff / ttf").collect(woff.length * 10 / sfnt.length * 10 + " %+");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> han = Arbitraries.strings()
                .withCharRange('\u4e00', '\u9fa5')
                .ofMinLength(1)
                .ofMaxLength(600)
                .withLengthDistribution(RandomDistribution.uniform())
                .map(t -> t.codePoints()
                        .filter(BODY::has)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(40);
        return Combinators.combine(han, ascii).as((h, a) -> h + a).filter(t -> !t.isEmpty());
    }

    @Test
    void refusesWhatIsNoFontOrNoWoff() {
        assertThatThrownBy(() -> Woff.wrap(new byte[5]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a font file");
        byte[] bad = new byte[] {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> Woff.wrap(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9 tables");
        assertThatThrownBy(() -> Woff.unwrap(FontSubsetter.subset(BODY, TEXT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a WOFF 1.0 file");
        byte[] woff = Woff.wrap(FontSubsetter.subset(BODY, TEXT));
        ByteBuffer.wrap(woff).putInt(44 + 4, woff.length - 2); // the first table's offset past the end
        assertThatThrownBy(() -> Woff.unwrap(woff))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the file");
    }
}
