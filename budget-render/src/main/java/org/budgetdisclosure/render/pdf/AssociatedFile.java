package org.budgetdisclosure.render.pdf;

import java.util.Objects;

/**
 * A file a PDF carries with it (PDF/A-3 associated file, 关联文件): its name, media type, description, how it
 * relates to the document, and its bytes.
 *
 * @param name the file name, such as {@code figures.json}, not blank
 * @param mediaType the media type, such as {@code application/json}, not blank
 * @param description what it holds, in the document's language, not null
 * @param relationship how it relates to the document, not null
 * @param bytes its content, copied, not null
 */
public record AssociatedFile(
        String name, String mediaType, String description, Relationship relationship, byte[] bytes) {

    /** The {@code AFRelationship} of ISO 19005-3: the figures are {@code Data}, the budget file {@code Source}. */
    public enum Relationship {
        /** The data the document shows (its tables' figures). */
        DATA("Data"),
        /** The file the document was made from (the budget file). */
        SOURCE("Source");

        private final String pdfName;

        Relationship(String pdfName) {
            this.pdfName = pdfName;
        }

        /** @return the name written in the PDF */
        public String pdfName() {
            return pdfName;
        }
    }

    /** Validates and copies. */
    public AssociatedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(relationship, "relationship");
        if (name.isBlank() || mediaType.isBlank()) {
            throw new IllegalArgumentException("an associated file needs a name and a media type");
        }
        bytes = bytes.clone();
    }

    /**
     * The name to write the file under, whatever the PDF says: the last part of its name (so that {@code ../../x}
     * is {@code x}, {@code /} or {@code ..} nothing), without control characters, at most 255 bytes in UTF-8, not
     * hidden (a name starting with a dot, such as {@code .bashrc}, would replace a shell's settings where a PDF is
     * extracted in a home folder); where nothing usable is left, {@code source} or {@code figures.json} by its
     * relationship.
     *
     * @return a plain file name, never blank
     */
    public String fileName() {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (last.isEmpty()
                || last.startsWith(".")
                || last.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            return relationship == Relationship.SOURCE ? "source" : "figures.json";
        }
        return last;
    }

    /** @return a copy of the content */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssociatedFile f
                && f.name.equals(name)
                && f.mediaType.equals(mediaType)
                && f.description.equals(description)
                && f.relationship == relationship
                && java.util.Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, relationship, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "AssociatedFile[" + name + ", " + mediaType + ", " + relationship + ", " + bytes.length + " bytes]";
    }
}
