package org.budgetdisclosure.model.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Vehicles (车辆) counted by {@link VehicleCategory}, held or planned. A count states the whole fleet: a category
 * it does not list has no vehicle (0辆). Immutable.
 *
 * @param counts the number of vehicles by category, each 0 to {@value #MAX_COUNT}, not null
 */
public record VehicleCounts(Map<VehicleCategory, Integer> counts) {

    /** The largest count of one category. */
    public static final int MAX_COUNT = 999_999_999;

    /** Validates and copies the counts. */
    public VehicleCounts {
        EnumMap<VehicleCategory, Integer> copy = new EnumMap<>(VehicleCategory.class);
        Checks.map(counts, "vehicles").forEach((k, v) -> copy.put(k, Checks.count(v, "vehicles." + k.name())));
        counts = Collections.unmodifiableMap(copy);
    }

    /** @return no vehicle in any category, never null */
    public static VehicleCounts none() {
        return new VehicleCounts(Map.of());
    }

    /** @param category a category, not null @return the vehicles of it, 0 if not listed */
    public int count(VehicleCategory category) {
        return counts.getOrDefault(category, 0);
    }

    /** @return the vehicles of every category (共有车辆) */
    public long total() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
