package org.budgetdisclosure.model.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The checks every input file goes through before a byte of it is read: it exists, it is a regular file after
 * following links (a FIFO would block the reader, a device such as {@code /dev/zero} never ends), its size is within
 * a limit, and the read itself stops past the limit (the size a file system reports is not trusted: files of
 * {@code /proc} report 0). A file a folder holds (a profile's template) must also resolve inside that folder after
 * following links, so that a link cannot publish a file from elsewhere. Stateless and thread-safe.
 */
public final class InputFiles {

    private InputFiles() {}

    /** A file that may not be read, with a message for the user (without the file's name). */
    public static final class RefusedFileException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message why the file is refused, not null */
        public RefusedFileException(String message) {
            super(message);
        }
    }

    /**
     * Reads a whole input file after the checks.
     *
     * @param file the file, not null
     * @param limit the largest size allowed, in bytes (at most {@code Integer.MAX_VALUE - 8})
     * @param what what the file is, for the message ("budget files", "templates"), not null
     * @return its bytes, never null
     * @throws RefusedFileException if it does not exist, is not a regular file or is over the limit
     * @throws IOException if it cannot be read
     */
    public static byte[] read(Path file, long limit, String what) throws IOException {
        check(file, limit, what);
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) limit + 1);
        }
        if (content.length > limit) {
            throw new RefusedFileException(
                    "the file has more than " + limit + " bytes; " + what + " are limited to " + size(limit));
        }
        return content;
    }

    /**
     * The checks of {@link #read} without reading: it exists, is a regular file and is not over the limit.
     *
     * @param file the file, not null
     * @param limit the largest size allowed, in bytes
     * @param what what the file is, for the message, not null
     * @throws RefusedFileException if it is not to be read, saying why
     */
    public static void check(Path file, long limit, String what) throws RefusedFileException {
        if (!Files.exists(file)) {
            throw new RefusedFileException(
                    Files.isSymbolicLink(file) ? "a link to a file that does not exist" : "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new RefusedFileException(
                    "not a regular file (" + kind(file) + "); " + what + " are read from " + "regular files");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RefusedFileException("cannot read the file: " + e.getMessage());
        }
        if (size > limit) {
            throw new RefusedFileException(
                    "the file has " + size + " bytes; " + what + " are limited to " + size(limit));
        }
    }

    /**
     * A file named relative to a folder, resolved inside it after following every link.
     *
     * @param folder the folder, not null
     * @param name the name relative to it, not null
     * @return the file's real path, inside the folder's real path, never null
     * @throws NoSuchFileException if there is no such file
     * @throws RefusedFileException if the name, or a link on its way, leads outside the folder
     * @throws IOException if the folder cannot be read
     */
    public static Path inside(Path folder, String name) throws IOException {
        Path root = folder.toRealPath();
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root)) {
            throw new RefusedFileException(name + " is outside the folder " + folder);
        }
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            throw new RefusedFileException(name + " is a link to a file outside the folder " + folder + " (" + real
                    + "); a profile reads only the files its folder holds");
        }
        return real;
    }

    /** @param file a file that is not a regular file, not null @return what it is, in words */
    public static String kind(Path file) {
        if (Files.isDirectory(file)) {
            return "a directory";
        }
        try {
            Object type = Files.readAttributes(file, "unix:mode").get("mode");
            if (type instanceof Integer mode) {
                return switch (mode & 0170000) {
                    case 0010000 -> "a FIFO";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // the kind is only for the message
        }
        return "a device, FIFO or other special file";
    }

    private static String size(long limit) {
        return limit + " bytes"
                + (limit >= 1 << 20 && limit % (1 << 20) == 0
                        ? " (" + (limit >> 20) + " MiB)"
                        : limit >= 1 << 10 && limit % (1 << 10) == 0 ? " (" + (limit >> 10) + " KiB)" : "");
    }
}
