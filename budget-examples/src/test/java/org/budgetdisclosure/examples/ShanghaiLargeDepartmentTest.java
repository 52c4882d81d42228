package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department that is no reference: a 元 ledger with ten-digit figures and four budget units (本部, a 行政 unit, a
 * 参公 unit and a 事业 unit), every fact of chapters 二 and 六 stated, written to a budget file, read back equal and
 * rendered in the shanghai-2025-department profile: every sentence of the two chapters, from HTML and DOCX, each
 * figure converted to 万元 and rounded half-up once from its exact value.
 */
class ShanghaiLargeDepartmentTest {

    @TempDir
    Path dir;

    static Budget budget() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("", "上海市某某管理局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", GENERAL_PUBLIC_BUDGET, BASIC, "3456789012.34")
                .appropriation("2010102", GENERAL_PUBLIC_BUDGET, PROJECT, "2345678901.23")
                .basicExpenditure("30101", "2000000000.00")
                .basicExpenditure("30201", "1456789012.34")
                .threePublic(ThreePublicItem.OVERSEAS_OTHER, Fund.GENERAL_PUBLIC, "0.00")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1234567.89")
                .threePublic(ThreePublicItem.VEHICLE_OPERATION, Fund.GENERAL_PUBLIC, "9876543.21")
                .threePublic(ThreePublicItem.VEHICLE_PURCHASE, Fund.GENERAL_PUBLIC, "500000.00")
                .operatingCosts("1234567890.12")
                .budgetUnit("某某局本部", DepartmentKind.ADMINISTRATIVE, true)
                .budgetUnit("某某局执法大队", DepartmentKind.CIVIL_SERVICE_MANAGED, false)
                .budgetUnit("某某局信息中心", DepartmentKind.PUBLIC_INSTITUTION, false)
                .budgetUnit("某某局监察所", DepartmentKind.ADMINISTRATIVE, false)
                .procurementTotals("1234567890.12", "2000000000.00", "987654321.99")
                .project(new PerformanceProject("甲项目", Amount.yuan("1345678901.23"), List.of(), List.of(), List.of()))
                .project(new PerformanceProject("乙项目", Amount.yuan("1000000000.00"), List.of(), List.of(), List.of()))
                .performanceTargets(2, "2345678901.23")
                .heldAssets(new AssetHoldings(
                        LocalDate.of(2024, 12, 31),
                        Optional.of(new VehicleCounts(Map.of(
                                VehicleCategory.LAW_ENFORCEMENT,
                                12,
                                VehicleCategory.OTHER,
                                3,
                                VehicleCategory.EMERGENCY,
                                1))),
                        OptionalInt.of(7)))
                .plannedAssets(new AssetPurchases(
                        Optional.of(new VehicleCounts(Map.of(VehicleCategory.LAW_ENFORCEMENT, 2))), OptionalInt.of(1)))
                .priorThreePublic(new PriorThreePublic(
                        Map.of(
                                ThreePublicItem.RECEPTION,
                                Amount.yuan("1000000.00"),
                                ThreePublicItem.VEHICLE_OPERATION,
                                Amount.yuan("9876543.21"),
                                ThreePublicItem.VEHICLE_PURCHASE,
                                Amount.yuan("800000.00")),
                        Map.of(Comparison.VEHICLE_PURCHASE, "主要原因是车辆更新减少")))
                .build();
    }

    @Test
    void writtenReadBackAndRendered() throws Exception {
        Budget budget = budget();
        Path file = dir.resolve("large.json");
        try (var out = Files.newOutputStream(file)) {
            BudgetFiles.write(budget, out, BudgetFiles.Syntax.JSON);
        }
        assertThat(Files.readString(file)).contains("\"2345678901.23\"").contains("\"CIVIL_SERVICE_MANAGED\"");
        Budget read = BudgetFiles.read(file);
        assertThat(read).isEqualTo(budget);

        ShanghaiChapters rendered = new ShanghaiChapters(read, "shanghai-2025-department");
        assertThat(rendered.disclosure().validation().errors()).isEmpty();
        List<String> two = List.of(
                "二、部门机构设置",
                "上海市某某管理局部门预算包括某某局本部以及下属3家预算单位的综合收支计划。",
                // its 参公 unit counted apart, as published
                "本部门中，行政单位2家，参公单位1家，事业单位1家，具体包括：",
                "1.某某局本部",
                "2.某某局执法大队",
                "3.某某局信息中心",
                "4.某某局监察所");
        String others = "部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、";
        List<String> six = List.of(
                "六、其他相关情况说明",
                "一、2025年“三公”经费预算情况说明",
                // 11,611,111.10 against 11,676,543.21: 减少65,432.11元
                "2025年“三公”经费预算数为1,161.11万元，比2024年预算减少6.54万元。其中：",
                "（一）因公出国（境）费0.00万元，与2024年预算持平。",
                "（二）公务用车购置及运行费1,037.65万元，比2024年预算减少30.00万元。其中：公务用车购置费50.00万元，"
                        + "比2024年预算减少30.00万元，主要原因是车辆更新减少；公务用车运行费987.65万元，与2024年预算持平。",
                // 1,234,567.89 is 123.456789万元: 123.46; the change 234,567.89 is 23.46
                "（三）公务接待费123.46万元，比2024年预算增加23.46万元。",
                "二、机关运行经费预算",
                "2025年上海市某某管理局财政拨款的机关运行经费预算为123,456.79万元。",
                "三、政府采购预算情况",
                // 4,222,222,212.11元 in all; 987,654,321.99 is 98765.432199万元: 98765.43
                "2025年度本部门政府采购预算422,222.22万元，其中：政府采购货物预算123,456.79万元、" + "政府采购工程预算200,000.00万元、政府采购服务预算98,765.43万元。",
                "四、绩效目标设置情况",
                "2025年度，本部门编报绩效目标的项目共2个，涉及项目预算资金234,567.89万元。其中：甲项目134,567.89万元，" + "乙项目100,000.00万元。",
                "五、国有资产占有使用情况",
                "截至2024年12月31日，某某局共有车辆16辆，其中：" + others + "应急保障用车1辆、执法执勤用车12辆、"
                        + "特种专业技术用车0辆、离退休干部用车0辆、其他用车3辆；单价100万元（含）以上设备（不含车辆）7台（套）。",
                "2025年部门预算安排购置车辆2辆，其中：" + others + "应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、"
                        + "离退休干部用车0辆、其他用车0辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）1台（套）。");
        assertThat(rendered.html("二、部门机构设置")).containsExactlyElementsOf(two);
        assertThat(rendered.docx("二、部门机构设置")).containsExactlyElementsOf(two);
        assertThat(rendered.html("六、其他相关情况说明")).containsExactlyElementsOf(six);
        assertThat(rendered.docx("六、其他相关情况说明")).containsExactlyElementsOf(six);
    }
}
