package org.budgetdisclosure.model.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The state-owned assets section (国有资产信息): fixed assets at the end of last year by category, and the
 * fixed assets planned to be bought this year.
 *
 * @param asOf the date of the figures (截止时间), not null
 * @param categories the categories, not null
 * @param plannedAcquisitions 拟购置固定资产总额 this year, not null
 */
public record AssetRegister(LocalDate asOf, List<AssetCategory> categories, Amount plannedAcquisitions) {

    /** Validates and copies the fields. */
    public AssetRegister {
        Checks.present(asOf, "assets.asOf");
        categories = Checks.list(categories, "assets.categories");
        Checks.present(plannedAcquisitions, "assets.plannedAcquisitions");
    }

    /**
     * @param unit the budget's unit, not null
     * @return the empty register, dated at the start of the epoch; never null
     */
    public static AssetRegister none(MoneyUnit unit) {
        return new AssetRegister(LocalDate.of(1970, 1, 1), List.of(), Amount.zero(unit));
    }

    /** @return the total value of the categories, in the unit of the planned acquisitions, never null */
    public Amount total() {
        return Amount.total(
                plannedAcquisitions.unit(),
                categories.stream().map(AssetCategory::value).toList());
    }
}
