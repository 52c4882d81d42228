package org.budgetdisclosure.model.facts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The published facts of a department summed from its units ({@link Consolidation}): each sum exists only where
 * every unit concerned states the fact, since absent is not zero and a sum over some units would claim what the
 * others did not say. Stateless.
 */
final class PublishedSums {

    private PublishedSums() {}

    /** @return the units' facts, if every unit states one; empty for no units or any unit without */
    private static <T> Optional<List<T>> all(List<Budget> units, Function<Budget, Optional<T>> fact) {
        return units.isEmpty()
                ? Optional.empty()
                : allPresent(units.stream().map(fact).toList());
    }

    /** @return the values, if every one is present; else empty */
    private static <T> Optional<List<T>> allPresent(List<Optional<T>> parts) {
        return parts.stream().allMatch(Optional::isPresent)
                ? Optional.of(parts.stream().map(Optional::get).toList())
                : Optional.empty();
    }

    /** 机关运行经费: the sum over the 行政 and 参公 units, where each states it. */
    static Optional<Amount> operatingCosts(List<Budget> units, MoneyUnit unit) {
        return all(units, Budget::operatingCosts).map(list -> Amount.total(unit, list));
    }

    static Optional<ProcurementTotals> procurementTotals(List<Budget> units, MoneyUnit unit) {
        return all(units, u -> u.narrative().procurementTotals())
                .map(list -> new ProcurementTotals(
                        Amount.total(
                                unit,
                                list.stream().map(ProcurementTotals::goods).toList()),
                        Amount.total(
                                unit,
                                list.stream().map(ProcurementTotals::works).toList()),
                        Amount.total(
                                unit,
                                list.stream().map(ProcurementTotals::services).toList()),
                        sum(
                                unit,
                                list.stream()
                                        .map(ProcurementTotals::reservedForSmes)
                                        .toList()),
                        sum(
                                unit,
                                list.stream()
                                        .map(ProcurementTotals::reservedForSmallAndMicro)
                                        .toList())));
    }

    static Optional<PerformanceTargets> performanceTargets(List<Budget> units, MoneyUnit unit) {
        return all(units, u -> u.narrative().performanceTargets())
                .map(list -> new PerformanceTargets(
                        list.stream().mapToInt(PerformanceTargets::projects).sum(),
                        Amount.total(
                                unit,
                                list.stream().map(PerformanceTargets::amount).toList())));
    }

    /** Held vehicles and equipment: summed where every unit states them at the same date. */
    static Optional<AssetHoldings> heldAssets(List<Budget> units) {
        return all(units, u -> u.narrative().heldAssets())
                .filter(list ->
                        list.stream().map(AssetHoldings::asOf).distinct().count() == 1)
                .map(list -> new AssetHoldings(
                        list.get(0).asOf(),
                        vehicles(list.stream().map(AssetHoldings::vehicles).toList()),
                        count(list.stream().map(AssetHoldings::largeEquipment).toList())));
    }

    static Optional<AssetPurchases> plannedAssets(List<Budget> units) {
        return all(units, u -> u.narrative().plannedAssets())
                .map(list -> new AssetPurchases(
                        vehicles(list.stream().map(AssetPurchases::vehicles).toList()),
                        count(list.stream().map(AssetPurchases::largeEquipment).toList())));
    }

    private static Optional<Amount> sum(MoneyUnit unit, List<Optional<Amount>> parts) {
        return allPresent(parts).map(list -> Amount.total(unit, list));
    }

    private static Optional<VehicleCounts> vehicles(List<Optional<VehicleCounts>> parts) {
        return allPresent(parts).map(list -> {
            Map<VehicleCategory, Integer> counts = new EnumMap<>(VehicleCategory.class);
            list.forEach(v -> v.counts().forEach((k, n) -> counts.merge(k, n, Integer::sum)));
            return new VehicleCounts(counts);
        });
    }

    private static OptionalInt count(List<OptionalInt> parts) {
        return parts.stream().allMatch(OptionalInt::isPresent)
                ? OptionalInt.of(parts.stream().mapToInt(OptionalInt::getAsInt).sum())
                : OptionalInt.empty();
    }
}
