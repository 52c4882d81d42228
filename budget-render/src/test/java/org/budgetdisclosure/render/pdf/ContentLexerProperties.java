package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * {@link ContentLexer} reads numbers as PDFBox's parser reads them, to the last bit of the float: the short
 * decimals it computes itself, the longer ones it leaves to {@link Float#parseFloat}, and -0.0 as 0.
 */
class ContentLexerProperties {

    @Property(tries = 5000)
    void aDecimalIsTheFloatPdfBoxReads(
            @ForAll @IntRange(min = 0, max = 999_999_999) int digits,
            @ForAll @IntRange(min = 0, max = 9) int decimals,
            @ForAll boolean negative)
            throws Exception {
        String text = Integer.toString(digits);
        if (decimals > 0) {
            text = "0".repeat(Math.max(0, decimals - text.length() + 1)) + text;
            text = text.substring(0, text.length() - decimals) + "." + text.substring(text.length() - decimals);
        }
        text = (negative ? "-" : "") + text;
        Object lexed = new ContentLexer((text + " w").getBytes(StandardCharsets.US_ASCII)).next();
        List<Object> parsed = new PDFStreamParser((text + " w").getBytes(StandardCharsets.US_ASCII)).parse();
        float expected = ((COSNumber) parsed.get(0)).floatValue();
        assertThat(Float.floatToIntBits((Float) lexed)).as(text).isEqualTo(Float.floatToIntBits(expected));
    }
}
