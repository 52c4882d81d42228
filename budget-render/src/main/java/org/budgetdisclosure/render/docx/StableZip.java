package org.budgetdisclosure.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.budgetdisclosure.render.NonClosingOutputStream;

/**
 * Rewrites an OOXML package with fixed entry times and a fixed entry order ({@code [Content_Types].xml} first,
 * then the others by name), so that the same document always gives the same bytes.
 */
final class StableZip {

    private StableZip() {
    }

    static void rewrite(byte[] zip, OutputStream out, LocalDate date) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort((a, b) -> a.equals(b) ? 0 : a.equals("[Content_Types].xml") ? -1
                : b.equals("[Content_Types].xml") ? 1 : a.compareTo(b));
        FileTime time = FileTime.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        try (ZipOutputStream zipOut = new ZipOutputStream(new NonClosingOutputStream(out))) {
            zipOut.setLevel(6);
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setLastModifiedTime(time);
                entry.setTime(time.toMillis());
                zipOut.putNextEntry(entry);
                zipOut.write(entries.get(name));
                zipOut.closeEntry();
            }
        }
    }
}
