package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles are data: a folder of the user's renders with its own layout; a broken one is refused, located. */
class ProfileTest {

    static final Path TEST_LAYOUT = Path.of("src", "test", "resources", "profiles", "test-layout");
    static final Path BROKEN = Path.of("src", "test", "resources", "profiles", "broken");

    @TempDir
    Path dir;

    static Budget budget() {
        return Budget.builder()
                .department("901", "某区测试局", "测试局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2150501", GENERAL_PUBLIC_BUDGET, BASIC, "100.00")
                .appropriation("2150517", GENERAL_PUBLIC_BUDGET, PROJECT, "50.00")
                .basicExpenditure("30101", "80.00")
                .basicExpenditure("30201", "20.00")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1.25")
                .build();
    }

    @Test
    void theBundledProfilesAreListedAndNamed() {
        assertThat(Profile.registered()).extracting(Profile::name).contains("hebei-2022");
        assertThat(Profile.of("hebei-2022").tableTitles()).hasSize(9).first().isEqualTo("部门预算收支总表");
        assertThatThrownBy(() -> Profile.of("no-such"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("hebei-2022");
    }

    @Test
    void aProfileFolderWithoutJavaRendersItsOwnTitlesColumnsNotesAndChapters() throws Exception {
        Profile profile = Profile.load(TEST_LAYOUT);
        assertThat(profile.name()).isEqualTo("test-layout");
        Disclosure d = Disclosure.of(budget(), RenderOptions.defaults().withProfile(profile));

        // HTML: the tables as the descriptor lays them out
        var html = ReadBack.html(d.bytes(Format.HTML));
        List<Element> tables = html.select("table");
        assertThat(tables).hasSize(4);
        Element spending = tables.get(0);
        assertThat(spending.selectFirst("caption").text()).isEqualTo("2025年测试支出表");
        assertThat(spending.select("thead th").eachText())
                .containsExactly("科目代码", "科目名称", "支出合计", "其中：基本支出", "类", "款", "项");
        List<String> rows = spending.select("tbody tr").stream()
                .map(r -> String.join("|", r.select("td, th").eachText()))
                .toList();
        // the code in 类 | 款 | 项 columns, the total last
        assertThat(rows)
                .containsExactly(
                        "215|资源勘探工业信息等支出|150.00|100.00",
                        "215|05|工业和信息产业监管|150.00|100.00",
                        "215|05|01|行政运行|100.00|100.00",
                        "215|05|17|产业发展|50.00",
                        "总计|150.00|100.00");
        // a summary listing only the 类 that have money
        List<String> summary = tables.get(2).select("tbody tr").stream()
                .map(r -> String.join("|", r.select("td, th").eachText()))
                .toList();
        assertThat(summary)
                .containsExactly(
                        "一、财政拨款收入|150.00|一、资源勘探工业信息等支出|150.00",
                        "1. 一般公共预算资金|150.00",
                        "二、事业收入",
                        "收入总计|150.00|支出总计|150.00");
        assertThat(tables.get(1).select("tbody tr").get(0).select("td").eachText())
                .allMatch(String::isEmpty);
        assertThat(html.text())
                .contains("注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。")
                .contains("编制部门：某区测试局")
                .contains("测试市2025年区级部门预算")
                .contains("预算主管部门：某区测试局")
                .contains("甲、测试章节")
                .contains("乙、名词解释")
                .contains("测试名词：测试版式自带的名词解释。")
                .doesNotContain("部门预算收支总表")
                .doesNotContain("项目支出")
                .doesNotContain("一、部门职责");
        List<String> three = tables.get(3).select("tbody tr").stream()
                .map(r -> r.select("td, th").eachText().stream().collect(Collectors.joining("|")))
                .toList();
        assertThat(three).containsExactly("1|三公合计|1.25", "2|接待|1.25", "3|车辆"); // eachText leaves out the blank cell

        // PDF and DOCX say the same
        assertThat(ReadBack.pdfText(d.bytes(Format.PDF)).replaceAll("\\s+", ""))
                .contains("2025年测试支出表")
                .contains("其中：基本支出")
                .contains("2150517产业发展50.00")
                .contains("故本表为空表")
                .contains("甲、测试章节")
                .doesNotContain("部门预算收支总表");
        try (XWPFDocument docx = ReadBack.docx(d.bytes(Format.DOCX))) {
            assertThat(docx.getTables()).hasSize(4);
            assertThat(docx.getTables().get(0).getRow(0).getCell(3).getText()).isEqualTo("其中：基本支出");
        }
        assertThat(ReadBack.docxText(d.bytes(Format.DOCX)))
                .contains("2025年测试支出表")
                .contains("甲、测试章节")
                .doesNotContain("部门预算收支总表");
    }

    @Test
    void aBrokenProfileIsRefusedUpFrontWithEveryProblemLocated() {
        assertThatThrownBy(() -> Profile.load(BROKEN)).isInstanceOfSatisfying(ProfileException.class, e -> {
            List<String> problems = e.problems().stream()
                    .map(ProfileException.Problem::toString)
                    .toList();
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:4:")
                            .contains("document.title")
                            .contains("unknown placeholder {yaer}"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:6:")
                            .contains("narrative.template")
                            .contains("missing.ftl"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:15:")
                            .contains("tables[0].header[0]")
                            .contains("reaches past the table's 3 columns"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:16:")
                            .contains("tables[0].columns[2]")
                            .contains("unknown column 'NO_SUCH_COLUMN'"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p).contains("tables[1].id").contains("earlier table"));
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p)
                            .contains("profile.yaml:20:")
                            .contains("tables[1].layout")
                            .contains("pie-chart"));
        });
    }

    @Test
    void unknownFieldsAndMalformedYamlAreLocated() throws Exception {
        Path folder = dir.resolve("typo");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("profile.yaml"), "format: budget-profile/1\nname: typo\ntabels: []\n");
        assertThatThrownBy(() -> Profile.load(folder))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("profile.yaml:3:")
                .hasMessageContaining("tabels");
        Files.writeString(folder.resolve("profile.yaml"), "format: [unclosed\n");
        assertThatThrownBy(() -> Profile.load(folder))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("malformed YAML");
        assertThatThrownBy(() -> Profile.load(dir.resolve("nowhere")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("cannot read the profile descriptor");
    }

    @Test
    void theBundledAndTheTestProfilesFollowThePublishedSchemaAndTheBrokenOneDoesNot() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Profile.schema());
        try (var in = Profile.class.getResourceAsStream(Profile.BUNDLED + "/hebei-2022/profile.yaml")) {
            assertThat(schema.validate(yaml.readTree(in))).isEmpty();
        }
        assertThat(schema.validate(
                        yaml.readTree(TEST_LAYOUT.resolve("profile.yaml").toFile())))
                .isEmpty();
        assertThat(schema.validate(yaml.readTree(BROKEN.resolve("profile.yaml").toFile())))
                .extracting(Object::toString)
                .anyMatch(m -> m.contains("$.tables[1].layout"));
    }

    @Test
    void aDepartmentWithoutACodeIsHeadedByItsName() {
        Budget withCode = budget();
        Budget without = withCode.toBuilder()
                .department(null, "某区测试局", "测试局", DepartmentKind.ADMINISTRATIVE)
                .build();
        String headed = new String(Disclosure.of(withCode).bytes(Format.HTML), StandardCharsets.UTF_8);
        String named = new String(Disclosure.of(without).bytes(Format.HTML), StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(headed).text()).contains("901测试局预算年度：2025");
        assertThat(Jsoup.parse(named).text()).contains("某区测试局预算年度：2025").doesNotContain("901");
    }
}
