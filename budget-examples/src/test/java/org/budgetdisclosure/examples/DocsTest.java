package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation cannot point nowhere: every relative link of the README, {@code ARCHITECTURE.md},
 * {@code CHANGELOG.md}, {@code BENCHMARKS.md}, {@code docs/} and the references' README leads to a file that exists
 * (and a {@code #fragment} to a heading of it), every repository path they cite in backticks exists, and every
 * Markdown file the code, the tests and the profiles cite is in the repository. The README's Java example is
 * {@code JavaApiExampleTest}'s, line for line; {@code docs/validation.md} lists every rule of the validation.
 */
class DocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");
    /** A path from the repository's root: a module, the documentation, the scripts. */
    private static final Pattern REPO_PATH = Pattern.compile(
            "(budget-(?:model|render|io|cli|examples|benchmarks|disclosure-bom)|docs|bin|\\.ci)/[A-Za-z0-9_./-]*");

    private static final Pattern CITED_MARKDOWN = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z0-9_-]+\\.md\\b");

    @Test
    void everyRelativeLinkLeadsToAFileAndItsHeading() {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = read(doc);
            Matcher link = LINK.matcher(withoutFencedCode(text));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved =
                        file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such file)");
                } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyCitedRepositoryPathExists() {
        List<String> missing = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher code = CODE.matcher(read(doc));
            while (code.find()) {
                String cited = code.group(1);
                if (REPO_PATH.matcher(cited).matches()
                        && !cited.contains("/target/")
                        && !Files.exists(ROOT.resolve(cited))) {
                    missing.add(ROOT.relativize(doc) + ": " + cited);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMarkdownFileTheSourcesCiteIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path source : files.filter(DocsTest::isSource).toList()) {
                Matcher cited = CITED_MARKDOWN.matcher(read(source));
                while (cited.find()) {
                    if (!isInTheRepository(cited.group())) {
                        missing.add(ROOT.relativize(source) + ": " + cited.group());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theReadmeJavaExampleIsJavaApiExampleTests() {
        String readme = read(ROOT.resolve("README.md"));
        int marker = readme.indexOf("<!-- README Java example");
        assertThat(marker).as("the marked Java example of the README").isNotNegative();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        String test = read(
                ROOT.resolve("budget-examples/src/test/java/org/budgetdisclosure/examples/JavaApiExampleTest.java"));
        // the test writes into a temporary directory where the README writes into out/
        assertThat(example.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .map(line -> line.replace("Path.of(\"out\")", "out")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(test).contains(line));
    }

    @Test
    void everyValidationRuleIsListedAndEveryListedRuleExists() throws IOException {
        Set<String> inCode = new java.util.TreeSet<>();
        Path validation = ROOT.resolve("budget-model/src/main/java/org/budgetdisclosure/model/validation");
        Pattern ruleId = Pattern.compile("\"([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"");
        try (Stream<Path> files = Files.list(validation)) {
            for (Path source : files.toList()) {
                Matcher literal = ruleId.matcher(read(source));
                while (literal.find()) {
                    inCode.add(literal.group(1));
                }
            }
        }
        // field paths the rules report at, not rules
        inCode.removeIf(
                id -> id.startsWith("department.") || id.startsWith("narrative.") || id.startsWith("explanations."));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\| (?:error|warning) \\|")
                .matcher(read(ROOT.resolve("docs/validation.md")));
        Set<String> listed = new java.util.TreeSet<>();
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed).isEqualTo(inCode);
    }

    @Test
    void theReadmeStaysShort() {
        assertThat(read(ROOT.resolve("README.md")).getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(10 * 1024);
    }

    /** The headings of a Markdown file as GitHub anchors them: lower case, punctuation dropped, spaces as dashes. */
    static Set<String> anchors(Path markdown) {
        if (!markdown.toString().endsWith(".md")) {
            return Set.of();
        }
        return withoutFencedCode(read(markdown))
                .lines()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                        .strip()
                        .replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(
                ROOT.resolve("README.md"),
                ROOT.resolve("ARCHITECTURE.md"),
                ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("BENCHMARKS.md"),
                ROOT.resolve("budget-examples/src/test/resources/reference/README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(documents).allSatisfy(doc -> assertThat(doc).exists());
        return documents;
    }

    /** From the root (README.md, docs/sizing.md) or, a file name alone, from docs/ (DOMAIN.md). */
    private static boolean isInTheRepository(String cited) {
        return Files.exists(ROOT.resolve(cited))
                || !cited.contains("/") && Files.exists(ROOT.resolve("docs").resolve(cited));
    }

    private static boolean isSource(Path path) {
        String name = path.getFileName().toString();
        String relative = ROOT.relativize(path).toString().replace('\\', '/');
        return relative.matches("budget-[a-z-]+/(src/.*|pom\\.xml|consumer/.*|scripts/.*)")
                && !relative.contains("/target/")
                && !name.equals("DocsTest.java")
                && name.matches(".*\\.(java|ya?ml|ftl|xml|sh|jsh|py|properties)");
    }

    private static String withoutFencedCode(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
