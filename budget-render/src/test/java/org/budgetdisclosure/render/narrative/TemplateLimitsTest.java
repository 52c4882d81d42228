package org.budgetdisclosure.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user's template that never ends (issue 20): recursion, string doubling, endless loops and a flood of output
 * each stop with a message naming the template and the limit, within a bounded time, the JVM unharmed.
 */
class TemplateLimitsTest {

    private static final Path HEBEI =
            Path.of("src", "main", "resources", "org", "budgetdisclosure", "render", "profiles", "hebei-2022");
    private static final Duration BOUND = NarrativeEngine.TIME_LIMIT.plusSeconds(60);

    @TempDir
    Path dir;

    private Path profileWith(String narrative) throws Exception {
        Path folder = dir.resolve("mine");
        try (Stream<Path> files = Files.walk(HEBEI)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(HEBEI.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(folder.resolve("narrative.ftl"), narrative);
        return folder;
    }

    private static String render(Path folder) {
        byte[] html = Disclosure.of(
                        org.budgetdisclosure.render.TestBudgetsAccess.small(),
                        RenderOptions.defaults().withProfile(Profile.load(folder)))
                .bytes(Format.HTML);
        return ReadBack.html(html).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "macro recursion | <#macro r><@r/></#macro><@r/> | recursion",
                "function recursion | <#function f x><#return f(x + 1)></#function>${f(1)} | recursion",
                "string doubling | <#assign s = 'x'><#list 1..64 as i><#assign s = s + s></#list>${s?length} | memory",
                "padding | ${''?left_pad(2000000000)} | limited",
                "endless loops | <#list 1..2000000000 as i><#list 1..2000000000 as j></#list></#list> | seconds",
                "output flood | <#list 1..2000000000 as i><@p>${i}一二三四五六七八九十</@p></#list> | characters"
            })
    void aTemplateWithoutEndStopsNamingTheTemplateAndTheLimit(String what, String template, String limit)
            throws Exception {
        Path folder = profileWith(template);
        NarrativeException e =
                assertTimeoutPreemptively(BOUND, () -> assertThrows(NarrativeException.class, () -> render(folder)));
        assertThat(e.getMessage()).as(what).contains("narrative.ftl").contains(limit);
        // the JVM is unharmed: the bundled layout still renders
        assertThat(new String(
                        Disclosure.of(org.budgetdisclosure.render.TestBudgetsAccess.small())
                                .bytes(Format.HTML),
                        StandardCharsets.UTF_8))
                .contains("部门预算");
    }

    @Test
    void aTemplateWithinTheLimitsRenders() throws Exception {
        Path folder = profileWith("<#list 1..1000 as i><@p>第${i}段</@p></#list>");
        assertThat(render(folder)).contains("第1000段");
    }
}
