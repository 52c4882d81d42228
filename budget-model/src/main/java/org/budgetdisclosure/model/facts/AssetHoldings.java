package org.budgetdisclosure.model.facts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state-owned assets a department holds as Shanghai publishes them (国有资产占有使用情况): its vehicles at a date
 * by category, and its equipment of a unit price of 100万元 or more (单价100万元（含）以上设备（不含车辆）, in 台（套）).
 * Either may be absent (not stated, not zero), but not both. Immutable.
 *
 * @param asOf the date of the count (截至), not null
 * @param vehicles the vehicles held (共有车辆), where stated, not null
 * @param largeEquipment the units of equipment of 100万元 or more held, where stated, 0 to
 *     {@value VehicleCounts#MAX_COUNT}, not null
 */
public record AssetHoldings(LocalDate asOf, Optional<VehicleCounts> vehicles, OptionalInt largeEquipment) {

    /** Validates the fields. */
    public AssetHoldings {
        Checks.present(asOf, "heldAssets.asOf");
        Checks.present(vehicles, "heldAssets.vehicles");
        Checks.present(largeEquipment, "heldAssets.largeEquipment");
        largeEquipment.ifPresent(n -> Checks.count(n, "heldAssets.largeEquipment"));
        if (vehicles.isEmpty() && largeEquipment.isEmpty()) {
            throw new IllegalArgumentException("heldAssets must state vehicles, largeEquipment or both");
        }
    }
}
