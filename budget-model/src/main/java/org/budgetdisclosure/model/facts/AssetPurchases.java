package org.budgetdisclosure.model.facts;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The vehicles and large equipment the budget plans to buy, as Shanghai publishes them (预算安排购置车辆 by category;
 * 购置单价100万元（含）以上设备（不含车辆）, in 台（套）). Either may be absent (not stated, not zero), but not both.
 * Immutable.
 *
 * @param vehicles the vehicles to buy, where stated, not null
 * @param largeEquipment the units of equipment of 100万元 or more to buy, where stated, 0 to
 *     {@value VehicleCounts#MAX_COUNT}, not null
 */
public record AssetPurchases(Optional<VehicleCounts> vehicles, OptionalInt largeEquipment) {

    /** Validates the fields. */
    public AssetPurchases {
        Checks.present(vehicles, "plannedAssets.vehicles");
        Checks.present(largeEquipment, "plannedAssets.largeEquipment");
        largeEquipment.ifPresent(n -> Checks.count(n, "plannedAssets.largeEquipment"));
        if (vehicles.isEmpty() && largeEquipment.isEmpty()) {
            throw new IllegalArgumentException("plannedAssets must state vehicles, largeEquipment or both");
        }
    }
}
