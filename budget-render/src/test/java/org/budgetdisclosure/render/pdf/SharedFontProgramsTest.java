package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.junit.jupiter.api.Test;

/**
 * The PDF's font programs are the disclosure's shared subsets ({@link PdfFontPrograms}): every character the pages
 * show is drawn with the face's own outline for it, through the {@code /CIDToGIDMap}, at the width the font
 * dictionary gives; a font whose glyphs the shared subset lacks keeps OpenPDF's subset, drawn as right.
 */
class SharedFontProgramsTest {

    private static final FontSet FONTS = RenderOptions.defaults().fonts();

    @Test
    void everyFontIsTheSharedSubsetAndEveryCharacterDrawsTheFacesGlyph() throws IOException {
        Document document = Disclosure.of(TestBudgetsAccess.small()).document();
        List<PdfFontPrograms.Outcome> outcomes = new ArrayList<>();
        byte[] pdf = render(document, UnaryOperator.identity(), outcomes);
        assertThat(outcomes).containsOnly(PdfFontPrograms.Outcome.SHARED).hasSize(3);
        int drawn = assertEveryCharacterDrawsItsGlyph(pdf, true);
        assertThat(drawn).as("characters checked").isGreaterThan(200);
    }

    @Test
    void aFontWhoseGlyphsTheSharedSubsetLacksKeepsOpenPdfsSubset() throws IOException {
        Document document = Disclosure.of(TestBudgetsAccess.small()).document();
        // the body face is told of every character but 局, which the pages show: its subset would lack a glyph
        UnaryOperator<PdfFontPrograms.Shared> lacking = shared -> {
            Map<FontFace, String> characters = new LinkedHashMap<>(shared.characters());
            FontFace body = FONTS.faces(FontRole.BODY).get(0);
            characters.put(body, characters.get(body).replace("局", ""));
            return new PdfFontPrograms.Shared(shared.subsets(), shared.byName(), characters);
        };
        List<PdfFontPrograms.Outcome> outcomes = new ArrayList<>();
        byte[] pdf = render(document, lacking, outcomes);
        assertThat(outcomes)
                .containsExactlyInAnyOrder(
                        PdfFontPrograms.Outcome.KEPT, PdfFontPrograms.Outcome.SHARED, PdfFontPrograms.Outcome.SHARED);
        assertEveryCharacterDrawsItsGlyph(pdf, false);
        // no face known: every font keeps OpenPDF's subset
        outcomes.clear();
        render(document, shared -> PdfFontPrograms.Shared.none(), outcomes);
        assertThat(outcomes).containsOnly(PdfFontPrograms.Outcome.KEPT).hasSize(3);
    }

    static byte[] render(
            Document document, UnaryOperator<PdfFontPrograms.Shared> sharing, List<PdfFontPrograms.Outcome> outcomes)
            throws IOException {
        PdfFontPrograms.OBSERVER.set(outcomes::add);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfRenderer(FONTS, List.of(), new FontSubsets(), sharing).write(document, out);
            return out.toByteArray();
        } finally {
            PdfFontPrograms.OBSERVER.remove();
        }
    }

    /**
     * For each font of the pages and each character its {@code /ToUnicode} maps: the glyph the PDF draws has the
     * outline of the face's glyph for the character, and the advance the font dictionary gives it.
     *
     * @param shared whether the fonts must all map CIDs through a {@code /CIDToGIDMap} stream
     * @return how many characters were checked
     */
    static int assertEveryCharacterDrawsItsGlyph(byte[] pdf, boolean shared) throws IOException {
        Map<String, TrueTypeFont> faces = new HashMap<>();
        for (FontRole role : FontRole.values()) {
            for (FontFace face : FONTS.faces(role)) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                faces.putIfAbsent(ttf.getName(), ttf);
            }
        }
        int checked = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, PDType0Font> fonts = new LinkedHashMap<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font t0) {
                        fonts.putIfAbsent(font.getName(), t0);
                    }
                }
            }
            assertThat(fonts).hasSize(3);
            for (PDType0Font t0 : fonts.values()) {
                PDCIDFontType2 cid = (PDCIDFontType2) t0.getDescendantFont();
                if (shared) {
                    assertThat(cid.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP))
                            .isInstanceOf(COSStream.class);
                }
                TrueTypeFont embedded = cid.getTrueTypeFont();
                TrueTypeFont face =
                        faces.get(t0.getName().substring(t0.getName().indexOf('+') + 1));
                assertThat(face).as(t0.getName()).isNotNull();
                for (int code = 1; code < 0xFFFF; code++) {
                    String unicode = t0.toUnicode(code);
                    if (unicode == null) {
                        continue;
                    }
                    int gid = cid.codeToGID(code);
                    int faceGid = face.getUnicodeCmapLookup().getGlyphId(unicode.codePointAt(0));
                    assertThat(faceGid).as("%s in the face", unicode).isPositive();
                    assertThat(gid).as("%s drawn", unicode).isPositive();
                    assertSameOutline(
                            embedded.getGlyph().getGlyph(gid), face.getGlyph().getGlyph(faceGid), unicode);
                    assertThat(embedded.getAdvanceWidth(gid) * 1000f / embedded.getUnitsPerEm())
                            .as("the advance of %s", unicode)
                            .isCloseTo(cid.getWidth(code), org.assertj.core.data.Offset.offset(1f));
                    checked++;
                }
            }
        }
        faces.values().forEach(ttf -> {
            try {
                ttf.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return checked;
    }

    private static void assertSameOutline(GlyphData drawn, GlyphData face, String unicode) {
        if (face == null) {
            assertThat(drawn == null || drawn.getNumberOfContours() == 0)
                    .as("%s has no outline", unicode)
                    .isTrue();
            return;
        }
        GlyphDescription a = drawn.getDescription();
        GlyphDescription b = face.getDescription();
        assertThat(a.getPointCount()).as("points of %s", unicode).isEqualTo(b.getPointCount());
        assertThat(a.getContourCount()).as("contours of %s", unicode).isEqualTo(b.getContourCount());
        for (int i = 0; i < a.getPointCount(); i++) {
            assertThat(a.getXCoordinate(i)).as("x %d of %s", i, unicode).isEqualTo(b.getXCoordinate(i));
            assertThat(a.getYCoordinate(i)).as("y %d of %s", i, unicode).isEqualTo(b.getYCoordinate(i));
            assertThat(a.getFlags(i) & 1).as("on-curve %d of %s", i, unicode).isEqualTo(b.getFlags(i) & 1);
        }
    }
}
