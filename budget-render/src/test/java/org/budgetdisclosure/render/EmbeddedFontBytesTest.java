package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsetter;
import org.budgetdisclosure.render.fonts.TextByFace;
import org.budgetdisclosure.render.fonts.Woff;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;

/**
 * The fonts of the DOCX and the HTML, deflated once for both, read back: each DOCX font part, read by POI and
 * de-obfuscated, is the subset byte for byte; every zip entry inflates with its CRC-32 checked; each WOFF unwraps
 * to a font fontbox reads; the PDF embeds the same subsets (each cut and deflated once for the three); the same
 * disclosure gives the same bytes.
 */
class EmbeddedFontBytesTest {

    private static Disclosure disclosure() {
        return Disclosure.of(TestBudgets.small("某县测试局").build());
    }

    @Test
    void eachDocxFontPartIsTheSubsetByteForByte() throws Exception {
        Disclosure disclosure = disclosure();
        byte[] docx = disclosure.bytes(Format.DOCX);
        FontSet fonts = RenderOptions.defaults().fonts();
        Map<FontFace, String> chars = TextByFace.of(disclosure.document(), fonts);
        int parts = 0;
        try (XWPFDocument doc = ReadBack.docx(docx)) {
            PackagePart table = doc.getPackage()
                    .getPartsByName(Pattern.compile("/word/fontTable.xml"))
                    .get(0);
            String xml = new String(table.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher font = Pattern.compile("<w:font w:name=\"([^\"]+)\">(.*?)</w:font>")
                    .matcher(xml);
            while (font.find()) {
                Matcher embed = Pattern.compile("w:embed(Regular|Bold) r:id=\"([^\"]+)\" w:fontKey=\"\\{([^}]+)\\}\"")
                        .matcher(font.group(2));
                while (embed.find()) {
                    PackagePart part = table.getRelatedPart(table.getRelationship(embed.group(2)));
                    byte[] data;
                    try (InputStream in = part.getInputStream()) {
                        data = in.readAllBytes();
                    }
                    String hex = embed.group(3).replace("-", "");
                    for (int i = 0; i < 32; i++) {
                        int k = 15 - (i % 16);
                        data[i] ^= (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
                    }
                    String family = font.group(1);
                    boolean bold = embed.group(1).equals("Bold");
                    FontFace face = chars.keySet().stream()
                            .filter(f -> f.family().equals(family) && f.bold() == bold)
                            .findFirst()
                            .orElseThrow();
                    assertThat(data)
                            .as("%s %s", family, embed.group(1))
                            .isEqualTo(FontSubsetter.subset(face, chars.get(face)));
                    parts++;
                }
            }
        }
        assertThat(parts).isEqualTo(chars.size());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.readAllBytes(); // a wrong CRC-32 or size throws
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("word/fonts/font1.odttf").first().isEqualTo("[Content_Types].xml");
    }

    @Test
    void thePdfEmbedsTheSameSubsetsByteForByte() throws IOException {
        Disclosure disclosure = disclosure();
        FontSet fonts = RenderOptions.defaults().fonts();
        Map<FontFace, String> chars = TextByFace.of(disclosure.document(), fonts);
        Map<String, byte[]> programs = new LinkedHashMap<>();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(disclosure.bytes(Format.PDF))) {
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    if (page.getResources().getFont(name) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0) {
                        var descriptor = t0.getDescendantFont().getFontDescriptor();
                        try (InputStream in = descriptor.getFontFile2().createInputStream()) {
                            programs.putIfAbsent(t0.getName().substring(7), in.readAllBytes());
                        }
                    }
                }
            }
        }
        assertThat(programs).hasSize(chars.size());
        for (FontFace face : chars.keySet()) {
            String name = face.family().replace(" ", "") + (face.bold() ? "-Bold" : "-Regular");
            assertThat(programs.get(name)).as(name).isEqualTo(FontSubsetter.subset(face, chars.get(face)));
        }
    }

    @Test
    void eachWoffUnwrapsToAFontAndTheSameDisclosureGivesTheSameBytes() throws IOException {
        Disclosure disclosure = disclosure();
        byte[] html = disclosure.bytes(Format.HTML);
        Matcher woff = Pattern.compile("data:font/woff;base64,([A-Za-z0-9+/=]+)")
                .matcher(new String(html, java.nio.charset.StandardCharsets.UTF_8));
        int fonts = 0;
        while (woff.find()) {
            byte[] sfnt = Woff.unwrap(Base64.getDecoder().decode(woff.group(1)));
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(sfnt))) {
                assertThat(ttf.getNumberOfGlyphs()).isGreaterThan(1);
                assertThat(ttf.getUnicodeCmapLookup()).isNotNull();
            }
            fonts++;
        }
        assertThat(fonts).isGreaterThanOrEqualTo(3);
        byte[] docx = disclosure.bytes(Format.DOCX);
        Disclosure again = disclosure();
        assertThat(again.bytes(Format.DOCX)).isEqualTo(docx);
        assertThat(again.bytes(Format.HTML)).isEqualTo(html);
        assertThat(disclosure.bytes(Format.HTML)).as("from the cached deflate").isEqualTo(html);
    }
}
