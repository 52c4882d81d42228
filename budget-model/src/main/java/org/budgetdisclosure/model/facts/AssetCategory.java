package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A row of the fixed asset table (部门固定资产占用情况表).
 *
 * @param name the category as printed, such as 2、车辆（台、辆）, not blank
 * @param quantity the quantity where counted
 * @param value the value (价值), not null
 */
public record AssetCategory(String name, Optional<BigDecimal> quantity, Amount value) {

    /** Validates the fields. */
    public AssetCategory {
        Checks.nonBlank(name, "asset.name");
        Checks.present(quantity, "asset.quantity");
        Checks.present(value, "asset.value");
    }

    /**
     * @param name the category, not blank
     * @param quantity the quantity as text, or null where not counted
     * @param value the value, not null
     * @return the category, never null
     */
    public static AssetCategory of(String name, String quantity, Amount value) {
        return new AssetCategory(name, Optional.ofNullable(quantity).map(BigDecimal::new), value);
    }
}
