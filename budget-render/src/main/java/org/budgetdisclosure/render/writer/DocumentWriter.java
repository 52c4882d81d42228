package org.budgetdisclosure.render.writer;

import java.io.IOException;
import java.io.OutputStream;
import org.budgetdisclosure.render.document.Document;

/**
 * Writes a document in one format. Writers walk the document and compute nothing of its content; they are
 * built with their own configuration (the fonts, DOCX's font embedding) and take a document and a stream; they see
 * nothing of the budget, the profile or the catalogue.
 * Implementations are immutable and thread-safe.
 */
public interface DocumentWriter {

    /**
     * @param document the document, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    void write(Document document, OutputStream out) throws IOException;
}
