package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extends: NAME}: a profile is a bundled one with its own fields over it (tables by id, mappings key by key),
 * its templates read from its folder, then the parent's; a name only, one level; every problem located in the
 * file it comes from. And {@code units: {profile: NAME}}, the units' layout a department layout names.
 */
class ProfileExtendsTest {

    @TempDir
    Path dir;

    private Path folder(String name, String yaml) throws Exception {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("profile.yaml"), yaml);
        return folder;
    }

    private static final String CHILD = """
            format: budget-profile/1
            name: child
            extends: hebei-2022
            narrative: {glossary: [{term: 甲名词, definition: 甲名词的解释。}]}
            tables:
              - id: revenue
                number: 2
                title: 收入表（子）
                layout: hierarchy
                statement: revenue
                widths: [6, 14, 44, 12]
                header: [[序号, 科目编码, 科目名称, 合计]]
                columns: [TOTAL]
              - {id: state-capital-expenditure, drop: true}
              - id: extra
                number: 10
                title: 附加表
                layout: hierarchy
                statement: expenditure
                widths: [6, 14, 44, 12]
                header: [[序号, 科目编码, 科目名称, 合计]]
                columns: [TOTAL]
            """;

    @Test
    void theBodyADocumentSpeaksForIsTheProfilesSelfInheritedOrItsOwn() throws Exception {
        assertThat(Profile.of("shanghai-2025-department").self()).isEqualTo("本部门");
        assertThat(Profile.of("shanghai-unit").self()).isEqualTo("本单位");
        assertThat(Profile.of("hebei-2022").self()).isEqualTo("本部门");
        assertThat(Profile.load(folder("dept-child", """
                format: budget-profile/1
                name: dept-child
                extends: shanghai-2025-department
                narrative: {glossary: [{term: 甲名词, definition: 甲名词的解释。}]}
                """)).self()).isEqualTo("本部门");
        assertThat(Profile.load(folder("unit-child", """
                format: budget-profile/1
                name: unit-child
                extends: shanghai-2025-department
                narrative: {self: 本单位}
                """)).self()).isEqualTo("本单位");
    }

    @Test
    void aChildReplacesATableInPlaceAppendsANewOneDropsOneAndInheritsTheRestButNotItsName() throws Exception {
        Profile parent = Profile.of("hebei-2022");
        Profile child = Profile.load(folder("child", CHILD));
        assertThat(child.name()).isEqualTo("child");
        assertThat(child.description()).isEmpty();
        assertThat(child.parent()).contains("hebei-2022");
        List<String> expected = new ArrayList<>(parent.tableTitles());
        expected.set(1, "收入表（子）");
        expected.remove("部门预算国有资本经营预算财政拨款支出表");
        expected.add("附加表");
        assertThat(child.tableTitles()).containsExactlyElementsOf(expected).hasSize(9);
        // mappings merge key by key: the glossary is the child's, the template and the amount styles the parent's
        assertThat(child.glossary()).extracting(g -> g.term()).containsExactly("甲名词");
        assertThat(child.amountStyles()).isEqualTo(parent.amountStyles());
        assertThat(child.minimumTableFontSize()).isEqualTo(parent.minimumTableFontSize());
    }

    @Test
    void templatesAreReadFromTheChildsFolderFirstThenFromTheParents() throws Exception {
        Path folder = folder("child", CHILD);
        Files.createDirectories(folder.resolve("sections"));
        Files.writeString(folder.resolve("sections/8-glossary.ftl"), """
                <@h level=2>八、名词解释（子模板）</@h>
                <@list><#list glossary as x><@item label="${x?counter}、">${x.term}——${x.definition}</@item></#list></@list>
                """);
        Disclosure d =
                Disclosure.of(ProfileTest.budget(), RenderOptions.defaults().withProfile(Profile.load(folder)));
        var html = ReadBack.html(d.bytes(Format.HTML));
        String text = html.text();
        // the child's section, with the child's glossary
        assertThat(text).contains("八、名词解释（子模板）").contains("甲名词——甲名词的解释。");
        // the parent's main template and its other sections
        assertThat(text).contains("一、部门职责及机构设置情况").contains("九、");
        assertThat(html.select("caption").eachText()).contains("收入表（子）", "附加表").doesNotContain("部门预算国有资本经营预算财政拨款支出表");
        // without the child's section, the parent's
        Files.delete(folder.resolve("sections/8-glossary.ftl"));
        String inherited = Jsoup.parse(new String(
                        Disclosure.of(
                                        ProfileTest.budget(),
                                        RenderOptions.defaults().withProfile(Profile.load(folder)))
                                .bytes(Format.HTML),
                        StandardCharsets.UTF_8))
                .text();
        assertThat(inherited).contains("八、名词解释").contains("甲名词：甲名词的解释。").doesNotContain("子模板");
    }

    @Test
    void nameIsNeverInherited() throws Exception {
        Path folder = folder("nameless", "format: budget-profile/1\nextends: hebei-2022\n");
        assertThatThrownBy(() -> Profile.load(folder))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(folder.resolve("profile.yaml") + ":1:1: name: expected a name");
    }

    @Test
    void extendsNamesABundledProfileOnlyNeverAPathAndIsLocated() throws Exception {
        Path unknown = folder("unknown", "format: budget-profile/1\nname: unknown\nextends: no-such\n");
        assertThatThrownBy(() -> Profile.load(unknown))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(unknown.resolve("profile.yaml") + ":3:10: extends: unknown profile 'no-such'")
                .hasMessageContaining("hebei-2022");
        folder("elsewhere", "format: budget-profile/1\nname: elsewhere\n");
        for (String path : List.of("../elsewhere", "/etc", "hebei-2022/../hebei-2025", "Hebei-2022")) {
            Path at = folder("path", "format: budget-profile/1\nname: path\nextends: \"" + path + "\"\n");
            assertThatThrownBy(() -> Profile.load(at))
                    .as(path)
                    .isInstanceOf(ProfileException.class)
                    .hasMessageContaining(
                            at.resolve("profile.yaml") + ":3:10: extends: expected the name of a " + "bundled profile")
                    .hasMessageContaining("never a path");
        }
    }

    /** Two bundled-like profiles, a and b, for a chain and a cycle. */
    private static Optional<ProfileLoader.Parent> fake(String name, Map<String, String> descriptors) {
        return Optional.ofNullable(descriptors.get(name))
                .map(yaml -> new ProfileLoader.Parent(
                        name, yaml.getBytes(StandardCharsets.UTF_8), name + "/profile.yaml", t -> true));
    }

    @Test
    void aChainAndACycleAreRefusedAtTheExtendsLine() {
        Map<String, String> bundled = Map.of(
                "a", "format: budget-profile/1\nname: a\nextends: b\n",
                "b", "format: budget-profile/1\nname: b\nextends: a\n");
        byte[] child = "format: budget-profile/1\nname: c\n\nextends: a\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        ProfileLoader.read(child, "c/profile.yaml", t -> true, n -> fake(n, bundled), Optional.empty()))
                .isInstanceOf(ProfileException.class)
                .hasMessage("c/profile.yaml:4:10: extends: 'a' itself extends 'b'; a profile extends one that "
                        + "extends none (one level of inheritance)");
        assertThatThrownBy(() -> ProfileLoader.read(
                        bundled.get("a").getBytes(StandardCharsets.UTF_8),
                        "a/profile.yaml",
                        t -> true,
                        n -> fake(n, bundled),
                        Optional.of("a")))
                .isInstanceOf(ProfileException.class)
                .hasMessage("a/profile.yaml:3:10: extends: a cycle: 'a' extends 'b', which extends 'a'");
        assertThatThrownBy(() -> ProfileLoader.read(
                        "name: a\nextends: a\n".getBytes(StandardCharsets.UTF_8),
                        "a/profile.yaml",
                        t -> true,
                        n -> fake(n, bundled),
                        Optional.of("a")))
                .isInstanceOf(ProfileException.class)
                .hasMessage("a/profile.yaml:2:10: extends: a cycle: 'a' extends itself");
    }

    @Test
    void everyProblemIsLocatedInTheFileItComesFromTheChildsOrTheParents() throws Exception {
        // no 序号 column by default: the parent's tables no longer match their widths, each refused in the parent's file
        Path serial = folder(
                "serial",
                "format: budget-profile/1\nname: serial\nextends: hebei-2022\n" + "tableDefaults: {serial: false}\n");
        assertThatThrownBy(() -> Profile.load(serial))
                .isInstanceOf(ProfileException.class)
                .satisfies(e -> assertThat(((ProfileException) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("hebei-2022/profile.yaml");
                    assertThat(p.field()).isEqualTo("tables[1].widths");
                    assertThat(p.line()).isEqualTo(83);
                    assertThat(p.message()).contains("found 13 widths");
                }));
        // a replaced table's problem is the child's, at its line; a drop of a table the parent lacks too
        String bad = CHILD.replace("columns: [TOTAL]\n  - {id: state", "columns: [NO_SUCH]\n  - {id: state")
                .replace("{id: state-capital-expenditure, drop: true}", "{id: no-such-table, drop: true}");
        Path child = folder("bad", bad);
        String file = child.resolve("profile.yaml").toString();
        assertThatThrownBy(() -> Profile.load(child))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(file + ":14:10: tables[1].id: 'hebei-2022' has no table 'no-such-table'");
        Path column = folder(
                "column", CHILD.replace("columns: [TOTAL]\n  - {id: state", "columns: [NO_SUCH]\n  - {id: state"));
        assertThatThrownBy(() -> Profile.load(column))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(
                        column.resolve("profile.yaml") + ":13:15: tables[1].columns[0]: unknown column " + "'NO_SUCH'");
    }

    @Test
    void hebei2025ExtendsHebei2022AndHoldsNoTemplatesOfItsOwn() {
        Profile hebei2025 = Profile.of("hebei-2025");
        Profile hebei2022 = Profile.of("hebei-2022");
        assertThat(hebei2025.parent()).contains("hebei-2022");
        assertThat(hebei2025.name()).isEqualTo("hebei-2025");
        assertThat(hebei2025.description())
                .isNotEqualTo(hebei2022.description())
                .contains("2025年样式");
        assertThat(hebei2025.tableTitles()).isEqualTo(hebei2022.tableTitles());
        assertThat(hebei2025.glossary()).isEqualTo(hebei2022.glossary());
        assertThat(Profile.class.getResource(Profile.BUNDLED + "/hebei-2025/narrative.ftl"))
                .isNull();
        assertThat(hebei2022.parent()).isEmpty();
    }

    @Test
    void aDepartmentLayoutNamesItsUnitsLayout() throws Exception {
        assertThat(Profile.of("shanghai-2025-department").units())
                .map(Profile::name)
                .contains("shanghai-unit");
        assertThat(Profile.of("shanghai-unit").units()).isEmpty();
        assertThat(Profile.of("hebei-2022").units()).isEmpty();
        // a user profile extending it inherits it
        Path child = folder("sh", "format: budget-profile/1\nname: sh\nextends: shanghai-2025-department\n");
        assertThat(Profile.load(child).units()).map(Profile::name).contains("shanghai-unit");
        Path wrong = folder(
                "wrong",
                "format: budget-profile/1\nname: wrong\nextends: shanghai-2025-department\n"
                        + "units: {profile: ../shanghai-unit}\n");
        assertThatThrownBy(() -> Profile.load(wrong))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(wrong.resolve("profile.yaml") + ":4:18: units.profile: expected the name of a "
                        + "bundled profile");
    }

    @Test
    void theSchemaDescribesExtendsDropAndUnits() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Profile.schema());
        assertThat(schema.validate(yaml.readTree(CHILD))).isEmpty();
        for (String name : List.of("hebei-2025", "shanghai-2025-department")) {
            try (var in = Profile.class.getResourceAsStream(Profile.BUNDLED + "/" + name + "/profile.yaml")) {
                assertThat(schema.validate(yaml.readTree(in))).as(name).isEmpty();
            }
        }
        // without extends, a descriptor states its document, narrative and tables
        assertThat(schema.validate(yaml.readTree("format: budget-profile/1\nname: x\n")))
                .isNotEmpty();
        assertThat(schema.validate(yaml.readTree("format: budget-profile/1\nname: x\nextends: hebei-2022\n"
                        + "tables: [{id: a, drop: true, title: t}]\n")))
                .isNotEmpty();
        assertThat(Profile.schema()).contains("\"extends\"").contains("\"units\"");
    }
}
