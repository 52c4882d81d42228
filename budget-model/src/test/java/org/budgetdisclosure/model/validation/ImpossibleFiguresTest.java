package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.junit.jupiter.api.Test;

/**
 * Figures that cannot be true are errors, not warnings: a “三公” figure above the budget's total or above the fiscal
 * appropriations it is paid from, last year's “三公” above last year's total, a negative quantity.
 */
class ImpossibleFiguresTest {

    /** 2,538.88 in all: 2,000.00 of 一般公共预算 and 538.88 of other revenue. */
    private static Budget.Builder base() {
        return Budget.builder()
                .department("901", "某局", "某局", DepartmentKind.ADMINISTRATIVE)
                .year(2022)
                .appropriation("2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "2000.00")
                .appropriation("2150501", RevenueSource.OTHER_REVENUE, ExpenditureType.PROJECT, "538.88");
    }

    @Test
    void aThreePublicItemAboveTheBudgetsTotalIsAnError() {
        ValidationReport report =
                Validator.validate(base().threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "5000.00")
                        .threePublic(ThreePublicItem.VEHICLE_OPERATION, Fund.GENERAL_PUBLIC, "2.66")
                        .build());
        assertThat(report.byRule("three-public.above-total"))
                .extracting(Finding::location, Finding::actual)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "table 9 财政拨款“三公”经费 / row 公务接待费 " + "/ column 合计", "5000.00"),
                        org.assertj.core.groups.Tuple.tuple("table 9 财政拨款“三公”经费 / row 合计 " + "/ column 合计", "5002.66"));
        assertThat(report.byRule("three-public.above-total"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aThreePublicTotalAboveTheFiscalAppropriationsIsAnError() {
        ValidationReport report =
                Validator.validate(base().threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1500.00")
                        .threePublic(ThreePublicItem.VEHICLE_OPERATION, Fund.GENERAL_PUBLIC, "600.00")
                        .build());
        assertThat(report.byRule("three-public.above-total")).isEmpty();
        assertThat(report.byRule("three-public.above-fiscal")).singleElement().satisfies(f -> {
            assertThat(f.location()).contains("row 合计");
            assertThat(f.expected()).startsWith("at most 2000.00");
            assertThat(f.actual()).isEqualTo("2100.00");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void lastYearsThreePublicIsCheckedLikeThisYears() {
        ValidationReport report = Validator.validate(base().priorYear(new PriorYear(
                        Amount.wan("3.00"),
                        Amount.wan("1.00"),
                        Amount.wan("1.00"),
                        Amount.wan("1.00"),
                        Map.of(ThreePublicItem.RECEPTION, Amount.wan("99999")),
                        Map.of()))
                .build());
        assertThat(report.byRule("prior-year.three-public")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("priorYear.threePublic.RECEPTION");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aNegativeAssetQuantityIsAnError() {
        ValidationReport report = Validator.validate(
                base().assets(LocalDate.of(2021, 12, 31), "0", AssetCategory.of("车辆", "-2", Amount.wan("10.00")))
                        .build());
        assertThat(report.byRule("amount.negative"))
                .extracting(Finding::location)
                .containsExactly("narrative.assets.categories[0].quantity");
    }

    @Test
    void theReferenceShapeOfThreePublicStaysValid() {
        ValidationReport report =
                Validator.validate(base().threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "2.66")
                        .build());
        assertThat(report.errors()).isEmpty();
    }
}
