package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.narrative.NarrativeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Shanghai profiles and the engine options they brought: {@code <@tables/>}, {@code tableDefaults.outline},
 * the {@code expenditure.classes} summary side, the {@code three-public-row} layout with the stated 机关运行经费,
 * {@code {region}}; and each new option refused with a located error when written wrong.
 */
class ShanghaiProfilesTest {

    static final Path PROFILES = Path.of("src", "main", "resources", "org", "budgetdisclosure", "render", "profiles");

    @TempDir
    Path dir;

    /** The facts chapters 二 and 六 print, which the profiles require beside the tables' (not these tests' subject). */
    static Budget.Builder chapterFacts(Budget.Builder b) {
        return b.budgetUnit("测试局本部", DepartmentKind.ADMINISTRATIVE, true)
                .internalDivisions("办公室")
                .procurementTotals("0", "0", "0")
                .performanceTargets(0, "0")
                .heldAssets(new org.budgetdisclosure.model.facts.AssetHoldings(
                        java.time.LocalDate.of(2024, 12, 31), java.util.Optional.empty(), java.util.OptionalInt.of(0)))
                .plannedAssets(new org.budgetdisclosure.model.facts.AssetPurchases(
                        java.util.Optional.empty(), java.util.OptionalInt.of(0)));
    }

    static Budget budget(boolean operatingCosts) {
        Budget.Builder b = chapterFacts(Budget.builder())
                .department(
                        new Department(java.util.Optional.empty(), "上海市普陀区测试局", "测试局", DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .unit(MoneyUnit.YUAN)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1000000.00")
                .appropriation("2080505", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "200000.00")
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "500000.00")
                .basicExpenditure("30101", "1200000.00")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "12500.00");
        if (operatingCosts) {
            b.operatingCosts("0");
        }
        return b.build();
    }

    @Test
    void bothAreBundled() {
        assertThat(Profile.registered())
                .extracting(Profile::name)
                .contains("hebei-2022", "shanghai-2025-department", "shanghai-unit");
        assertThat(Profile.of("shanghai-2025-department").tableTitles())
                .hasSize(9)
                .endsWith("{year}年{body}“三公”经费和机关运行经费预算表"); // {body}: 部门, the unit's 预算单位
        assertThat(Profile.of("shanghai-unit").tableTitles()).hasSize(9).endsWith("单位“三公”经费和机关运行经费预算表");
    }

    @Test
    void theRegionOpensTheDepartmentsName() {
        assertThat(Patterns.region("上海市普陀区财政局")).isEqualTo("上海市普陀区");
        assertThat(Patterns.region("上海市普陀区社会福利院")).isEqualTo("上海市普陀区");
        assertThat(Patterns.region("上海市浦东新区财政局")).isEqualTo("上海市浦东新区");
        assertThat(Patterns.region("乐亭县工业和信息化局")).isEqualTo("乐亭县");
        assertThat(Patterns.region("某某局")).isEmpty();
    }

    @Test
    void theTablesStandWhereTheTemplateCallsThemUnderTheirChapter() {
        Disclosure d = Disclosure.of(
                budget(true), RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department")));
        List<Section> sections = d.document().sections();
        // cover, contents, chapters 一 and 三, then 五's heading opening the first table's landscape section
        int first = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).blocks().stream().anyMatch(Table.class::isInstance)) {
                first = i;
                break;
            }
        }
        Section tables = sections.get(first);
        assertThat(tables.landscape()).isTrue();
        assertThat(tables.blocks().get(0))
                .isInstanceOf(Heading.class)
                .extracting(b -> ((Heading) b).text())
                .isEqualTo("五、部门预算表");
        assertThat(sections.subList(first, first + 9))
                .allMatch(s -> s.landscape()
                        && s.blocks().stream().filter(Table.class::isInstance).count() == 1);
        assertThat(sections.subList(0, first).stream()
                        .flatMap(s -> s.blocks().stream())
                        .filter(Heading.class::isInstance)
                        .map(b -> ((Heading) b).text()))
                .containsSubsequence("一、部门主要职能", "三、名词解释")
                .doesNotContain("五、部门预算表");
        // the tables nest under 五 in the 目录
        assertThat(d.document().outline(2))
                .extracting(e -> e.level() + " " + e.text())
                .containsSubsequence("1 五、部门预算表", "2 2025年部门财务收支预算总表", "2 2025年部门“三公”经费和机关运行经费预算表");
    }

    @Test
    void tableNineReadsTheStatedOperatingCostsNeverASubstitute() throws IOException {
        RenderOptions unit = RenderOptions.defaults().withProfile(Profile.of("shanghai-unit"));
        Table nine = table(Disclosure.of(budget(true), unit), 9);
        assertThat(nine.body()).hasSize(1);
        assertThat(nine.body().get(0).cells())
                .extracting(Cell::text)
                .containsExactly("1.25", "0.00", "1.25", "0.00", "0.00", "0.00", "0.00");
        assertThat(nine.headings()).containsExactly("编制单位：上海市普陀区测试局", "单位：万元");
        // not stated by a department that has it: refused, naming the profile and the field
        assertThatThrownBy(() -> Disclosure.of(budget(false), unit))
                .isInstanceOf(BudgetValidationException.class)
                .hasMessageContaining("profile.requires")
                .hasMessageContaining("shanghai-unit")
                .hasMessageContaining("operatingCosts");
        // a 事业单位 (not 参公) has none: 0.00, as the unit reference prints it ("无机关运行经费")
        Budget institution = budget(false).toBuilder()
                .department(new Department(
                        java.util.Optional.empty(), "上海市普陀区测试院", "测试院", DepartmentKind.PUBLIC_INSTITUTION))
                .build();
        assertThat(table(Disclosure.of(institution, unit), 9)
                        .body()
                        .get(0)
                        .cells()
                        .get(6)
                        .text())
                .isEqualTo("0.00");
        // a layout that does not require it prints the absent fact blank, never 公用经费 in its place
        Path lenient = copy("shanghai-unit", "lenient", "operatingCosts, threePublic, ", "threePublic, ");
        Table blank =
                table(Disclosure.of(budget(false), RenderOptions.defaults().withProfile(Profile.load(lenient))), 9);
        assertThat(blank.body().get(0).cells().get(6).text()).isEmpty();
    }

    @Test
    void theUnitSummarySplitsBasicExpenditureOnlyWhereTheFactsDetermineIt() {
        Disclosure d = Disclosure.of(budget(true), RenderOptions.defaults().withProfile(Profile.of("shanghai-unit")));
        Table one = table(d, 1);
        // two 类 share 基本支出 and table 8 has 人员经费 only: every 类's 基本支出 is 人员经费, 公用经费 zero
        assertThat(one.body().get(0).cells())
                .extracting(Cell::text)
                .containsExactly("一、财政拨款收入", "1,700,000", "一、一般公共服务支出", "1,500,000", "1,000,000", "", "500,000");
        assertThat(one.body().get(one.body().size() - 1).cells())
                .extracting(Cell::text)
                .containsExactly("收入总计", "1,700,000", "支出总计", "1,700,000", "1,200,000", "", "500,000");
        // with 公用经费 beside it, a 类's split is not stated by the budget: blank, never apportioned
        Budget mixed = chapterFacts(Budget.builder())
                .department(
                        new Department(java.util.Optional.empty(), "上海市普陀区测试局", "测试局", DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .unit(MoneyUnit.YUAN)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1000000.00")
                .appropriation("2080505", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "200000.00")
                .basicExpenditure("30101", "1100000.00")
                .basicExpenditure("30201", "100000.00")
                .operatingCosts("100000.00")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "0")
                .build();
        Table split = table(Disclosure.of(mixed, RenderOptions.defaults().withProfile(Profile.of("shanghai-unit"))), 1);
        assertThat(split.body().get(0).cells())
                .extracting(Cell::text)
                .containsExactly("一、财政拨款收入", "1,200,000", "一、一般公共服务支出", "1,000,000", "", "", "");
        assertThat(split.body().get(split.body().size() - 1).cells())
                .extracting(Cell::text)
                .containsExactly("收入总计", "1,200,000", "支出总计", "1,200,000", "1,100,000", "100,000", "");
    }

    @Test
    void aTemplateMayPlaceTheTablesOnlyOnce() throws IOException {
        Path folder = copy("shanghai-2025-department", "twice", "name: shanghai-2025-department", "name: twice");
        Files.writeString(
                folder.resolve("sections/5-tables.ftl"),
                "<@h level=1>五、部门预算表</@h>\n<@tables/><@tables/>\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        Disclosure.of(budget(true), RenderOptions.defaults().withProfile(Profile.load(folder))))
                .isInstanceOf(NarrativeException.class)
                .hasMessageContaining("<@tables/>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "shanghai-2025-department|outline|outline: 2 |outline: 7 |tableDefaults.outline",
                "shanghai-2025-department|row-column|OPERATING_COSTS]|OPERATING_COST]|tables[8].columns[6]",
                "shanghai-2025-department|row-widths|widths: [14, 14, 14, 14, 14, 14, 16]|widths: [14, 14, 14, 14, 14, 14]|tables[8].widths",
                "shanghai-2025-department|row-layout|layout: three-public-row|layout: three-public-rows|tables[8].layout",
                "shanghai-2025-department|region|title: [\"{region}\"|title: [\"{district}\"|document.cover.title[0]",
                "shanghai-unit|right-rows|rows: expenditure.classes|rows: expenditure.class|tables[0].right.rows",
                "shanghai-unit|right-column|PERSONNEL, PUBLIC_USE, PROJECT]|PERSONAL, PUBLIC_USE, PROJECT]|tables[0].right.columns[1]",
                "shanghai-unit|right-total|figure: expenditure.total|figure: summary.expenditureTotal|tables[0].closing[0].right.figure",
            })
    void aNewOptionWrittenWrongIsRefusedWhereItStands(String profile, String name, String from, String to, String at)
            throws IOException {
        Path folder = copy(profile, name, from, to);
        assertThatThrownBy(() -> Profile.load(folder))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("profile.yaml:")
                .hasMessageContaining(at);
    }

    /** Copies a bundled profile into {@code dir/name} and replaces the first {@code from} in its descriptor. */
    private Path copy(String profile, String name, String from, String to) throws IOException {
        Path source = PROFILES.resolve(profile);
        Path folder = dir.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(source.relativize(p).toString());
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

    private static Table table(Disclosure d, int number) {
        return d.document().blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .filter(t -> t.anchor().equals("table-" + number))
                .findFirst()
                .orElseThrow();
    }
}
