package org.budgetdisclosure.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundled template (the profiles' narratives and the HTML page) reads as a finance office edits it: one clause
 * a line, no line over 160 characters, no Chinese word compared (directions are INCREASE, DECREASE, FLAT) and no
 * list of numerals (numeral(n) is the phrase library's), see docs/templates.md.
 */
class TemplateStyleTest {

    /** The longest line a template may hold. */
    static final int LONGEST = 160;

    private static final Pattern CHINESE_COMPARED = Pattern.compile("[!=]=\\s*\"[^\"]*\\p{IsHan}");
    private static final Pattern NUMERAL_LIST = Pattern.compile("\\[\\s*\"一\"\\s*,\\s*\"二\"");

    static List<Path> templates() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources"))) {
            return walk.filter(
                            p -> p.toString().endsWith(".ftl") || p.toString().endsWith(".ftlh"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void noTemplateLineIsLongerThan160Characters() throws IOException {
        List<Path> files = templates();
        assertThat(files).hasSizeGreaterThan(20);
        List<String> long_ = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).codePointCount(0, lines.get(i).length()) > LONGEST) {
                    long_.add(file + ":" + (i + 1) + " has " + lines.get(i).length() + " characters");
                }
            }
        }
        assertThat(long_).as("lines over " + LONGEST + " characters").isEmpty();
    }

    @Test
    void noTemplateComparesAChineseWordOrListsNumerals() throws IOException {
        for (Path file : templates()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(CHINESE_COMPARED.matcher(text).find())
                    .as(file + " compares a Chinese word")
                    .isFalse();
            assertThat(NUMERAL_LIST.matcher(text).find())
                    .as(file + " lists numerals")
                    .isFalse();
        }
    }

    @Test
    void theUnitLayoutStatesOnlyWhatDiffersFromTheDepartments() throws IOException {
        Path unit = Path.of("src/main/resources/org/budgetdisclosure/render/profiles/shanghai-unit");
        try (Stream<Path> walk = Files.walk(unit)) {
            // its chapters are the department's templates: only its chapter list and the names it words them by
            assertThat(walk.filter(Files::isRegularFile)
                            .map(p -> unit.relativize(p).toString())
                            .sorted())
                    .containsExactly("narrative.ftl", "profile.yaml");
        }
        assertThat(Files.readString(unit.resolve("profile.yaml"), StandardCharsets.UTF_8))
                .contains("extends: shanghai-2025-department");
    }
}
