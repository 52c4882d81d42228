package org.budgetdisclosure.render.narrative;

import freemarker.cache.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.model.files.InputFiles;

/**
 * The templates of a folder (a user's profile or template directory), each resolved inside the folder after
 * following every link ({@link InputFiles#inside}) and read under the checks of every input (a regular file, at
 * most {@link #MAX_BYTES}): a link to {@code /etc/passwd} or a FIFO named {@code .ftl} is refused with its name, never
 * read. A link from one file of the folder to another is followed. Thread-safe.
 */
final class FolderTemplateLoader implements TemplateLoader {

    /** The largest template read, in bytes. */
    static final int MAX_BYTES = 1 << 20;

    private final Path folder;

    FolderTemplateLoader(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null; // not this folder's: the next loader (the bundled templates) is asked
        }
        try {
            Path real = InputFiles.inside(folder, name);
            InputFiles.check(real, MAX_BYTES, "templates");
            return real;
        } catch (InputFiles.RefusedFileException e) {
            throw new IOException("the template " + name + " of " + folder + " is refused: " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(
                    "the template " + name + " of " + folder + " is a link to a file that does not " + "exist");
        }
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        byte[] bytes = InputFiles.read((Path) source, MAX_BYTES, "templates");
        return new InputStreamReader(new ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing held open
    }
}
