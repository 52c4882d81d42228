package org.budgetdisclosure.render.html;

import java.io.IOException;
import java.io.OutputStream;
import org.budgetdisclosure.render.DocumentWriter;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.FontSet;

/** Writes a document as HTML with FreeMarker. */
public final class HtmlRenderer implements DocumentWriter {
    @Override
    public void write(Document document, FontSet fonts, RenderOptions options, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
