package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example profile of {@code docs/profiles.md} (moved there from the README), its descriptor and its template as
 * written there, loads and renders the reference budget in its own layout.
 */
class ReadmeProfileTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeProfileRenders() throws Exception {
        String readme = Files.readString(Path.of("..", "docs", "profiles.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("# Layouts: profiles"));
        String yaml = section.substring(
                section.indexOf("```yaml\n") + 8, section.indexOf("```\n", section.indexOf("```yaml")));
        Path folder = dir.resolve("my-layout");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("profile.yaml"), yaml);
        int ftl = section.indexOf("```ftl\n") + "```ftl\n".length();
        Files.writeString(folder.resolve("main.ftl"), section.substring(ftl, section.indexOf("```", ftl)));
        Disclosure d =
                Disclosure.of(ReferenceBudget.build(), RenderOptions.defaults().withProfile(Profile.load(folder)));
        var html = ReadBack.html(d.bytes(Format.HTML));
        assertThat(html.select("table")).hasSize(1);
        assertThat(html.selectFirst("caption").text()).isEqualTo("2022年部门支出预算表");
        assertThat(html.text())
                .contains("编制部门：乐亭县工业和信息化局")
                .contains("单位：万元")
                .contains("2538.88")
                .doesNotContain("部门预算收支总表");
    }
}
