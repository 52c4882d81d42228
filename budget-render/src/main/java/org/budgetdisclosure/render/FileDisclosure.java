package org.budgetdisclosure.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.profile.Profile;

/**
 * The disclosure of a file, in the layout the file names: what {@link Disclosures#read(Path)} returns. Immutable.
 *
 * @param file the file it was read from, not null
 * @param layout the layout it is published in, not null
 * @param publication the disclosure: a {@link Disclosure} for a budget, a {@link FinalDisclosure} for final
 *     accounts; not null
 * @param warnings the warnings: that the file names no layout (rule {@value FileLayout#DEFAULT_RULE}), then the
 *     validation's; never null
 */
public record FileDisclosure(Path file, Profile layout, Publication publication, List<Finding> warnings) {

    /** Checks and copies the fields. */
    public FileDisclosure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(publication, "publication");
        warnings = List.copyOf(warnings);
    }

    static FileDisclosure of(Path file, FileLayout layout, Publication publication) {
        List<Finding> warnings = new ArrayList<>();
        layout.warning().ifPresent(warnings::add);
        warnings.addAll(publication.validation().warnings());
        return new FileDisclosure(file, layout.profile(), publication, warnings);
    }

    /** @return the file's name without its extension ({@code 304} for {@code 304.json}), never null */
    public String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Writes the disclosure into a directory, each file named after the file read: {@code directory/NAME.pdf}…
     *
     * @param directory the directory, created if missing, not null
     * @param formats the formats, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written (none of that format is left)
     */
    public List<Path> writeTo(Path directory, Format... formats) throws IOException {
        return publication.writeTo(directory, baseName(), formats);
    }

    /** @param format the format, not null @return the file's bytes, never null */
    public byte[] bytes(Format format) {
        return publication.bytes(format);
    }
}
