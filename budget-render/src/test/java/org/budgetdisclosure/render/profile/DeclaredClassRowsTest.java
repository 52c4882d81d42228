package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A summary's right side declared row by row ({@code right.classes}, as Hebei 2025 prints 30 功能 类 and then
 * 人行科目): the rows in the declared order with their labels, a row no 类 feeds printed empty, a 类 with money
 * that is not declared after them under its own name; a malformed declaration refused with its place.
 */
class DeclaredClassRowsTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            format: budget-profile/1
            name: declared
            document: {title: "{department}{year}"}
            narrative: {template: main.ftl}
            tableDefaults: {heading: ["单位：{unit}"], serial: false, columnNumbers: false}
            tables:
              - id: summary
                number: 1
                title: 收支总表
                layout: summary
                widths: [30, 16, 30, 16]
                header: [[项目, 预算数, 项目, 预算数]]
                left:
                  - {label: 本年收入, figure: summary.currentRevenue}
                closing:
                  - kind: total
                    left: {label: 收入总计, figure: summary.revenueTotal}
                    right: {label: 支出总计, figure: summary.expenditureTotal}
            """;

    private Path profile(String right) throws Exception {
        Path folder = dir.resolve("declared");
        Files.createDirectories(folder);
        Files.copy(
                ProfileTest.TEST_LAYOUT.resolve("main.ftl"),
                folder.resolve("main.ftl"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("profile.yaml"), HEAD + right, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void declaredRowsPrintInTheirOrderWithTheirLabelsAndUndeclaredMoneyFollows() throws Exception {
        Path folder = profile("""
                    right:
                      rows: summary.classes
                      numbered: true
                      classes:
                        - {code: "215", label: "工业信息（{year}）"}
                        - {code: "201"}
                        - {label: 人行科目}
                """);
        // 150.00 under 215, 5.00 under 201, and 7.00 under 208, which the profile does not declare
        Budget budget = ProfileTest.budget().toBuilder()
                .appropriation("2010102", GENERAL_PUBLIC_BUDGET, PROJECT, "5.00")
                .appropriation("2080501", GENERAL_PUBLIC_BUDGET, PROJECT, "7.00")
                .build();
        Disclosure d = Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.load(folder)));
        var html = ReadBack.html(d.bytes(Format.HTML));
        List<String> rows = html.getElementById("table-1").select("tbody tr").stream()
                .map(r -> String.join("|", r.select("td, th").eachText()))
                .toList();
        assertThat(rows)
                .containsExactly(
                        "本年收入|162.00|一、工业信息（2025）|150.00",
                        "二、一般公共服务支出|5.00",
                        "三、人行科目",
                        "四、社会保障和就业支出|7.00",
                        "收入总计|162.00|支出总计|162.00");

        // without money elsewhere, exactly the declared rows
        Disclosure plain =
                Disclosure.of(ProfileTest.budget(), RenderOptions.defaults().withProfile(Profile.load(folder)));
        List<String> only =
                ReadBack.html(plain.bytes(Format.HTML)).getElementById("table-1").select("tbody tr").stream()
                        .map(r -> String.join("|", r.select("td, th").eachText()))
                        .toList();
        assertThat(only)
                .containsExactly("本年收入|150.00|一、工业信息（2025）|150.00", "二、一般公共服务支出", "三、人行科目", "收入总计|150.00|支出总计|150.00");
    }

    @Test
    void malformedDeclarationsAreRefusedEachAtItsPlace() throws Exception {
        Path folder = profile("""
                    right:
                      rows: summary.classes
                      classes:
                        - {code: "2010", label: 五位}
                        - {code: "201"}
                        - {code: "201", label: 又一}
                        - {}
                        - {label: "{nope}"}
                """);
        assertThatThrownBy(() -> Profile.load(folder)).isInstanceOfSatisfying(ProfileException.class, e -> {
            List<String> problems = e.problems().stream()
                    .map(ProfileException.Problem::toString)
                    .toList();
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:22:")
                            .contains("tables[0].right.classes[0].code")
                            .contains("three digits")
                            .contains("'2010'"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:24:")
                            .contains("tables[0].right.classes[2].code")
                            .contains("declared by an earlier row"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:25:")
                            .contains("tables[0].right.classes[3]")
                            .contains("needs its label"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:26:")
                            .contains("tables[0].right.classes[4].label")
                            .contains("unknown placeholder {nope}"));
            assertThat(problems).hasSize(4);
        });
        Path empty = profile("""
                    right: {rows: summary.classes, classes: []}
                """);
        assertThatThrownBy(() -> Profile.load(empty))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("tables[0].right.classes")
                .hasMessageContaining("at least one row");
        Path unquoted = profile("""
                    right:
                      rows: summary.classes
                      classes:
                        - {code: 201, label: 一般公共服务支出}
                """);
        // a YAML number reads as its digits, as a quoted code does
        assertThat(Profile.load(unquoted).name()).isEqualTo("declared");
    }

    @Test
    void theHebei2025DescriptorFollowsThePublishedSchema() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Profile.schema());
        try (var in = Profile.class.getResourceAsStream(Profile.BUNDLED + "/hebei-2025/profile.yaml")) {
            assertThat(schema.validate(yaml.readTree(in))).isEmpty();
        }
        var bad = yaml.readTree(HEAD + "    right: {rows: summary.classes, classes: [{code: \"2010\"}, {}]}\n");
        assertThat(schema.validate(bad))
                .extracting(Object::toString)
                .anyMatch(m -> m.contains("$.tables[0].right.classes[0].code"))
                .anyMatch(m -> m.contains("$.tables[0].right.classes[1]"));
    }
}
