package org.budgetdisclosure.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A budget that states its 政府采购 totals and its assets as Shanghai publishes them, rendered in a Hebei layout
 * (a Shanghai file with {@code --profile hebei-2025}): the Hebei chapters print the stated facts and never deny
 * them (no "未安排政府采购预算", no "无固定资产信息需要说明").
 */
class HebeiStatedFactsTest {

    private static Budget.Builder bare() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("", "上海市某某局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", GENERAL_PUBLIC_BUDGET, BASIC, "1000000.00")
                .basicExpenditure("30101", "600000.00")
                .basicExpenditure("30201", "400000.00");
    }

    private static String text(Budget budget, String profile) {
        return Jsoup.parse(new String(
                        Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.of(profile)))
                                .bytes(Format.HTML),
                        StandardCharsets.UTF_8))
                .text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hebei-2022", "hebei-2025"})
    void statedProcurementTotalsAndAssetsAreNotDenied(String profile) {
        Budget stated = bare().procurementTotals(new ProcurementTotals(
                        Amount.yuan("100000.00"),
                        Amount.yuan("0.00"),
                        Amount.yuan("50000.00"),
                        Optional.empty(),
                        Optional.empty()))
                .heldAssets(new AssetHoldings(
                        LocalDate.of(2024, 12, 31),
                        Optional.of(new VehicleCounts(Map.of(VehicleCategory.LAW_ENFORCEMENT, 2))),
                        OptionalInt.of(3)))
                .plannedAssets(new AssetPurchases(Optional.empty(), OptionalInt.of(0)))
                .build();
        String text = text(stated, profile);
        assertThat(text)
                .doesNotContain("未安排政府采购预算")
                .doesNotContain("无固定资产信息需要说明")
                .contains("2025年，我部门安排政府采购预算15.00万元，其中：政府采购货物预算10.00万元、政府采购工程预算0.00万元、" + "政府采购服务预算5.00万元。")
                .contains("截至2024年12月31日，我部门共有车辆2辆，其中：")
                .contains("执法执勤用车2辆")
                .contains("单价100万元（含）以上设备（不含车辆）3台（套）")
                .contains("2025年部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。");
        // absent: the Hebei sentences as before
        String bareText = text(bare().build(), profile);
        assertThat(bareText).contains("2025年我部门预算未列报政府采购预算。").contains("我部门无固定资产信息需要说明。");
    }
}
