package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Profile inheritance rendered: {@code hebei-2025}, now {@code extends: hebei-2022} with only table 1 and its row
 * height, renders byte for byte as its former full copy (kept in {@code src/test/resources/profiles/hebei-2025-copy});
 * a user's folder extending {@code shanghai-2025-department} with another glossary and one table title, read back
 * from HTML; and the units' layout a department layout names ({@code units: {profile: shanghai-unit}}).
 */
class ProfileExtendsRenderingTest {

    private static final Path PROFILES = Path.of("src", "test", "resources", "profiles");

    private static Budget budget(String file) throws Exception {
        return BudgetFiles.read(Path.of("budgets", file));
    }

    private static Document html(Disclosure d) {
        return ReadBack.html(d.bytes(Format.HTML));
    }

    @Test
    void hebei2025RendersByteForByteAsItsFormerFullCopy() throws Exception {
        Profile copy = Profile.load(PROFILES.resolve("hebei-2025-copy"));
        assertThat(copy.parent()).isEmpty();
        assertThat(Profile.of("hebei-2025").parent()).contains("hebei-2022");
        for (String file : List.of("leting-industry-bureau-2022.json", "shanghai-putuo-finance-bureau-2025.json")) {
            Budget budget = budget(file);
            Disclosure now = Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.of("hebei-2025")));
            Disclosure before = Disclosure.of(budget, RenderOptions.defaults().withProfile(copy));
            for (Format format : List.of(Format.PDF, Format.DOCX, Format.HTML)) {
                byte[] bytes = now.bytes(format);
                assertThat(bytes).as(file + " " + format).isEqualTo(before.bytes(format));
                assertThat(bytes.length).isGreaterThan(10_000);
            }
            // and it differs from hebei-2022 where it should: table 1's 五、单位资金
            assertThat(html(now).text()).contains("五、单位资金");
        }
    }

    @Test
    void aUserProfileExtendingShanghaiChangesOnlyItsGlossaryAndOneTableTitle() throws Exception {
        Profile mine = Profile.load(PROFILES.resolve("shanghai-other-glossary"));
        Profile shanghai = Profile.of("shanghai-2025-department");
        assertThat(mine.parent()).contains("shanghai-2025-department");
        // the budget states no glossary of its own, so the layout's is printed
        Budget budget = budget("shanghai-putuo-finance-bureau-2025.json").toBuilder()
                .glossary(List.of())
                .build();
        Document own = html(Disclosure.of(budget, RenderOptions.defaults().withProfile(mine)));
        Document parent = html(Disclosure.of(budget, RenderOptions.defaults().withProfile(shanghai)));

        List<String> captions = own.select("caption").eachText();
        List<String> parentCaptions = parent.select("caption").eachText();
        assertThat(captions).hasSize(9).hasSameSizeAs(parentCaptions);
        for (int i = 0; i < captions.size(); i++) {
            if (i == 5) {
                assertThat(captions.get(i)).isEqualTo("2025年部门政府性基金预算支出表（测试）");
                assertThat(parentCaptions.get(i)).isEqualTo("2025年部门政府性基金预算支出功能分类预算表");
            } else {
                assertThat(captions.get(i)).isEqualTo(parentCaptions.get(i));
            }
        }
        // the same cells in every table
        assertThat(own.select("table tbody").eachText())
                .isEqualTo(parent.select("table tbody").eachText());
        // the glossary: the user's two terms under the parent's heading, the parent's terms gone
        String text = own.text();
        assertThat(text)
                .contains("三、名词解释")
                .contains("（一）测试名词甲：测试用的第一条名词解释。")
                .contains("（二）测试名词乙：测试用的第二条名词解释。")
                .doesNotContain("基本支出预算：区级预算主管部门");
        assertThat(parent.text()).contains("基本支出预算：区级预算主管部门").doesNotContain("测试名词甲");
        // the rest of the narrative is the parent's, as it is
        assertThat(text.replace("2025年部门政府性基金预算支出表（测试）", "").replaceAll("三、名词解释.*?四、", ""))
                .isEqualTo(parent.text().replace("2025年部门政府性基金预算支出功能分类预算表", "").replaceAll("三、名词解释.*?四、", ""));
    }

    @Test
    void theFinanceBureausUnitsInItsUnitLayoutAreRefusedNamingEachUnitAndFact() throws Exception {
        Budget units = budget("shanghai-putuo-finance-bureau-2025-units.json");
        assertThatThrownBy(() -> Disclosure.units(
                        units, RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department"))))
                .isInstanceOf(BudgetValidationException.class)
                .hasMessageContaining("ERROR profile.requires at units[0].narrative.internalDivisions: unit "
                        + "上海市普陀区财政局本部 (035001): the profile shanghai-unit prints 机构设置（内设机构） (internalDivisions)")
                .hasMessageContaining("units[1].threePublic: unit 上海市普陀区财政局国库收付中心 (035002): the profile "
                        + "shanghai-unit prints “三公”经费");
        // in a layout that requires none of them, the same units render
        assertThat(Disclosure.units(units, Profile.hebei2022())).containsOnlyKeys("035001", "035002", "035003");
    }

    @Test
    void aDepartmentLayoutRendersItsUnitsInTheUnitLayoutItNames() throws Exception {
        // two units that state every fact shanghai-unit prints: the 社会福利院 reference and a renamed copy
        Budget home = budget("shanghai-putuo-welfare-home-2024-unit.json");
        Budget second = home.toBuilder()
                .department(Department.of("035102", "上海市普陀区第二社会福利院", "第二社会福利院", DepartmentKind.PUBLIC_INSTITUTION))
                .build();
        Budget first = home.toBuilder()
                .department(Department.of("035101", "上海市普陀区社会福利院", "社会福利院", DepartmentKind.PUBLIC_INSTITUTION))
                .build();
        Budget department = Budget.builder()
                .department("035", "上海市普陀区民政局", "民政局", DepartmentKind.ADMINISTRATIVE)
                .year(2024)
                .unit(MoneyUnit.YUAN)
                .costClasses(home.costClasses())
                .unit(first)
                .unit(second)
                .build();
        Map<String, Disclosure> made = Disclosure.units(
                department, RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department")));
        assertThat(made).containsOnlyKeys("035101", "035102");
        Document unitLayout =
                html(Disclosure.of(first, RenderOptions.defaults().withProfile(Profile.of("shanghai-unit"))));
        for (var e : made.entrySet()) {
            Document d = html(e.getValue());
            String name = e.getKey().equals("035101") ? "上海市普陀区社会福利院" : "上海市普陀区第二社会福利院";
            assertThat(d.text())
                    .contains("预算单位：" + name)
                    .contains("2024年单位预算")
                    .doesNotContain("预算主管部门：")
                    .doesNotContain("年区级部门预算");
            assertThat(d.select("caption").eachText())
                    .isEqualTo(unitLayout.select("caption").eachText());
        }
        // an explicit unit layout is used as given
        assertThat(html(Disclosure.units(department, Profile.hebei2022()).get("035101"))
                        .select("caption")
                        .eachText())
                .isEqualTo(Profile.hebei2022().tableTitles());
    }
}
