package org.budgetdisclosure.render.writer;

import java.io.IOException;
import java.io.OutputStream;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.FontSet;

/**
 * Writes a document in one format. Writers walk the document and compute nothing of its content; they are
 * built with their own configuration and see nothing of the budget, the profile or the catalogue.
 * Implementations are immutable and thread-safe.
 */
public interface DocumentWriter {

    /**
     * @param document the document, not null
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    void write(Document document, FontSet fonts, OutputStream out) throws IOException;
}
