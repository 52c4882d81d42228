package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.junit.jupiter.api.Test;

/** The template prints a font's URL unescaped: a source other than the embedded one is escaped by the writer. */
class FontSourceEscapingTest {

    private static final Document DOCUMENT =
            Disclosure.of(TestBudgetsAccess.small()).document();

    @Test
    void aLinkedFontsUrlIsEscaped() throws IOException {
        String html = html(woff -> "fonts/a\"><script>alert(1)</script>&.woff");
        assertThat(html)
                .contains("src: url(\"fonts/a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;.woff\")")
                .doesNotContain("<script>");
    }

    @Test
    void anEmbeddedFontIsItsBase64() throws IOException {
        String html = html(FontSource.EMBEDDED);
        assertThat(html)
                .containsPattern("src: url\\(\"data:font/woff;base64,[A-Za-z0-9+/]+=*\"\\) format\\(\"woff\"\\)");
    }

    private static String html(FontSource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer(FontSet.bundled(), new FontSubsets(), source).write(DOCUMENT, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
