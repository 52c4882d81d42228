package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that reads its font per request ({@code FontFace.of(…)} each time) keeps one cached font, not one per
 * request: faces are equal by family, boldness and bytes, and the PDF writer's cache is keyed by that value and
 * bounded. Before, each fresh face kept its 3 MB font tables for the life of the JVM.
 */
class FontCacheTest {

    @TempDir
    static Path dir;

    static Path font;

    @BeforeAll
    static void copyTheBundledFont() throws Exception {
        font = dir.resolve("serif.ttf");
        try (InputStream in = FontFace.class.getResourceAsStream("NotoSerifSC-Regular.ttf")) {
            Files.copy(in, font);
        }
    }

    @Test
    void aThousandFreshFacesOfOneFontAreOneCacheEntry() {
        FontFace first = FontFace.of("My Serif", false, font);
        BaseFont shared = new PdfFonts(FontSet.bundled().withFirst(FontRole.BODY, first)).base(first);
        int before = PdfFonts.sharedFaces();
        Map<BaseFont, Boolean> distinct = new IdentityHashMap<>();
        for (int i = 0; i < 1_000; i++) {
            FontFace fresh = FontFace.of("My Serif", false, font);
            assertThat(fresh).isEqualTo(first).hasSameHashCodeAs(first).isNotSameAs(first);
            distinct.put(new PdfFonts(FontSet.bundled().withFirst(FontRole.BODY, fresh)).base(fresh), true);
        }
        assertThat(distinct).containsOnlyKeys(shared);
        assertThat(PdfFonts.sharedFaces()).isEqualTo(before).isLessThanOrEqualTo(PdfFonts.SHARED_FACES);
        assertThat(FontFace.of("My Serif", true, font)).isNotEqualTo(first);
        assertThat(FontFace.of("Other Serif", false, font)).isNotEqualTo(first);
    }

    @Test
    void renderingWithFreshFacesGivesTheSameBytesAndKeepsTheCacheBounded() {
        byte[] once = null;
        for (int i = 0; i < 3; i++) {
            FontFace fresh = FontFace.of("My Serif", false, font);
            byte[] pdf = Disclosure.of(
                            TestBudgetsAccess.small(), RenderOptions.defaults().withFont(FontRole.BODY, fresh))
                    .bytes(Format.PDF);
            if (once == null) {
                once = pdf;
            }
            assertThat(pdf).isEqualTo(once);
        }
        // faces that differ (here by name) each take an entry, up to the bound and never beyond
        for (int i = 0; i < PdfFonts.SHARED_FACES * 2; i++) {
            FontFace other = FontFace.of("Serif " + i, false, font);
            new PdfFonts(FontSet.bundled().withFirst(FontRole.BODY, other)).base(other);
            assertThat(PdfFonts.sharedFaces()).isLessThanOrEqualTo(PdfFonts.SHARED_FACES);
        }
    }
}
