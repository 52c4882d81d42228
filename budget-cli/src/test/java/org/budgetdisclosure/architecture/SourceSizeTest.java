package org.budgetdisclosure.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No main class over {@value #LONGEST} lines (issue 21): a file that grows past it is split into cohesive classes.
 * The check lists every offender with its length; a second test shows that it fails on a file one line too long.
 * (The templates' lines are held to 160 characters by budget-render's {@code TemplateStyleTest}.)
 */
class SourceSizeTest {

    /** The most lines a file of {@code src/main/java} may have. */
    static final int LONGEST = 600;

    /** The modules whose main sources are held to {@value #LONGEST} lines. */
    static final List<String> MODULES = List.of("budget-model", "budget-render", "budget-io", "budget-cli");

    /** The repository's root: the tests run in budget-cli. */
    private static final Path ROOT = Path.of("..");

    /**
     * @param root the folder holding the modules
     * @param modules the modules' folder names
     * @return each {@code .java} file of the modules' {@code src/main/java} over {@value #LONGEST} lines, as its path
     *     from the root (with {@code /}) and its length, sorted by path
     */
    static List<String> offenders(Path root, List<String> modules) throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources(root, modules)) {
            int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > LONGEST) {
                offenders.add(name(root, file) + " has " + lines + " lines");
            }
        }
        Collections.sort(offenders);
        return offenders;
    }

    /** @return the {@code .java} files of the modules' {@code src/main/java}, sorted */
    static List<Path> sources(Path root, List<String> modules) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : modules) {
            Path main = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) {
                throw new IllegalStateException("no " + main + ": is the test run from its module's folder?");
            }
            try (Stream<Path> walk = Files.walk(main)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void noMainSourceFileIsLongerThan600Lines() throws IOException {
        assertThat(sources(ROOT, MODULES)).hasSizeGreaterThan(100);
        assertThat(offenders(ROOT, MODULES))
                .as("main sources over " + LONGEST + " lines (split them into cohesive classes)")
                .isEmpty();
    }

    @Test
    void theCheckFailsOnAFileOneLineTooLong(@TempDir Path root) throws IOException {
        Path main = Files.createDirectories(root.resolve("budget-x/src/main/java/org/example"));
        Files.writeString(main.resolve("Long.java"), "//\n".repeat(LONGEST + 1), StandardCharsets.UTF_8);
        Files.writeString(main.resolve("Fits.java"), "//\n".repeat(LONGEST), StandardCharsets.UTF_8);
        Files.writeString(main.resolve("notes.txt"), "//\n".repeat(LONGEST * 2), StandardCharsets.UTF_8);
        Path tests = Files.createDirectories(root.resolve("budget-x/src/test/java"));
        Files.writeString(tests.resolve("LongTest.java"), "//\n".repeat(LONGEST * 2), StandardCharsets.UTF_8);

        assertThat(offenders(root, List.of("budget-x")))
                .containsExactly("budget-x/src/main/java/org/example/Long.java has 601 lines");
    }
}
