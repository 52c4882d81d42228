package org.budgetdisclosure.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.budgetdisclosure.render.writer.NonClosingOutputStream;

/**
 * Rewrites an OOXML package with fixed entry times (midnight UTC of the document date, independent of the time
 * zone) and a fixed entry order ({@code [Content_Types].xml} first,
 * then the others by name), so that the same document always gives the same bytes. Entries are copied one at a
 * time, and a part may be replaced by a writer that streams it (the document body), so a large document never
 * sits in memory uncompressed. Shared by the DOCX and XLSX writers.
 */
public final class StableZip {

    /** Writes a part's content. */
    public interface PartWriter {
        /** @param out where the part goes; not to be closed @throws IOException if the stream fails */
        void write(OutputStream out) throws IOException;
    }

    private StableZip() {}

    /**
     * @param zip the package as written by POI (best stored, uncompressed), not null
     * @param out where the stable package goes; not closed, not null
     * @param date the time given to every entry, not null
     * @param replaced parts written by the caller instead of copied, by entry name, not null
     * @throws IOException if the package cannot be read or the stream fails
     */
    public static void rewrite(byte[] zip, OutputStream out, LocalDate date, Map<String, PartWriter> replaced)
            throws IOException {
        rewrite(zip, out, date, replaced, Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * As {@link #rewrite(byte[], OutputStream, LocalDate, Map)}, deflating the XML parts at a given level.
     *
     * @param zip the package as written by POI (best stored, uncompressed), not null
     * @param out where the stable package goes; not closed, not null
     * @param date the time given to every entry, not null
     * @param replaced parts written by the caller instead of copied, by entry name, not null
     * @param level the deflate level of the parts other than fonts, such as {@link Deflater#BEST_SPEED}
     * @throws IOException if the package cannot be read or the stream fails
     */
    public static void rewrite(
            byte[] zip, OutputStream out, LocalDate date, Map<String, PartWriter> replaced, int level)
            throws IOException {
        try (ZipFile in = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                        .get();
                ZipOutputStream zipOut = new ZipOutputStream(new NonClosingOutputStream(out))) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                names.add(e.getName());
            }
            names.sort((a, b) -> a.equals(b)
                    ? 0
                    : a.equals("[Content_Types].xml") ? -1 : b.equals("[Content_Types].xml") ? 1 : a.compareTo(b));
            for (String name : names) {
                // font glyphs compress little and slowly: the fastest level for them, the usual one for XML
                zipOut.setLevel(name.endsWith(".odttf") ? Deflater.BEST_SPEED : level);
                ZipEntry entry = new ZipEntry(name);
                // the DOS time field holds a local date-time: setTime and setLastModifiedTime convert through the
                // JVM's time zone (TZ=Asia/Shanghai wrote 08:00); setTimeLocal writes midnight UTC of the date as
                // it stands, and no extended timestamp, whatever the zone
                entry.setTimeLocal(date.atStartOfDay());
                zipOut.putNextEntry(entry);
                PartWriter writer = replaced.get(name);
                if (writer != null) {
                    writer.write(new NonClosingOutputStream(zipOut));
                } else {
                    try (InputStream part = in.getInputStream(in.getEntry(name))) {
                        part.transferTo(zipOut);
                    }
                }
                zipOut.closeEntry();
            }
        }
    }
}
