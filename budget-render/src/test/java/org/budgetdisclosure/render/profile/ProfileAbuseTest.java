package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A review's findings: copies of the bundled hebei-2022 profile, each broken in one way, that the loader lets
 * through (a stack trace later, or a wrong document). Each case should be refused at load with a located
 * {@link ProfileException}, or rendered right.
 */
class ProfileAbuseTest {

    static final Path HEBEI =
            Path.of("src", "main", "resources", "org", "budgetdisclosure", "render", "profiles", "hebei-2022");

    @TempDir
    Path dir;

    /** Copies the bundled profile into {@code dir/name} and replaces the first {@code from} in its descriptor. */
    Path copy(String name, String from, String to) throws IOException {
        Path folder = dir.resolve(name);
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
        Path descriptor = folder.resolve(Profile.DESCRIPTOR);
        String yaml = Files.readString(descriptor, StandardCharsets.UTF_8);
        assertThat(yaml).contains(from);
        Files.writeString(
                descriptor,
                yaml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
        return folder;
    }

    /** Loads and renders (HTML); whatever fails must fail as a ProfileException at load. */
    void refusedAtLoad(Path folder) {
        assertThatThrownBy(() -> {
                    Profile p = Profile.load(folder);
                    Disclosure.of(ProfileTest.budget(), RenderOptions.defaults().withProfile(p))
                            .bytes(Format.HTML);
                })
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("profile.yaml:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // an int overflow in the merge check: ArrayIndexOutOfBoundsException
                "across-overflow|{text: 收入, across: 2}|{text: 收入, across: 2147483647}",
                "down-overflow|[项  目, 预算数, 项  目, 预算数]|[项  目, 预算数, 项  目, {text: 预算数, down: 2147483647}]",
                // null items and null fields: NullPointerException, at load or at render
                "table-null|`  - id: budget-summary`|`  - ~\n  - id: budget-summary`",
                "header-cell-null|[项  目, 预算数, 项  目, 预算数]|[项  目, ~, 项  目, 预算数]",
                "header-row-null|`      - [项  目, 预算数, 项  目, 预算数]`|`      - ~`",
                "header-text-null|{text: 收入, across: 2}|{text: ~, across: 2}",
                "cover-null|`title: [\"{department}\", \"{year}年部门预算公开\"]`|`title: ~`",
                "cover-text-null|`title: [\"{department}\", \"{year}年部门预算公开\"]`|`title: [~, \"{year}年部门预算公开\"]`",
                "heading-null|`heading: [\"{departmentLabel}`|`heading: [~, \"{departmentLabel}`",
                "glossary-null|`    - {term: 事业收入, definition: 指事业单位开展专业业务活动及辅助活动所取得的收入。}`|`    - ~`",
                "glossary-term-null|{term: 事业收入,|{term: ~,",
                "statement-null|statement: expenditure|statement: ~",
                "right-without-rows|right: {rows: summary.classes, numbered: true}|right: {numbered: true}",
                "left-null|`      - {label: 一、一般公共预算拨款收入, figure: summary.revenue.GENERAL_PUBLIC_BUDGET}`|`      - ~`",
                "left-label-null|{label: 一、一般公共预算拨款收入, figure|{label: ~, figure",
                "closing-right-label-null|right: {label: 本年支出合计,|right: {label: ~,",
                "closing-right-figure-null|right: {label: 本年支出合计, figure: summary.currentExpenditure}|right: {label: 本年支出合计, figure: ~}",
                "three-public-label-null|{line: RECEPTION, label: 三、公务接待费}|{line: RECEPTION, label: ~}",
                // silently accepted: the last of two keys wins
                "duplicate-key|`name: hebei-2022\n`|`name: hebei-2022\nname: other\n`",
                "duplicate-key-deep|{label: 一、一般公共预算拨款收入, figure|{label: 一、一般公共预算拨款收入, label: X, figure",
                // silently accepted: the widths' sum overflows int, the HTML gets -100% columns, the PDF loses its
                // figures
                "widths-overflow|widths: [6, 34, 14, 34, 14]|widths: [6, 2147483647, 14, 34, 14]",
                // passes the template check (dir.resolve of an absolute path), fails at render with FreeMarker's
                // message
                "template-absolute|template: narrative.ftl|template: /etc/hostname",
                // the schema's enum and minimum, not checked by the loader: printed centred / left, silently
                "align-unknown|figure: summary.revenue.GENERAL_PUBLIC_BUDGET}|figure: summary.revenue.GENERAL_PUBLIC_BUDGET, align: diagonal}",
                "level-negative|{line: RECEPTION, label: 三、公务接待费}|{line: RECEPTION, label: 三、公务接待费, level: -3}",
            })
    void aBrokenDescriptorIsRefusedAtLoad(String name, String from, String to) throws IOException {
        refusedAtLoad(copy(name, from, to));
    }

    @Test
    void aHeaderCellSpanningAcrossAndDownCoversItsBlock() throws IOException {
        // a 2×2 merge (the “三公” table's 合计 over its 预算数/决算数 pair, as the 决算 template draws it) is a block:
        // the row below starts after it
        Path folder = copy(
                "across-down",
                "{text: 收入, across: 2}, {text: 支出, across: 2}]\n      - [项  目, 预算数, 项  目, 预算数]",
                "{text: 收入, across: 2, down: 2}, {text: 支出, across: 2}]\n      - [项  目, 预算数]");
        assertThat(Profile.load(folder).name()).isNotBlank();
        Path over = copy(
                "across-down-over",
                "{text: 收入, across: 2}, {text: 支出, across: 2}]\n      - [项  目, 预算数, 项  目, 预算数]",
                "{text: 收入, across: 2, down: 2}, {text: 支出, across: 2}]\n      - [项  目, 预算数, 项  目]");
        assertThatThrownBy(() -> Profile.load(over))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("tables[0].header[1]")
                .hasMessageContaining("reaches past");
    }

    @Test
    void moreAbuse() throws IOException {
        Path aliases = copy("aliases", "widths: [6, 34, 14, 34, 14]", "widths: &w [6, 34, 14, 34, 14]");
        Files.writeString(
                aliases.resolve("profile.yaml"),
                Files.readString(aliases.resolve("profile.yaml"))
                        .replaceFirst("widths: \\[4, 9, 24, 8, 8, 8, 7, 7, 7, 7, 8, 8, 7\\]", "widths: *w"));
        assertThatThrownBy(() -> Profile.load(aliases)).hasMessageContaining("YAML aliases");
        Path gbk = dir.resolve("gbk");
        Files.createDirectories(gbk);
        Files.write(gbk.resolve("profile.yaml"), "format: budget-profile/1\nname: 测试\n".getBytes("GBK"));
        assertThatThrownBy(() -> Profile.load(gbk))
                .hasMessageContaining("profile.yaml:2:")
                .hasMessageContaining("not UTF-8");
        Path floats = copy("floats", "number: 1\n", "number: 1.5\n");
        assertThatThrownBy(() -> Profile.load(floats))
                .hasMessageContaining("tables[0].number")
                .hasMessageContaining("a whole number");
        Path typo = copy("typo", "  landscape: true", "  landscape: true\n  colour: red");
        assertThatThrownBy(() -> Profile.load(typo))
                .hasMessageContaining("unknown field 'colour'")
                .hasMessageNotContaining("org.budgetdisclosure");
        Path escape = copy("escape", "template: narrative.ftl", "template: ../hebei-2022/narrative.ftl");
        assertThatThrownBy(() -> Profile.load(escape)).hasMessageContaining("inside the profile's folder");
        Path big = dir.resolve("big");
        Files.createDirectories(big);
        Files.write(big.resolve("profile.yaml"), new byte[ProfileLoader.MAX_BYTES + 10]);
        assertThatThrownBy(() -> Profile.load(big))
                .hasMessageContaining("profile descriptors are limited to 1048576 bytes");
        Path noHeader = copy(
                "no-header",
                "    header:\n      - [{text: 序号, down: 2}, {text: 收入, across: 2}, {text: 支出, across: 2}]\n      - [项  目, 预算数, 项  目, 预算数]\n",
                "");
        assertThatThrownBy(() -> Profile.load(noHeader)).hasMessageContaining("at least one header row");
    }

    @Test
    void aSymlinkedProfileFolderRenders() throws IOException {
        // Profile.load accepts it; FreeMarker's FileTemplateLoader (rooted at the link's parent) then refuses
        // the template with a SecurityException: exit 1 and a stack trace from the CLI
        Path real = copy("elsewhere/real", "name: hebei-2022", "name: linked");
        Path links = Files.createDirectories(dir.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("linked"), real);
        Profile p = Profile.load(link);
        assertThat(Disclosure.of(ProfileTest.budget(), RenderOptions.defaults().withProfile(p))
                        .bytes(Format.HTML))
                .isNotEmpty();
    }

    @Test
    void aProfileTemplateCannotReadFilesOutsideItsFolder() throws IOException {
        // the template loader is rooted at the profile folder's parent: "/sibling/…" reads a neighbour's files
        Path folder = copy("nosy", "name: hebei-2022", "name: nosy");
        Files.createDirectories(dir.resolve("sibling"));
        Files.writeString(dir.resolve("sibling/secret.txt"), "SECRET-42");
        Files.writeString(
                folder.resolve("narrative.ftl"),
                "<@p><#include \"/sibling/secret.txt\" parse=false></@p>\n",
                StandardCharsets.UTF_8);
        Profile p = Profile.load(folder);
        String html;
        try {
            html = new String(
                    Disclosure.of(ProfileTest.budget(), RenderOptions.defaults().withProfile(p))
                            .bytes(Format.HTML),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException refused) {
            return;
        }
        assertThat(html).doesNotContain("SECRET-42");
    }
}
