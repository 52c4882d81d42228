package org.budgetdisclosure.render;

/**
 * The output formats of a disclosure.
 */
public enum Format {
    /** PDF (OpenPDF), A4, fonts embedded and subsetted. */
    PDF("pdf", "application/pdf"),
    /** Word (Apache POI), fonts embedded by default. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** One self-contained HTML file (FreeMarker), font subset embedded. */
    HTML("html", "text/html");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @return the file extension without the dot, never null */
    public String extension() {
        return extension;
    }

    /** @return the media type, never null */
    public String mediaType() {
        return mediaType;
    }

    /**
     * @param name a format name or extension, any case, such as {@code pdf}
     * @return the format, never null
     * @throws IllegalArgumentException naming the value and the formats expected
     */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': expected pdf, docx or html");
    }
}
