package org.budgetdisclosure.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.budgetdisclosure.render.document.Document;
import org.junit.jupiter.api.Test;

/**
 * What a face has ({@link FontFace#has}, read once from its character map) is what its character map says, for
 * every code point of Unicode; a disclosure's writers share the characters of its document by role and by face.
 */
class FontCoverageTest {

    @Test
    void aFaceHasExactlyTheCharactersItsMapGivesAGlyph() throws IOException {
        FontSet fonts = FontSet.bundled();
        for (FontRole role : FontRole.values()) {
            FontFace face = fonts.faces(role).get(0);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                int had = 0;
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    boolean mapped = cmap.getGlyphId(cp) != 0;
                    if (face.has(cp) != mapped) {
                        assertThat(face.has(cp)).as("%s U+%04X", face, cp).isEqualTo(mapped);
                    }
                    had += mapped ? 1 : 0;
                }
                assertThat(had).as("%s has the common Chinese characters", face).isGreaterThan(6_000);
                assertThat(face.has(-1)).isFalse();
                assertThat(face.has(Integer.MAX_VALUE)).isFalse();
            }
        }
    }

    @Test
    void theWritersOfADisclosureShareItsCharactersComputedOnce() {
        Document document = org.budgetdisclosure.render.Disclosure.of(
                        org.budgetdisclosure.render.TestBudgetsAccess.small())
                .document();
        FontSubsets subsets = new FontSubsets();
        FontSet fonts = FontSet.bundled();
        assertThat(subsets.textByRole(document))
                .isSameAs(subsets.textByRole(document))
                .isEqualTo(TextByRole.of(document));
        assertThat(subsets.textByFace(document, fonts))
                .isSameAs(subsets.textByFace(document, fonts))
                .isEqualTo(TextByFace.of(document, fonts));
        assertThat(List.copyOf(subsets.textByFace(document, fonts).keySet()))
                .containsExactly(
                        fonts.faces(FontRole.values()[0]).get(0),
                        fonts.faces(FontRole.values()[1]).get(0),
                        fonts.faces(FontRole.values()[2]).get(0));
    }
}
