package org.budgetdisclosure.io.workbook;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites the package POI wrote with fixed entry times and order ({@code [Content_Types].xml} first, then by
 * name): same workbook, same bytes, under any time zone.
 */
final class WorkbookZip {

    private WorkbookZip() {}

    static void rewrite(byte[] zip, OutputStream out, LocalDate date) throws IOException {
        OutputStream kept = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (ZipFile in = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                        .get();
                ZipOutputStream zipOut = new ZipOutputStream(kept)) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                names.add(e.getName());
            }
            names.sort((a, b) -> a.equals(b)
                    ? 0
                    : a.equals("[Content_Types].xml") ? -1 : b.equals("[Content_Types].xml") ? 1 : a.compareTo(b));
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                // the DOS time field holds a local date-time: setTime converts through the JVM's time zone
                // (TZ=Asia/Shanghai wrote 08:00); setTimeLocal writes midnight of the date whatever the zone
                entry.setTimeLocal(date.atStartOfDay());
                zipOut.putNextEntry(entry);
                try (InputStream part = in.getInputStream(in.getEntry(name))) {
                    part.transferTo(zipOut);
                }
                zipOut.closeEntry();
            }
        }
    }
}
