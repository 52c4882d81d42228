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
    HTML("html", "text/html"),
    /** Excel (Apache POI): one sheet per table, figures as numeric cells with their exact values. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Every figure of every table as a CSV line: table, row code and name, level, column, exact value, unit. */
    CSV("csv", "text/csv"),
    /** Every figure of every table as a JSON record, as in {@link #CSV}. */
    JSON("json", "application/json");

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
        throw new IllegalArgumentException(
                "unknown format '" + name + "': expected pdf, docx, html, xlsx, csv or json");
    }
}
