package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.render.document.Document;

/**
 * A disclosure ready to write, whatever its family: the budget's ({@link Disclosure}, 部门预算公开) or the final
 * accounts' ({@link FinalDisclosure}, 部门决算公开). Immutable and thread-safe.
 */
public sealed interface Publication permits Disclosure, FinalDisclosure {

    /** @return the validation report (warnings only, since errors refuse the facts), never null */
    ValidationReport validation();

    /** @return the format-neutral document, never null */
    Document document();

    /**
     * @param format the format, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    void write(Format format, OutputStream out) throws IOException;

    /** @param format the format, not null @return the file's bytes, never null */
    byte[] bytes(Format format);

    /**
     * Writes {@code name.pdf}, {@code name.docx}… into a directory, each file whole or not at all.
     *
     * @param directory the directory, created if missing, not null
     * @param name the file name without extension, not null
     * @param formats the formats, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written (none of that format is left)
     */
    List<Path> writeTo(Path directory, String name, Format... formats) throws IOException;
}
