package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.budgetdisclosure.render.narrative.NarrativeEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's engines are cached by the engine's value and bounded: options made per request with the same
 * template folder reuse one engine, and different folders never grow the cache past its bound.
 */
class EngineCacheTest {

    @TempDir
    Path dir;

    @Test
    void enginesMadePerRequestShareOneEntryAndTheCacheIsBounded() throws Exception {
        Profile child = Profile.of("hebei-2025"); // extends hebei-2022: its engine is derived and cached
        Path templates = Files.createDirectories(dir.resolve("templates"));
        assertThat(NarrativeEngine.withDirectory(templates))
                .isEqualTo(NarrativeEngine.withDirectory(templates))
                .isNotEqualTo(NarrativeEngine.bundled());
        for (int i = 0; i < 5; i++) {
            Disclosure.of(
                    TestBudgetsAccess.small(),
                    RenderOptions.defaults().withProfile(child).withTemplates(templates));
        }
        int afterOneFolder = child.engines();
        assertThat(afterOneFolder).isBetween(1, 2);
        for (int i = 0; i < Profile.ENGINES * 2; i++) {
            Path other = Files.createDirectories(dir.resolve("t" + i));
            Disclosure.of(
                    TestBudgetsAccess.small(),
                    RenderOptions.defaults().withProfile(child).withTemplates(other));
            assertThat(child.engines()).isLessThanOrEqualTo(Profile.ENGINES);
        }
    }
}
