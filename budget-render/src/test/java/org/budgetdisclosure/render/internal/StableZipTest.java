package org.budgetdisclosure.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The stable package read back: entries in order, every one inflated with its CRC-32 checked, a part given already
 * deflated written as it is (no data descriptor), the DOS time noon of the date in any time zone (even one whose clocks skip midnight that day), and no extra
 * fields (no extended timestamp, no zip64).
 */
class StableZipTest {

    /** Santiago de Chile put its clocks from 00:00 to 01:00 on this day: midnight did not exist there. */
    private static final LocalDate DATE = LocalDate.of(2022, 9, 11);

    private static final byte[] FONT = "glyphs ".repeat(400).getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSameBytesInEveryTimeZoneEveryEntryCheckedAndTheDeflatedPartAsGiven() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        List<byte[]> written = new ArrayList<>();
        try {
            for (String id :
                    List.of("UTC", "Asia/Shanghai", "America/New_York", "Pacific/Kiritimati", "America/Santiago")) {
                TimeZone.setDefault(TimeZone.getTimeZone(id));
                written.add(rewrite());
            }
        } finally {
            TimeZone.setDefault(zone);
        }
        for (byte[] zip : written) {
            assertThat(zip).isEqualTo(written.get(0));
        }
        byte[] zip = written.get(0);
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                read.put(e.getName(), in.readAllBytes()); // a wrong CRC or size throws
            }
        }
        assertThat(read.keySet())
                .containsExactly("[Content_Types].xml", "word/document.xml", "word/fonts/font1.odttf", "z.xml");
        assertThat(read.get("word/fonts/font1.odttf")).isEqualTo(FONT);
        assertThat(new String(read.get("word/document.xml"), StandardCharsets.UTF_8))
                .isEqualTo("<body>streamed</body>");
        assertThat(new String(read.get("z.xml"), StandardCharsets.UTF_8)).isEqualTo("<z/>");

        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int dosDate = ((2022 - 1980) << 9) | (9 << 5) | 11;
        int at = 0;
        List<String> descriptors = new ArrayList<>();
        while (b.getInt(at) == 0x04034b50) {
            int flags = Short.toUnsignedInt(b.getShort(at + 6));
            assertThat(Short.toUnsignedInt(b.getShort(at + 10))).as("DOS time").isEqualTo(12 << 11);
            assertThat(Short.toUnsignedInt(b.getShort(at + 12))).as("DOS date").isEqualTo(dosDate);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 26));
            assertThat(b.getShort(at + 28)).as("extra field length").isZero();
            String name = new String(zip, at + 30, nameLength, StandardCharsets.UTF_8);
            int data = at + 30 + nameLength;
            if ((flags & 8) != 0) {
                descriptors.add(name);
                at = data + b.getInt(centralCompressedSize(b, name)) + 16;
            } else {
                at = data + b.getInt(at + 18);
            }
        }
        assertThat(descriptors).doesNotContain("word/fonts/font1.odttf");
        int central = at;
        int entries = 0;
        while (b.getInt(at) == 0x02014b50) {
            assertThat(Short.toUnsignedInt(b.getShort(at + 12))).as("DOS time").isEqualTo(12 << 11);
            assertThat(Short.toUnsignedInt(b.getShort(at + 14))).as("DOS date").isEqualTo(dosDate);
            assertThat(b.getShort(at + 30)).as("extra field length").isZero();
            at += 46 + Short.toUnsignedInt(b.getShort(at + 28));
            entries++;
        }
        assertThat(entries).isEqualTo(4);
        assertThat(b.getInt(at)).as("end of central directory, no zip64 record").isEqualTo(0x06054b50);
        assertThat(b.getInt(at + 16)).isEqualTo(central);
        assertThat(at + 22).isEqualTo(zip.length);
    }

    /** Where the central directory states the compressed size of an entry. */
    private static int centralCompressedSize(ByteBuffer b, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < b.limit(); at++) {
            if (b.getInt(at) == 0x02014b50 && b.getShort(at + 28) == wanted.length) {
                byte[] got = new byte[wanted.length];
                b.get(at + 46, got);
                if (java.util.Arrays.equals(got, wanted)) {
                    return at + 20;
                }
            }
        }
        throw new AssertionError("no central entry " + name);
    }

    private static byte[] rewrite() throws IOException {
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(poi)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (String name : List.of("z.xml", "word/fonts/font1.odttf", "word/document.xml", "[Content_Types].xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.equals("z.xml") ? "<z/>".getBytes(StandardCharsets.UTF_8) : new byte[0]);
                zip.closeEntry();
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setInput(FONT);
        deflater.finish();
        byte[] buffer = new byte[FONT.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        byte[] deflated = java.util.Arrays.copyOf(buffer, n);
        CRC32 crc = new CRC32();
        crc.update(FONT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StableZip.rewrite(
                poi.toByteArray(),
                out,
                DATE,
                Map.of(
                        "word/document.xml",
                        part -> part.write("<body>streamed</body>".getBytes(StandardCharsets.UTF_8))),
                Map.of(
                        "word/fonts/font1.odttf",
                        new StableZip.DeflatedPart(
                                FONT.length,
                                crc.getValue(),
                                deflated.length,
                                () -> new ByteArrayInputStream(deflated))),
                Deflater.DEFAULT_COMPRESSION);
        return out.toByteArray();
    }
}
