package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.internal.AtomicFile;
import org.budgetdisclosure.render.internal.AtomicFileSet;

/**
 * Writes files whole or not at all, as {@link Disclosure#writeTo} does: each into a temporary file beside it, then
 * moved into place; a failure (or a SIGTERM) leaves no half-written file and no temporary one. For applications
 * that write files of their own beside a disclosure (the command line's workbook, extracted attachments).
 */
public final class WholeFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {

        /**
         * @param out where the content goes; closed by the caller, not null
         * @throws IOException if the stream fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFiles() {}

    /**
     * @param target the file, its folder existing, not null
     * @param content writes the content, not null
     * @throws IOException if it cannot be written (nothing of it is left)
     */
    public static void write(Path target, Content content) throws IOException {
        AtomicFile.write(target, content::writeTo);
    }

    /**
     * @param files the files and their contents, in the order to write them, not null; each file once
     * @return the files written, in that order; never null
     * @throws IOException if one cannot be written: then none is (all or none)
     */
    public static List<Path> writeAll(Map<Path, Content> files) throws IOException {
        try (AtomicFileSet set = new AtomicFileSet()) {
            for (Map.Entry<Path, Content> file : files.entrySet()) {
                set.add(file.getKey(), file.getValue()::writeTo);
            }
            return set.commit();
        }
    }
}
