package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The page's writer encodes as {@link String#getBytes} does, whatever the pieces and however many chunks. */
class Utf8WriterTest {

    @Property(tries = 500)
    void piecesAreEncodedAsTheirText(@ForAll String a, @ForAll String b, @ForAll char c) throws IOException {
        Utf8Writer w = new Utf8Writer();
        w.write(a);
        w.write(b.toCharArray(), 0, b.length());
        w.write(c);
        w.write(a, 0, a.length() / 2);
        // each piece on its own: a character is never split between two
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String piece : new String[] {a, b, String.valueOf(c), a.substring(0, a.length() / 2)}) {
            expected.writeBytes(piece.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bytes(w)).isEqualTo(expected.toByteArray());
    }

    @Example
    void aPageLongerThanAChunkIsWrittenWhole() throws IOException {
        Utf8Writer w = new Utf8Writer();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            String piece = i % 3 == 0 ? "<td class=\"right\">" : i % 3 == 1 ? "一般公共预算财政拨款" : "1,234.56</td>\n";
            if (i % 2 == 0) {
                w.write(piece);
            } else {
                w.write(piece.toCharArray(), 0, piece.length());
            }
            expected.append(piece);
        }
        assertThat(new String(bytes(w), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Example
    void aLoneSurrogateIsAQuestionMarkAsTheJdkWritesIt() throws IOException {
        Utf8Writer w = new Utf8Writer();
        w.write(new char[] {'a', '\uD800', 'b'}, 0, 3);
        w.write("\uDC00");
        assertThat(bytes(w)).isEqualTo("a?b?".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Utf8Writer w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out);
        return out.toByteArray();
    }
}
