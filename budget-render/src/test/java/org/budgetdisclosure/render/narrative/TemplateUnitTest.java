package org.budgetdisclosure.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The unit word comes from the narrative's amount style: no bundled template writes 万元 or 元 after a figure. */
class TemplateUnitTest {

    @Test
    void noTemplateWritesAUnitWordItself() throws IOException {
        Path templates = Path.of("src/main/resources/org/budgetdisclosure/render/profiles");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(templates)) {
            files = walk.filter(p -> p.toString().endsWith(".ftl")).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).doesNotContain("万元").doesNotContainPattern("\\}\\s*元");
        }
    }
}
