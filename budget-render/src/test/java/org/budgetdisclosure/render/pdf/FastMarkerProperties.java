package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.junit.jupiter.api.Test;

/**
 * {@link FastMarker} marks random content streams in OpenPDF's vocabulary (text objects with Tm, Td, TD, T*, TL,
 * Tf between two Type0 fonts with their /W, Tj and TJ with adjustments, ' and ", Tc, Tw, Tz, Ts; q/cm/Q; paths,
 * XObjects) over random leaf regions exactly as {@link ContentMarker} does: the same leaves, and the same tokens
 * when PDFBox reads both streams back. What it cannot read (an inline image, a Type1 font) falls back to
 * {@link ContentMarker}, with the same result.
 */
class FastMarkerProperties {

    private static final String[] TYPES = {"P", "H1", "TD", "LBody"};
    private static final PDDocument DOC;
    private static final PDPage PAGE;
    private static final List<List<Integer>> CODES = new ArrayList<>();

    static {
        try {
            DOC = Loader.loadPDF(Disclosure.of(TestBudgetsAccess.small()).bytes(Format.PDF));
            COSDictionary fonts = new COSDictionary();
            for (PDPage page : DOC.getPages()) {
                COSDictionary onPage = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                for (COSName key : onPage.keySet()) {
                    COSBase font = onPage.getItem(key);
                    if (fonts.size() < 2
                            && onPage.getDictionaryObject(key) instanceof COSDictionary d
                            && COSName.TYPE0.equals(d.getCOSName(COSName.SUBTYPE))
                            && !fonts.getValues().contains(font)) {
                        fonts.setItem("F" + (fonts.size() + 1), font);
                        CODES.add(cids(d));
                    }
                }
            }
            fonts.setItem("F9", new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
            PAGE = DOC.getPage(0);
            PAGE.getResources().getCOSObject().setItem(COSName.FONT, fonts);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void theFastMarkingIsPdfBoxs(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        String stream = stream(r);
        List<Tagging.Region> regions = new ArrayList<>();
        for (int i = r.nextInt(7); i > 0; i--) {
            float x = r.nextInt(300) - 50;
            float y = r.nextInt(400) - 50;
            regions.add(new Tagging.Region(1, x, y, x + 50 + r.nextInt(500), y + 50 + r.nextInt(500), i));
        }
        Optional<ContentMarker.Marked> fast = compare(stream, regions);
        assertThat(fast).as(stream).isPresent();
        Statistics.label("marked content")
                .collect(fast.get().leaves().isEmpty() ? "artifacts only" : "structure content");
    }

    @Test
    void theOriginalBytesAreKeptAndTheMarksInserted() throws IOException {
        String stream = "BT\n/F1 12 Tf\n1 0 0 1 100 700 Tm\n(a\\)bc) Tj\n[<0012> -250 (xy)] TJ\nET\n"
                + "0.5 w 10 10 m 20 20 l S\n";
        Optional<ContentMarker.Marked> fast = compare(stream, List.of(new Tagging.Region(1, 90, 690, 300, 720, 0)));
        String marked = new String(fast.orElseThrow().stream(), StandardCharsets.ISO_8859_1);
        assertThat(marked)
                .isEqualTo("BT\n/F1 12 Tf\n1 0 0 1 100 700 Tm\n/P <</MCID 0>> BDC\n(a\\)bc) Tj\n"
                        + "[<0012> -250 (xy)] TJ\nEMC\nET\n0.5 w /Artifact BMC\n10 10 m 20 20 l S\nEMC\n");
        assertThat(fast.get().leaves()).containsExactly(0);
    }

    @Test
    void anInlineImageOrAType1FontFallsBackToPdfBox() throws IOException {
        for (String stream : List.of(
                "q 10 0 0 10 50 50 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \u0080 EI Q\nBT /F1 9 Tf (ab) Tj ET\n",
                "BT /F9 9 Tf 100 100 Td (ab) Tj ET\n",
                "BT /F1 9 Tf 100 100 Td (abc) Tj ET\n")) {
            long before = FastMarker.fallbacks();
            assertThat(compare(stream, List.of(new Tagging.Region(1, 0, 0, 200, 200, 0))))
                    .as(stream)
                    .isEmpty();
            assertThat(FastMarker.fallbacks()).isGreaterThan(before);
        }
    }

    /** Marks the stream both ways; asserts they agree, also through the fall-back; returns the fast marking. */
    private static Optional<ContentMarker.Marked> compare(String stream, List<Tagging.Region> regions)
            throws IOException {
        COSStream content = DOC.getDocument().createCOSStream();
        try (OutputStream out = content.createOutputStream()) {
            out.write(stream.getBytes(StandardCharsets.ISO_8859_1));
        }
        PAGE.getCOSObject().setItem(COSName.CONTENTS, content);
        Tagging tagging = new Tagging();
        BiFunction<Float, Float, Integer> leafAt = (x, y) -> tagging.leafAt(regions, x, y);
        IntFunction<String> types = leaf -> TYPES[leaf % TYPES.length];
        ContentMarker.Marked oracle = ContentMarker.mark(PAGE, leafAt, types);
        FastMarker marker = new FastMarker();
        Optional<ContentMarker.Marked> fast = marker.mark(PAGE, leafAt, types);
        ContentMarker.Marked either = marker.markOrFallBack(PAGE, leafAt, types);
        assertThat(either.leaves()).as(stream).isEqualTo(oracle.leaves());
        assertThat(MarkedTokens.of(either.stream())).as(stream).isEqualTo(MarkedTokens.of(oracle.stream()));
        return fast;
    }

    /** The CIDs a font's /W gives widths for. */
    private static List<Integer> cids(COSDictionary type0) {
        COSDictionary cidFont =
                (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
        COSArray w = (COSArray) cidFont.getDictionaryObject(COSName.W);
        List<Integer> cids = new ArrayList<>();
        for (int i = 0; i + 1 < w.size(); ) {
            int first = ((COSNumber) w.getObject(i)).intValue();
            if (w.getObject(i + 1) instanceof COSArray run) {
                for (int k = 0; k < run.size(); k++) {
                    cids.add(first + k);
                }
                i += 2;
            } else {
                cids.add(first);
                i += 3;
            }
        }
        return cids;
    }

    private static String stream(Random r) {
        StringBuilder s = new StringBuilder();
        int depth = 0;
        for (int i = 1 + r.nextInt(10); i > 0; i--) {
            switch (r.nextInt(6)) {
                case 0 -> path(r, s);
                case 1 -> {
                    s.append("q\n").append(matrix(r)).append(" cm\n");
                    depth++;
                }
                case 2 -> {
                    if (depth > 0) {
                        s.append("Q\n");
                        depth--;
                    } else {
                        s.append(r.nextBoolean() ? "/Im1 Do\n" : "/Sh1 sh\n");
                    }
                }
                default -> text(r, s);
            }
        }
        s.append("Q\n".repeat(depth));
        return s.toString();
    }

    private static void path(Random r, StringBuilder s) {
        switch (r.nextInt(3)) {
            case 0 -> s.append(num(r)).append(' ').append(num(r)).append(" 40 12.5 re f\n");
            case 1 ->
                s.append("0.5 w ")
                        .append(num(r))
                        .append(" 10 m 300 ")
                        .append(num(r))
                        .append(" l S\n");
            default -> s.append("1 2 m 3 4 5 6 7 8 c h B\n0 g\n");
        }
    }

    private static void text(Random r, StringBuilder s) {
        s.append("BT\n/F").append(1 + r.nextInt(2)).append(' ').append(num(r)).append(" Tf\n");
        boolean saved = false;
        for (int i = r.nextInt(12); i > 0; i--) {
            switch (r.nextInt(16)) {
                case 0 -> s.append(matrix(r)).append(" Tm\n");
                case 1, 2 -> s.append(num(r)).append(' ').append(num(r)).append(" Td\n");
                case 3 -> s.append(num(r)).append(' ').append(num(r)).append(" TD\n");
                case 4 -> s.append("T*\n");
                case 5 -> s.append(num(r)).append(" TL\n");
                case 6 -> s.append(num(r)).append(r.nextBoolean() ? " Tc\n" : " Tw\n");
                case 7 -> s.append(50 + r.nextInt(100)).append(" Tz\n");
                case 8 -> s.append(num(r)).append(" Ts\n");
                case 9 ->
                    s.append("/F")
                            .append(1 + r.nextInt(2))
                            .append(' ')
                            .append(num(r))
                            .append(" Tf\n");
                case 10 -> s.append(string(r)).append(r.nextInt(4) == 0 ? " '\n" : " Tj\n");
                case 11 ->
                    s.append(num(r))
                            .append(' ')
                            .append(num(r))
                            .append(' ')
                            .append(string(r))
                            .append(" \"\n");
                case 12 -> {
                    s.append(saved ? "Q\n" : "q\n");
                    saved = !saved;
                }
                default -> {
                    s.append('[');
                    for (int k = r.nextInt(5); k >= 0; k--) {
                        s.append(r.nextBoolean() ? string(r) : num(r) + " ");
                    }
                    s.append("] TJ\n");
                }
            }
        }
        s.append(saved ? "Q\n" : "").append("ET\n");
    }

    private static String matrix(Random r) {
        return r.nextInt(4) > 0
                ? "1 0 0 1 " + num(r) + " " + num(r)
                : num(r) + " " + num(r) + " " + num(r) + " " + num(r) + " " + num(r) + " " + num(r);
    }

    private static String num(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Integer.toString(r.nextInt(600) - 50);
            case 1 -> String.format(Locale.ROOT, "%.2f", r.nextFloat() * 600);
            case 2 -> String.format(Locale.ROOT, "%.3f", r.nextFloat() * 20 - 5);
            default -> String.format(Locale.ROOT, ".%d", r.nextInt(100));
        };
    }

    /** Two-byte codes, some with widths in a font's /W, as a hex or a literal string (with escapes). */
    private static String string(Random r) {
        byte[] bytes = new byte[2 * r.nextInt(6)];
        for (int i = 0; i < bytes.length; i += 2) {
            List<Integer> codes = CODES.get(r.nextInt(CODES.size()));
            int code = r.nextBoolean() ? codes.get(r.nextInt(codes.size())) : r.nextInt(65536);
            bytes[i] = (byte) (code >> 8);
            bytes[i + 1] = (byte) code;
        }
        if (r.nextBoolean()) {
            return "<" + java.util.HexFormat.of().formatHex(bytes) + ">";
        }
        StringBuilder s = new StringBuilder("(");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '(' || c == ')' || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c < 32 || c == 127) {
                s.append(r.nextBoolean() ? String.format(Locale.ROOT, "\\%03o", c) : "\\" + escape(c));
            } else {
                s.append((char) c);
            }
        }
        return s.append(')').toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "n";
            case '\r' -> "r";
            case '\t' -> "t";
            case '\b' -> "b";
            case '\f' -> "f";
            default -> String.format(Locale.ROOT, "%03o", c);
        };
    }
}
