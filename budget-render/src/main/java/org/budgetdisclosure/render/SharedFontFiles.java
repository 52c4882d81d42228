package org.budgetdisclosure.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdisclosure.render.html.LinkedFonts;
import org.budgetdisclosure.render.internal.AtomicFileSet;

/**
 * A folder's documents written whole or not at all, their HTML files linking shared font files (共用字体文件)
 * instead of embedding them: as {@link AtomicFileSet}, with the fonts the HTMLs link ({@link #fonts()}) written
 * into {@code fonts/} of the folder when the documents are committed. A font file already there with the same
 * bytes is kept (its name is its content's hash, so it is written once per folder); the new ones are moved into
 * place before the documents, so an HTML never appears without its fonts, and removed again if the documents
 * cannot be committed: all or none. Commits into one folder are serialised within the process, so the writers of
 * a batch never replace or remove a font file another document links. Not thread-safe itself.
 *
 * <pre>{@code
 * try (SharedFontFiles set = new SharedFontFiles(dir)) {
 *     set.add(dir.resolve("a.html"), out -> disclosure.write(Format.HTML, out, set.fonts()));
 *     set.commit();
 * }
 * }</pre>
 */
public final class SharedFontFiles implements AutoCloseable {

    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final LinkedFonts fonts = new LinkedFonts();
    private final AtomicFileSet documents = new AtomicFileSet();

    /** Writes a document in a format, its HTML's fonts from a source. */
    @FunctionalInterface
    interface Writer {
        void write(Format format, java.io.OutputStream out, org.budgetdisclosure.render.html.FontSource fonts)
                throws IOException;
    }

    /** A document's files in a folder, all or none, the HTML linking shared fonts. */
    static List<Path> write(
            Path directory,
            String name,
            java.util.function.BiFunction<Path, java.io.OutputStream, java.io.OutputStream> streams,
            Writer writer,
            Format... formats)
            throws IOException {
        Files.createDirectories(directory);
        try (SharedFontFiles set = new SharedFontFiles(directory)) {
            for (Format format : formats) {
                Path target = directory.resolve(name + "." + format.extension());
                set.add(target, out -> {
                    try (java.io.OutputStream stream = streams.apply(target, out)) {
                        writer.write(format, stream, set.fonts());
                    }
                });
            }
            return set.commit();
        }
    }

    /** @param directory the folder of the documents, existing, not null */
    public SharedFontFiles(Path directory) {
        this.directory =
                Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    /** @return the font source of the HTML files of this set, never null */
    public LinkedFonts fonts() {
        return fonts;
    }

    /**
     * Writes a document's content to a temporary file beside it.
     *
     * @param target the file, in this set's folder, not null; each target once
     * @param content writes the content, not null
     * @throws IOException if it cannot be written
     */
    public void add(Path target, WholeFiles.Content content) throws IOException {
        documents.add(target, content::writeTo);
    }

    /**
     * Writes the font files the documents link that the folder does not have yet, then moves every document into
     * place.
     *
     * @return the documents, in the order added, then the font files written (not those already there)
     * @throws IOException if a file cannot be written or moved (none of the documents nor of the new fonts is left)
     */
    public List<Path> commit() throws IOException {
        Map<String, byte[]> linked = fonts.files();
        if (linked.isEmpty()) {
            return documents.commit();
        }
        Path folder = directory.resolve(LinkedFonts.FOLDER);
        synchronized (LOCKS.computeIfAbsent(folder, k -> new Object())) {
            Files.createDirectories(folder);
            List<Path> written;
            try (AtomicFileSet set = new AtomicFileSet()) {
                for (Map.Entry<String, byte[]> font : linked.entrySet()) {
                    Path target = folder.resolve(font.getKey());
                    if (!same(target, font.getValue())) {
                        set.add(target, out -> out.write(font.getValue()));
                    }
                }
                written = set.commit();
            }
            try {
                List<Path> all = new ArrayList<>(documents.commit());
                all.addAll(written);
                return all;
            } catch (IOException | RuntimeException e) {
                for (Path font : written) {
                    try {
                        Files.deleteIfExists(font);
                    } catch (IOException x) {
                        e.addSuppressed(x);
                    }
                }
                throw e;
            }
        }
    }

    /** Whether a file is there, a regular file, with these bytes (not a half-copied or altered one). */
    private static boolean same(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** Removes the temporary files of what was not committed. */
    @Override
    public void close() throws IOException {
        documents.close();
    }
}
