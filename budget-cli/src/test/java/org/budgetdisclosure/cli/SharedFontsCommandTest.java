package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetdisclosure.cli.CommandLineTest.Run;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shared-fonts}: the HTML files of batch and render link one set of font files in the output folder. */
class SharedFontsCommandTest {

    private static final Pattern LINK = Pattern.compile("url\\(\"(fonts/[0-9a-f]{16}\\.woff)\"\\)");

    @TempDir
    Path dir;

    private static List<String> links(Path html) throws IOException {
        Matcher m = LINK.matcher(Files.readString(html));
        return m.results().map(r -> r.group(1)).toList();
    }

    private static List<Path> fonts(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve("fonts"))) {
            return list.toList();
        }
    }

    @Test
    void aBatchWritesTheFontsOnceAndEveryHtmlLinksThem() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a", "b", "c")) {
            Files.copy(CommandLineTest.REFERENCE, in.resolve(name + ".json"));
        }
        Path out = dir.resolve("out");
        Run r = run("batch", in.toString(), "--out", out.toString(), "-f", "html,pdf", "--shared-fonts", "-j", "2");
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        List<String> links = links(out.resolve("a.html"));
        assertThat(links).hasSize(3);
        assertThat(links(out.resolve("b.html"))).isEqualTo(links);
        assertThat(links(out.resolve("c.html"))).isEqualTo(links);
        assertThat(fonts(out)).hasSize(3);
        for (String link : links) {
            assertThat(out.resolve(link)).isRegularFile();
        }
        // the same text as the self-contained HTML, a quarter of its size
        Path plain = dir.resolve("plain");
        assertThat(run("render", CommandLineTest.REFERENCE.toString(), "--out", plain.toString(), "-f", "html")
                        .status())
                .isZero();
        Path self = plain.resolve("leting-industry-bureau-2022.html");
        assertThat(Jsoup.parse(out.resolve("a.html").toFile()).text())
                .isEqualTo(Jsoup.parse(self.toFile()).text());
        assertThat(Files.size(out.resolve("a.html"))).isLessThan(Files.size(self) / 2);
        assertThat(Files.readString(out.resolve("a.html"))).doesNotContain("data:font");
    }

    @Test
    void renderOfFinalAccountsSharesFontsToo() throws IOException {
        Path out = dir.resolve("out");
        Run r = run(
                "render",
                FinalAccountsCommandTest.FINAL.toString(),
                "--out",
                out.toString(),
                "-f",
                "html",
                "--shared-fonts");
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        try (Stream<Path> list = Files.list(out)) {
            Path html =
                    list.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            List<String> links = links(html);
            assertThat(links).isNotEmpty();
            assertThat(fonts(out)).hasSameSizeAs(links);
        }
    }
}
