package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetdisclosure.render.html.LinkedFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML files linking shared font files ({@code --shared-fonts}): written once per folder, all or none. */
class SharedFontFilesTest {

    private static final Pattern SRC = Pattern.compile("src: url\\(\"([^\"]+)\"\\)");

    @TempDir
    Path dir;

    private static List<String> sources(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = SRC.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private List<Path> fontFiles() throws IOException {
        Path fonts = dir.resolve(LinkedFonts.FOLDER);
        if (!Files.isDirectory(fonts)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(fonts)) {
            return list.sorted().toList();
        }
    }

    @Test
    void theHtmlLinksTheFontsItEmbedsByDefaultWrittenOnceForTheFolder() throws IOException {
        Disclosure d = Disclosure.of(TestBudgets.small("某县测试局").build());
        List<Path> first = d.writeToSharingFonts(dir, "a", (t, o) -> o, Format.PDF, Format.DOCX, Format.HTML);
        String embedded = new String(d.bytes(Format.HTML), StandardCharsets.UTF_8);
        String linked = read(dir.resolve("a.html"));
        List<String> inline = sources(embedded);
        List<String> links = sources(linked);

        assertThat(links).hasSameSizeAs(inline).isNotEmpty().allMatch(s -> s.matches("fonts/[0-9a-f]{16}\\.woff"));
        assertThat(linked).doesNotContain("data:font");
        // the same fonts: each linked file holds the bytes the self-contained file carries in base64
        for (int i = 0; i < links.size(); i++) {
            byte[] file = Files.readAllBytes(dir.resolve(links.get(i)));
            assertThat(file)
                    .isEqualTo(Base64.getDecoder().decode(inline.get(i).substring("data:font/woff;base64,".length())));
            assertThat(LinkedFonts.name(file)).isEqualTo(links.get(i).substring("fonts/".length()));
        }
        // everything else in the file is the same
        assertThat(linked.replaceAll(SRC.pattern(), "")).isEqualTo(embedded.replaceAll(SRC.pattern(), ""));
        assertThat(first).hasSize(3 + links.size());
        // the PDF and DOCX do not change
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).isEqualTo(d.bytes(Format.PDF));
        assertThat(Files.readAllBytes(dir.resolve("a.docx"))).isEqualTo(d.bytes(Format.DOCX));

        // a second document with the same characters adds no font file
        List<Path> second = Disclosure.of(TestBudgets.small("某县测试局").build())
                .writeToSharingFonts(dir, "b", (t, o) -> o, Format.HTML);
        assertThat(second).containsExactly(dir.toAbsolutePath().normalize().resolve("b.html"));
        assertThat(sources(read(dir.resolve("b.html")))).isEqualTo(links);
        assertThat(fontFiles()).hasSize(links.size());

        // one with other characters adds its own, and the first document's stay
        Disclosure.of(TestBudgets.small("某市另一个测试局").build()).writeToSharingFonts(dir, "c", (t, o) -> o, Format.HTML);
        List<String> others = sources(read(dir.resolve("c.html")));
        assertThat(others).isNotEqualTo(links);
        for (String link : links) {
            assertThat(dir.resolve(link)).isRegularFile();
        }
        for (String link : others) {
            assertThat(dir.resolve(link)).isRegularFile();
        }
    }

    @Test
    void aFontFileThatWasAlteredIsWrittenAgain() throws IOException {
        Disclosure d = Disclosure.of(TestBudgets.small("某县测试局").build());
        d.writeToSharingFonts(dir, "a", (t, o) -> o, Format.HTML);
        Path font = dir.resolve(sources(read(dir.resolve("a.html"))).get(0));
        byte[] good = Files.readAllBytes(font);
        Files.write(font, new byte[] {1, 2, 3});
        d.writeToSharingFonts(dir, "a", (t, o) -> o, Format.HTML);
        assertThat(Files.readAllBytes(font)).isEqualTo(good);
    }

    @Test
    void aFailureLeavesNeitherTheDocumentsNorTheirFonts() throws IOException {
        Disclosure d = Disclosure.of(TestBudgets.small("某县测试局").build());
        assertThatThrownBy(() -> d.writeToSharingFonts(
                        dir,
                        "a",
                        (target, out) -> target.toString().endsWith(".docx")
                                ? new OutputStream() {
                                    @Override
                                    public void write(int b) throws IOException {
                                        throw new IOException("disk full");
                                    }
                                }
                                : out,
                        Format.HTML,
                        Format.PDF,
                        Format.DOCX))
                .hasMessageContaining("disk full");
        try (Stream<Path> left = Files.walk(dir)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void documentsWrittenInParallelShareTheirFontsAndLinkOnlyFilesThatAreThere() throws Exception {
        Disclosure d = Disclosure.of(TestBudgets.small("某县测试局").build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Path>>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "d" + i;
                runs.add(pool.submit(() -> d.writeToSharingFonts(dir, name, (t, o) -> o, Format.HTML)));
            }
            for (Future<List<Path>> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> links = sources(read(dir.resolve("d0.html")));
        assertThat(fontFiles()).hasSize(links.size());
        for (int i = 0; i < 12; i++) {
            assertThat(sources(read(dir.resolve("d" + i + ".html")))).isEqualTo(links);
        }
        for (String link : links) {
            assertThat(LinkedFonts.name(Files.readAllBytes(dir.resolve(link))))
                    .isEqualTo(link.substring("fonts/".length()));
        }
    }
}
