package org.budgetdisclosure.model.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Last year's budget figures that the narrative compares with (上年预算), and the stated reasons of the changes.
 *
 * @param total last year's total budget, not null
 * @param personnel last year's 人员经费, not null
 * @param publicUse last year's 公用经费, not null
 * @param project last year's 项目支出, not null
 * @param threePublic last year's “三公” amounts by item (all funds), not null; a missing item is zero
 * @param reasons the reason stated for each change, not null; may leave any out
 */
public record PriorYear(
        Amount total,
        Amount personnel,
        Amount publicUse,
        Amount project,
        Map<ThreePublicItem, Amount> threePublic,
        Map<Comparison, String> reasons) {

    /** Validates and copies the fields. */
    public PriorYear {
        Checks.present(total, "priorYear.total");
        Checks.present(personnel, "priorYear.personnel");
        Checks.present(publicUse, "priorYear.publicUse");
        Checks.present(project, "priorYear.project");
        threePublic = Collections.unmodifiableMap(
                copy(Checks.map(threePublic, "priorYear.threePublic"), ThreePublicItem.class));
        reasons = Collections.unmodifiableMap(copy(Checks.map(reasons, "priorYear.reasons"), Comparison.class));
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> copy(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        copy.putAll(map);
        return copy;
    }

    /** @param item an item, not null @return last year's amount of it, zero if not stated; never null */
    public Amount threePublic(ThreePublicItem item) {
        return threePublic.getOrDefault(item, Amount.zero(total.unit()));
    }

    /** @param comparison a compared figure, not null @return the stated reason of its change, if any */
    public Optional<String> reason(Comparison comparison) {
        return Optional.ofNullable(reasons.get(comparison));
    }
}
