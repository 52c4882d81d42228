package org.budgetdisclosure.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.budgetdisclosure.render.writer.NonClosingOutputStream;

/**
 * Rewrites an OOXML package with fixed entry times (noon of the document date, independent of the time
 * zone) and a fixed entry order ({@code [Content_Types].xml} first,
 * then the others by name), so that the same document always gives the same bytes. Entries are copied one at a
 * time, and a part may be replaced by a writer that streams it (the document body), so a large document never
 * sits in memory uncompressed, or by one already deflated ({@link DeflatedPart}: a font deflated once for the DOCX
 * and the HTML), written as it is. Shared by the DOCX and XLSX writers. Written with commons-compress, the only zip
 * writer that takes an entry already deflated: no zip64 fields, no extended timestamps; the parts it deflates
 * itself end with a data descriptor (their sizes and CRC are known only once written), the parts given deflated
 * carry theirs in the local header.
 */
public final class StableZip {

    /** Writes a part's content. */
    public interface PartWriter {
        /** @param out where the part goes; not to be closed @throws IOException if the stream fails */
        void write(OutputStream out) throws IOException;
    }

    /**
     * A part already deflated: a raw deflate stream (RFC 1951) and what its zip entry states of it.
     *
     * @param size the length of the part inflated
     * @param crc32 the CRC-32 of the part inflated
     * @param compressedSize the length of the deflate stream
     * @param data opens the deflate stream, not null
     */
    public record DeflatedPart(long size, long crc32, long compressedSize, Supplier<InputStream> data) {

        /** @throws NullPointerException if {@code data} is null */
        public DeflatedPart {
            java.util.Objects.requireNonNull(data, "data");
        }
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
        rewrite(zip, out, date, replaced, Map.of(), level);
    }

    /**
     * As {@link #rewrite(byte[], OutputStream, LocalDate, Map, int)}, some parts given already deflated.
     *
     * @param zip the package as written by POI (best stored, uncompressed), not null
     * @param out where the stable package goes; not closed, not null
     * @param date the time given to every entry, not null
     * @param replaced parts written by the caller instead of copied, by entry name, not null
     * @param deflated parts given already deflated instead of copied, by entry name, not null
     * @param level the deflate level of the parts other than fonts, such as {@link Deflater#BEST_SPEED}
     * @throws IOException if the package cannot be read or the stream fails
     */
    public static void rewrite(
            byte[] zip,
            OutputStream out,
            LocalDate date,
            Map<String, PartWriter> replaced,
            Map<String, DeflatedPart> deflated,
            int level)
            throws IOException {
        // the DOS time field holds a local date-time, which commons-compress takes from an instant in the JVM's time
        // zone: noon of the date in that zone is written as noon of the date, whatever the zone, and no extended
        // timestamp. Not midnight: where the clocks skip 00:00 on that date (daylight saving in Santiago, Havana,
        // Beirut, Cairo…) midnight does not exist and would be written as 01:00; no zone changes its clocks at noon
        long time = date.atTime(java.time.LocalTime.NOON)
                .atZone(ZoneId.systemDefault())
                .toInstant()
                .toEpochMilli();
        try (ZipFile in = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                        .get();
                ZipArchiveOutputStream zipOut = new ZipArchiveOutputStream(new NonClosingOutputStream(out))) {
            zipOut.setUseZip64(Zip64Mode.Never);
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                names.add(e.getName());
            }
            names.sort((a, b) -> a.equals(b)
                    ? 0
                    : a.equals("[Content_Types].xml") ? -1 : b.equals("[Content_Types].xml") ? 1 : a.compareTo(b));
            for (String name : names) {
                ZipArchiveEntry entry = new ZipArchiveEntry(name);
                entry.setTime(time);
                entry.setMethod(ZipEntry.DEFLATED);
                DeflatedPart given = deflated.get(name);
                if (given != null) {
                    entry.setSize(given.size());
                    entry.setCrc(given.crc32());
                    entry.setCompressedSize(given.compressedSize());
                    try (InputStream data = given.data().get()) {
                        zipOut.addRawArchiveEntry(entry, data);
                    }
                    continue;
                }
                // font glyphs compress little and slowly: the fastest level for them, the usual one for XML
                zipOut.setLevel(name.endsWith(".odttf") ? Deflater.BEST_SPEED : level);
                zipOut.putArchiveEntry(entry);
                PartWriter writer = replaced.get(name);
                if (writer != null) {
                    writer.write(new NonClosingOutputStream(zipOut));
                } else {
                    try (InputStream part = in.getInputStream(in.getEntry(name))) {
                        part.transferTo(zipOut);
                    }
                }
                zipOut.closeArchiveEntry();
            }
            zipOut.finish();
        }
    }
}
