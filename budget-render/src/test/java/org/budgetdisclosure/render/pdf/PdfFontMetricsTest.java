package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.junit.jupiter.api.Test;

/**
 * The PDF's embedded subsets that keep OpenPDF's (a font whose face's shared subset is not known) keep the metrics of every glyph they draw, equal to the widths of the PDF's font
 * dictionary (what PDF/A compares), and only those: the metrics of the glyphs OpenPDF left out are zeros.
 */
class PdfFontMetricsTest {

    @Test
    void everyGlyphDrawnKeepsItsWidthAndTheOthersAreEmptied() throws IOException {
        // the fonts that keep OpenPDF's subsets: no shared subset known (SharedFontProgramsTest has the others)
        byte[] pdf = SharedFontProgramsTest.render(
                Disclosure.of(TestBudgetsAccess.small()).document(),
                shared -> PdfFontPrograms.Shared.none(),
                new java.util.ArrayList<>());
        Map<String, PDCIDFontType2> fonts = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        fonts.putIfAbsent(font.getName(), cid);
                    }
                }
            }
            assertThat(fonts).hasSize(3);
            for (PDCIDFontType2 cid : fonts.values()) {
                TrueTypeFont ttf = cid.getTrueTypeFont();
                int glyphs = ttf.getNumberOfGlyphs();
                int drawn = 0;
                int nonZero = 0;
                for (int gid = 1; gid < glyphs; gid++) {
                    GlyphData glyph = ttf.getGlyph().getGlyph(gid);
                    int advance = ttf.getHorizontalMetrics().getAdvanceWidth(gid);
                    if (advance != 0 && gid < ttf.getHorizontalHeader().getNumberOfHMetrics()) {
                        nonZero++;
                    }
                    if (glyph != null && glyph.getNumberOfContours() != 0) {
                        drawn++;
                        assertThat(advance * 1000f / ttf.getUnitsPerEm())
                                .as("glyph %d of %s", gid, cid.getName())
                                .isCloseTo(cid.getWidth(gid), org.assertj.core.data.Offset.offset(1f));
                    }
                }
                assertThat(drawn).isPositive();
                // the full metrics left are those of the glyphs drawn or given a width by /W, and the last (every
                // later glyph's advance): a few hundred of the face's thousands
                assertThat(nonZero).isLessThan(glyphs / 10);
            }
        }
    }
}
