package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code budget extract} and {@code budget verify} on hostile PDFs, each made byte by byte here: a carried file that
 * deflates gigabytes of zeros into a few megabytes, a structure tree that holds itself, a table cell spanning two
 * billion rows and columns, a carried file named {@code /}, a FIFO and a link to {@code /dev/zero} named
 * {@code .pdf}. Each exits 2 with one clear line, in bounded memory (the tests run under the build's heap), never
 * with a stack trace or a hang.
 */
class HostilePdfTest {

    @TempDir
    Path dir;

    private static byte[] pdf(List<String> objects, byte[] streamData, int streamObject) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (i + 1 == streamObject) {
                write(out, "<< /Length " + streamData.length + " " + objects.get(i) + " >>\nstream\n");
                out.writeBytes(streamData);
                write(out, "\nendstream");
            } else {
                write(out, objects.get(i));
            }
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(out, String.format("%010d 00000 n \n", o));
        }
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A PDF carrying one file (object 5) under the name given, and the structure tree given (objects 6…). */
    private static byte[] carrying(String name, byte[] data, String filter, List<String> structure) {
        List<String> objects = new ArrayList<>(List.of(
                "<< /Type /Catalog /Pages 2 0 R /AF [4 0 R]" + (structure.isEmpty() ? "" : " /StructTreeRoot 6 0 R")
                        + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
                "<< /Type /Filespec /F (" + name + ") /UF (" + name + ") /AFRelationship /Data /EF << /F 5 0 R >> >>",
                "/Type /EmbeddedFile /Subtype /application#2Fjson " + filter));
        objects.addAll(structure);
        return pdf(objects, data, 5);
    }

    private static final byte[] ONE_FIGURE =
            "{\"figures\":[{\"table\":\"t\",\"row\":1,\"column\":1,\"value\":\"1\"}]}".getBytes(StandardCharsets.UTF_8);

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void aCarriedFileThatDeflatesToGigabytesIsRefusedAtItsLimit() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (DeflaterOutputStream d = new DeflaterOutputStream(packed, new Deflater(9))) {
            for (int i = 0; i < 2048; i++) {
                d.write(zeros);
            }
        }
        Path bomb = file("bomb.pdf", carrying("figures.json", packed.toByteArray(), "/Filter /FlateDecode", List.of()));
        for (String command : List.of("extract", "verify")) {
            CommandLineTest.Run r = command.equals("extract")
                    ? CommandLineTest.run(
                            command,
                            bomb.toString(),
                            "--out",
                            dir.resolve("out").toString())
                    : CommandLineTest.run(command, bomb.toString());
            assertThat(r.status()).as(command + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("figures.json unpacks to more than").contains("64 MiB");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aStructureTreeThatHoldsItselfIsWalkedOnce() throws Exception {
        Path cyclic = file(
                "cyclic.pdf",
                carrying(
                        "figures.json",
                        ONE_FIGURE,
                        "",
                        List.of("<< /Type /StructTreeRoot /K 7 0 R >>", "<< /S /Sect /K 7 0 R >>")));
        CommandLineTest.Run r = CommandLineTest.run("verify", cyclic.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED: 1 of 1");
    }

    @Test
    void aCellSpanningBillionsOfRowsAndColumnsIsBounded() throws Exception {
        Path span = file(
                "span.pdf",
                carrying(
                        "figures.json",
                        ONE_FIGURE,
                        "",
                        List.of(
                                "<< /Type /StructTreeRoot /K 7 0 R >>",
                                "<< /S /Table /ID (t) /K [8 0 R] >>",
                                "<< /S /TBody /K [9 0 R] >>",
                                "<< /S /TR /K [10 0 R 10 0 R] >>",
                                "<< /S /TD /A << /O /Table /RowSpan 2000000000 /ColSpan 2000000000 >> >>")));
        CommandLineTest.Run r = CommandLineTest.run("verify", span.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("table t covers more than");
    }

    @Test
    void aCarriedFileNamedSlashIsWrittenUnderAPlainName() throws Exception {
        Path slash = file("slash.pdf", carrying("/", ONE_FIGURE, "", List.of()));
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("extract", slash.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("figures.json")).hasBinaryContent(ONE_FIGURE);
    }

    @Test
    void aCarriedFileNamedLikeAShellsSettingsIsWrittenUnderAPlainName() throws Exception {
        Path dot = file("dot.pdf", carrying(".bashrc", ONE_FIGURE, "", List.of()));
        Path out = Files.createDirectories(dir.resolve("home"));
        Files.writeString(out.resolve(".bashrc"), "mine");
        CommandLineTest.Run r = CommandLineTest.run("extract", dot.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve(".bashrc")).hasContent("mine");
        assertThat(out.resolve("figures.json")).hasBinaryContent(ONE_FIGURE);
    }

    @Test
    void carriedFiguresThatAreNotJsonOrNestTooDeepAreExplainedWithoutTheParsersInternals() throws Exception {
        for (byte[] figures : List.of(
                new byte[] {(byte) 0xff, (byte) 0xfe, '[', '['},
                "[".repeat(5000).getBytes(StandardCharsets.UTF_8))) {
            Path p = file("figures.pdf", carrying("figures.json", figures, "", List.of()));
            CommandLineTest.Run r = CommandLineTest.run("verify", p.toString());
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err())
                    .contains("cannot read the PDF's figures")
                    .doesNotContain("Source")
                    .doesNotContain("StreamReadConstraints")
                    .doesNotContain("StreamReadFeature");
        }
    }

    @Test
    void carriedFiguresWhoseDateIsNotADateFailWithoutAStackTrace() throws Exception {
        byte[] source = Files.readAllBytes(ExtractVerifyTest.FINANCE);
        byte[] figures = "{\"date\":\"99999-01-01\",\"figures\":[]}".getBytes(StandardCharsets.UTF_8);
        // two carried files: the figures (object 5) and the budget file (object 7)
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R /AF [4 0 R 6 0 R] >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
                "<< /Type /Filespec /F (figures.json) /UF (figures.json) /AFRelationship /Data /EF << /F 5 0 R >> >>",
                "<< /Length " + figures.length + " /Type /EmbeddedFile >>\nstream\n"
                        + new String(figures, StandardCharsets.ISO_8859_1) + "\nendstream",
                "<< /Type /Filespec /F (s.json) /UF (s.json) /AFRelationship /Source /EF << /F 7 0 R >> >>",
                "/Type /EmbeddedFile");
        Path p = file("date.pdf", pdf(objects, source, 7));
        CommandLineTest.Run r = CommandLineTest.run("verify", p.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("date \"99999-01-01\" is not a date");
    }

    @Test
    void aFifoOrADeviceNamedPdfIsRefusedWithoutBeingRead() throws Exception {
        Path fifo = dir.resolve("fifo.pdf");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        Path zero = Files.createSymbolicLink(dir.resolve("zero.pdf"), Path.of("/dev/zero"));
        for (Path p : List.of(fifo, zero)) {
            for (String command : List.of("extract", "verify")) {
                CommandLineTest.Run r = CommandLineTest.run(command, p.toString());
                assertThat(r.status()).as(command + " " + p + r.err()).isEqualTo(2);
                assertThat(r.err()).contains("not a regular file");
            }
        }
    }
}
