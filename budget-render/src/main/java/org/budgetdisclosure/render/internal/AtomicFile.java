package org.budgetdisclosure.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place, readable by all as a
 * file written directly would be. A failure leaves no half-written file and no temporary one, and so does a
 * termination (SIGTERM); a name over 255 bytes or a folder in the way is refused before anything is written.
 */
public final class AtomicFile {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {

        /**
         * @param out where the content goes; closed by the caller, not null
         * @throws IOException if the stream fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * @param target the file, its folder existing, not null
     * @param content writes the content, not null
     * @throws IOException if it cannot be written (nothing of it is left)
     */
    public static void write(Path target, Content content) throws IOException {
        OutputFiles.check(target);
        Path directory = target.toAbsolutePath().getParent();
        // a unique temporary name: writers of the same file in parallel never share a half-written one; short, so
        // that a target name of up to 255 bytes still has a temporary one; removed on termination (OutputFiles)
        Path temp = OutputFiles.temporary(directory);
        try {
            fill(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            OutputFiles.done(temp);
        }
    }

    /** Writes the content into a temporary file, readable by all as a published file is (rw-r--r--). */
    static void fill(Path temp, Content content) throws IOException {
        try (OutputStream out =
                Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        }
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions apply
        }
    }
}
