package org.budgetdisclosure.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Absent is not zero: the Shanghai chapters 二 and 六 print a sentence only from a fact the budget states. A budget
 * stating none of them is refused by the bundled Shanghai profiles ({@code requires:}, findings naming the profile
 * and the field); in a copy of the profile that requires nothing, it renders with the chapter headings alone: no
 * "0辆", no "无机关运行经费", no procurement, targets or “三公” sentence. Each fact given alone prints its own
 * sentences only; a fact given as zero prints as zero.
 */
class ShanghaiStatedFactsTest {

    @TempDir
    Path dir;

    /** 100万元 of 一般公共预算 basic expenditure (60万 人员, 40万 公用), in 元, stating no Shanghai fact. */
    private static Budget.Builder bare(DepartmentKind kind) {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("", "上海市某某局", "某某局", kind)
                .year(2025)
                .appropriation("2010101", GENERAL_PUBLIC_BUDGET, BASIC, "1000000.00")
                .basicExpenditure("30101", "600000.00")
                .basicExpenditure("30201", "400000.00");
    }

    @Test
    void theBundledProfilesRefuseABudgetLackingWhatTheyPrintNamingProfileAndField() {
        assertThatThrownBy(() -> Disclosure.of(
                        bare(DepartmentKind.ADMINISTRATIVE).build(),
                        RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department"))))
                .isInstanceOfSatisfying(BudgetValidationException.class, e -> {
                    List<Finding> f = e.report().byRule("profile.requires");
                    assertThat(f)
                            .extracting(Finding::location)
                            .containsExactly(
                                    "narrative.budgetUnits",
                                    "operatingCosts",
                                    "threePublic",
                                    "narrative.procurementTotals",
                                    "narrative.performanceTargets",
                                    "narrative.heldAssets",
                                    "narrative.plannedAssets");
                    assertThat(f)
                            .allSatisfy(x ->
                                    assertThat(x.message()).startsWith("the profile shanghai-2025-department prints "));
                    assertThat(f.get(1).message()).contains("机关运行经费 (operatingCosts)");
                });
        // a 事业单位 has no 机关运行经费: its kind meets the requirement
        assertThatThrownBy(() -> Disclosure.of(
                        bare(DepartmentKind.PUBLIC_INSTITUTION).build(),
                        RenderOptions.defaults().withProfile(Profile.of("shanghai-unit"))))
                .isInstanceOfSatisfying(
                        BudgetValidationException.class,
                        e -> assertThat(e.report().byRule("profile.requires"))
                                .extracting(Finding::location)
                                .contains("narrative.internalDivisions")
                                .doesNotContain("operatingCosts"));
    }

    @Test
    void everyFactAbsentNoSentenceClaimsIt() throws Exception {
        for (String profile : List.of("shanghai-2025-department", "shanghai-unit")) {
            for (DepartmentKind kind : List.of(DepartmentKind.ADMINISTRATIVE, DepartmentKind.CIVIL_SERVICE_MANAGED)) {
                String unit = profile.endsWith("unit") ? "单位" : "部门";
                Map<String, List<String>> chapters = chapters(bare(kind).build(), profile);
                assertThat(chapters.get("二、" + unit + "机构设置")).containsExactly("二、" + unit + "机构设置");
                assertThat(chapters.get("六、其他相关情况说明")).containsExactly("六、其他相关情况说明");
                String all = String.join("", chapters.get("六、其他相关情况说明"));
                assertThat(all)
                        .doesNotContain("辆")
                        .doesNotContain("台（套）")
                        .doesNotContain("机关运行经费")
                        .doesNotContain("政府采购")
                        .doesNotContain("绩效目标")
                        .doesNotContain("“三公”")
                        .doesNotContain("0.00");
            }
        }
    }

    @Test
    void aPublicInstitutionSaysItHasNoOperatingCostsAndOnlyThat() throws Exception {
        List<String> six = chapters(bare(DepartmentKind.PUBLIC_INSTITUTION).build(), "shanghai-unit")
                .get("六、其他相关情况说明");
        assertThat(six).containsExactly("六、其他相关情况说明", "一、机关运行经费预算", "2025年上海市某某局无机关运行经费。");
    }

    @Test
    void eachFactAlonePrintsItsOwnSentencesAndZeroAsZero() throws Exception {
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE).operatingCosts("0.00")))
                .containsExactly("一、机关运行经费预算", "2025年上海市某某局财政拨款的机关运行经费预算为0.00万元。");
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE)
                        .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "0.00")))
                .containsExactly(
                        "一、2025年“三公”经费预算情况说明",
                        "2025年“三公”经费预算数为0.00万元。其中：",
                        "（一）因公出国（境）费0.00万元。",
                        "（二）公务用车购置及运行费0.00万元。其中：公务用车购置费0.00万元；公务用车运行费0.00万元。",
                        "（三）公务接待费0.00万元。");
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE)
                        .procurementTotals(new ProcurementTotals(
                                Amount.yuan("100000.00"),
                                Amount.yuan("0.00"),
                                Amount.yuan("50000.00"),
                                Optional.of(Amount.yuan("60000.00")),
                                Optional.of(Amount.yuan("30000.00"))))))
                .containsExactly(
                        "一、政府采购预算情况",
                        "2025年度本部门政府采购预算15.00万元，其中：政府采购货物预算10.00万元、"
                                + "政府采购工程预算0.00万元、政府采购服务预算5.00万元。面向中小企业预留政府采购项目预算6.00万元，"
                                + "其中：预留给小型和微型企业的政府采购项目预算3.00万元。");
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE).performanceTargets(0, "0.00")))
                .containsExactly("一、绩效目标设置情况", "2025年度，本部门编报绩效目标的项目共0个，涉及项目预算资金0.00万元。");
        // key projects (重点项目) listed beside the count of all 49 with targets: accepted, and said to be key projects
        var key = new org.budgetdisclosure.model.facts.PerformanceProject(
                "信息化运维", Amount.yuan("100000.00"), List.of(), List.of(), List.of());
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE).project(key).performanceTargets(49, "200000.00")))
                .containsExactly("一、绩效目标设置情况", "2025年度，本部门编报绩效目标的项目共49个，涉及项目预算资金20.00万元。" + "其中重点项目1个：信息化运维10.00万元。");
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE).project(key).performanceTargets(1, "100000.00")))
                .containsExactly("一、绩效目标设置情况", "2025年度，本部门编报绩效目标的项目共1个，涉及项目预算资金10.00万元。" + "其中：信息化运维10.00万元。");
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE)
                        .heldAssets(
                                new AssetHoldings(LocalDate.of(2024, 12, 31), Optional.empty(), OptionalInt.of(3)))))
                .containsExactly("一、国有资产占有使用情况", "截至2024年12月31日，某某局共有单价100万元（含）以上设备（不含车辆）3台（套）。");
        assertThat(six(bare(DepartmentKind.ADMINISTRATIVE)
                        .plannedAssets(new AssetPurchases(
                                Optional.of(new VehicleCounts(Map.of(VehicleCategory.LAW_ENFORCEMENT, 1))),
                                OptionalInt.empty()))))
                .containsExactly(
                        "一、国有资产占有使用情况",
                        "2025年部门预算安排购置车辆1辆，其中：部级领导干部用车0辆、"
                                + "主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车1辆、特种专业技术用车0辆、"
                                + "离退休干部用车0辆、其他用车0辆。");
    }

    @Test
    void aUnitWhoseBudgetIsTheHeadquartersIsListedWithItsNoteAndNotCounted() throws Exception {
        Budget b = bare(DepartmentKind.ADMINISTRATIVE)
                .budgetUnit("某某局本部", DepartmentKind.ADMINISTRATIVE, true)
                .budgetUnit("上海市某某事务中心", DepartmentKind.PUBLIC_INSTITUTION, false)
                .mergedBudgetUnit("上海市某某所", DepartmentKind.PUBLIC_INSTITUTION)
                .build();
        assertThat(chapters(b, "shanghai-2025-department").get("二、部门机构设置"))
                .containsExactly(
                        "二、部门机构设置",
                        "上海市某某局部门预算包括某某局本部以及下属1家预算单位的综合收支计划。",
                        "本部门中，行政单位1家，事业单位1家，具体包括：",
                        "1.某某局本部",
                        "2.上海市某某事务中心",
                        "3.上海市某某所（预算不单列，并入本部）");
        assertThat(chapters(b, "shanghai-unit").get("二、单位机构设置")).contains("3.上海市某某所（预算不单列，并入本部）");
        assertThatThrownBy(() -> new org.budgetdisclosure.model.facts.OrganisationUnit(
                        "本部", DepartmentKind.ADMINISTRATIVE, true, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budgetUnits.mergedIntoHeadquarters");
    }

    @Test
    void aReasonOrPurposeTypedWithItsFullStopIsNotPrintedWithTwo() throws Exception {
        Budget b = bare(DepartmentKind.ADMINISTRATIVE)
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "20000.00")
                .priorThreePublic(new org.budgetdisclosure.model.facts.PriorThreePublic(
                        Map.of(ThreePublicItem.RECEPTION, Amount.yuan("25000.00")),
                        Map.of(org.budgetdisclosure.model.facts.Comparison.RECEPTION, "主要原因是厉行节约。")))
                .build();
        List<String> six = six(b.toBuilder());
        assertThat(six).contains("（三）公务接待费2.00万元，比2024年预算减少0.50万元，主要原因是厉行节约。");
        assertThat(String.join("", six)).doesNotContain("。。");
    }

    /** Chapter 六 after its heading, in the department profile without requirements. */
    private List<String> six(Budget.Builder budget) throws Exception {
        List<String> lines =
                chapters(budget.build(), "shanghai-2025-department").get("六、其他相关情况说明");
        return lines.subList(1, lines.size());
    }

    /** Chapters 二 and 六 as lines (headings, paragraphs, items), rendered in a copy of the profile requiring nothing. */
    private Map<String, List<String>> chapters(Budget budget, String profile) throws IOException, URISyntaxException {
        Path copy = withoutRequirements(profile);
        byte[] html = Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.load(copy)))
                .bytes(Format.HTML);
        List<String> lines = new ArrayList<>();
        for (Element e : ReadBack.html(html).select("h1, h2, h3, h4, p, li")) {
            lines.add(e.text().strip());
        }
        String unit = profile.endsWith("unit") ? "单位" : "部门";
        return Map.of(
                "二、" + unit + "机构设置", chapter(lines, "二、" + unit + "机构设置"), "六、其他相关情况说明", chapter(lines, "六、其他相关情况说明"));
    }

    private static List<String> chapter(List<String> lines, String heading) {
        int start = lines.lastIndexOf(heading); // the 目录 lists it first
        List<String> out = new ArrayList<>();
        for (int i = start; i >= 0 && i < lines.size(); i++) {
            if (i > start
                    && lines.get(i)
                            .matches("[一二三四五六七]、(部门|单位)(主要职能|机构设置|预算编制说明|预算表)" + "|[三六七]、(名词解释|其他相关情况说明|项目经费情况说明)")) {
                break;
            }
            out.add(lines.get(i));
        }
        return out;
    }

    /** A copy of a bundled profile's folder whose descriptor requires nothing. */
    private Path withoutRequirements(String profile) throws IOException, URISyntaxException {
        Path source = Path.of(Profile.class
                .getResource("/org/budgetdisclosure/render/profiles/" + profile)
                .toURI());
        Path target = dir.resolve(profile);
        if (Files.exists(target)) {
            return target;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path yaml = target.resolve("profile.yaml");
        // an empty list, not none: a layout that extends another (shanghai-unit) would inherit the parent's
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^requires:.*$", "requires: []"));
        return target;
    }
}
