package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Disclosures;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PdfFileWriter} writes the same PDF as PDFBox's save: for every example budget and a small one, the two
 * files, read back, hold the same objects (the same dictionaries, arrays, values and decoded streams, the same
 * references where the other has a reference), the same header version; they differ only in object numbers, layout and
 * the trailer's {@code /ID} (ours is the digest of our file). The file written is also read back whole, every stream decoded.
 */
class PdfFileWriterTest {

    static Stream<String> budgets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "budget-examples", "budgets"))) {
            return Stream.concat(
                    Stream.of("small"),
                    files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("budgets")
    void writesTheObjectsPdfBoxWouldSave(String budget) throws IOException {
        byte[] ours = pdf(budget, false);
        byte[] pdfBox = pdf(budget, true);
        assertThat(header(ours)).isEqualTo(header(pdfBox)).startsWith("%PDF-1.");
        try (PDDocument a = Loader.loadPDF(ours);
                PDDocument b = Loader.loadPDF(pdfBox)) {
            COSDictionary ta = a.getDocument().getTrailer();
            COSDictionary tb = b.getDocument().getTrailer();
            Map<COSBase, COSBase> paired = new IdentityHashMap<>();
            same("/Root", ta.getItem(COSName.ROOT), tb.getItem(COSName.ROOT), paired);
            same("/Info", ta.getItem(COSName.INFO), tb.getItem(COSName.INFO), paired);
            // the identifier: the digest of our file, two equal strings of 16 bytes
            COSArray id = (COSArray) ta.getDictionaryObject(COSName.ID);
            assertThat(id.size()).isEqualTo(2);
            assertThat(((COSString) id.getObject(0)).getBytes())
                    .hasSize(16)
                    .isEqualTo(((COSString) id.getObject(1)).getBytes());
            assertThat(paired).as("objects compared").hasSizeGreaterThan(100);
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages());
            // every object of our file is reachable and decodes
            for (var key : a.getDocument().getXrefTable().keySet()) {
                COSBase object = a.getDocument().getObjectFromPool(key).getObject();
                assertThat(object).as("object %s", key).isNotNull();
                if (object instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        in.readAllBytes();
                    }
                }
            }
        }
        assertThat(pdf(budget, false)).as("the same bytes again").isEqualTo(ours);
    }

    private static byte[] pdf(String budget, boolean pdfBox) throws IOException {
        PdfTags.SAVED_BY_PDFBOX.set(pdfBox);
        try {
            return budget.equals("small")
                    ? Disclosure.of(TestBudgetsAccess.small()).bytes(Format.PDF)
                    : Disclosures.read(Path.of(budget)).bytes(Format.PDF);
        } finally {
            PdfTags.SAVED_BY_PDFBOX.remove();
        }
    }

    private static String header(byte[] pdf) {
        return new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
    }

    private record Pair(String path, COSBase a, COSBase b) {}

    /** Compares two object graphs breadth first (the structure tree is too deep to recurse over). */
    private static void same(String root, COSBase first, COSBase second, Map<COSBase, COSBase> paired)
            throws IOException {
        java.util.ArrayDeque<Pair> todo = new java.util.ArrayDeque<>();
        todo.add(new Pair(root, first, second));
        while (!todo.isEmpty()) {
            Pair pair = todo.poll();
            String path = pair.path();
            COSBase a = pair.a();
            COSBase b = pair.b();
            assertThat(a instanceof COSObject)
                    .as("%s: a reference in both or in neither", path)
                    .isEqualTo(b instanceof COSObject);
            COSBase x = a instanceof COSObject o ? o.getObject() : a;
            COSBase y = b instanceof COSObject o ? o.getObject() : b;
            if (x == null || y == null) {
                assertThat(x).as(path).isNull();
                assertThat(y).as(path).isNull();
                continue;
            }
            assertThat(x.getClass()).as(path).isEqualTo(y.getClass());
            if (x instanceof COSDictionary || x instanceof COSArray) {
                COSBase before = paired.putIfAbsent(x, y);
                if (before != null) {
                    assertThat(before).as("%s: the same object as before", path).isSameAs(y);
                    continue;
                }
            }
            if (x instanceof COSStream sx) {
                try (InputStream ix = sx.createInputStream();
                        InputStream iy = ((COSStream) y).createInputStream()) {
                    assertThat(ix.readAllBytes()).as("%s: decoded data", path).isEqualTo(iy.readAllBytes());
                }
            }
            if (x instanceof COSDictionary dx) {
                COSDictionary dy = (COSDictionary) y;
                List<COSName> keys = keys(dx);
                assertThat(keys).as("%s: keys", path).containsExactlyElementsOf(keys(dy));
                for (COSName key : keys) {
                    todo.add(new Pair(path + "/" + key.getName(), dx.getItem(key), dy.getItem(key)));
                }
            } else if (x instanceof COSArray ax) {
                COSArray ay = (COSArray) y;
                assertThat(ax.size()).as("%s: size", path).isEqualTo(ay.size());
                for (int i = 0; i < ax.size(); i++) {
                    todo.add(new Pair(path + "[" + i + "]", ax.get(i), ay.get(i)));
                }
            } else {
                assertThat(x).as(path).isEqualTo(y);
            }
        }
    }

    /** A dictionary's keys but a stream's {@code /Length}, which each file writes for its own bytes. */
    private static List<COSName> keys(COSDictionary dictionary) {
        return dictionary.keySet().stream()
                .filter(k -> !(dictionary instanceof COSStream && k.equals(COSName.LENGTH)))
                .toList();
    }
}
