package org.budgetdisclosure.model.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Last year's “三公”经费 budget (上年“三公”经费预算) by item, and the stated reasons of the changes, where the budget
 * states them without last year's other figures (Shanghai publishes its “三公” change on last year, but not last
 * year's 人员经费, 公用经费 and 项目支出 that {@link PriorYear} holds). A budget states one or the other. Immutable.
 *
 * @param amounts last year's amounts by item (all funds), not null; an item not listed is zero
 * @param reasons the reason of each change (only {@link Comparison#THREE_PUBLIC}, {@link Comparison#OVERSEAS},
 *     {@link Comparison#VEHICLES}, {@link Comparison#VEHICLE_PURCHASE}, {@link Comparison#VEHICLE_OPERATION},
 *     {@link Comparison#RECEPTION}), as it is printed after the figure, such as 主要原因是本部门无公务用车; may
 *     leave any out, not null
 */
public record PriorThreePublic(Map<ThreePublicItem, Amount> amounts, Map<Comparison, String> reasons) {

    /** Validates and copies the fields. */
    public PriorThreePublic {
        EnumMap<ThreePublicItem, Amount> a = new EnumMap<>(ThreePublicItem.class);
        Checks.map(amounts, "priorThreePublic.amounts").forEach((k, v) -> a.put(k, v));
        amounts = Collections.unmodifiableMap(a);
        EnumMap<Comparison, String> r = new EnumMap<>(Comparison.class);
        Checks.map(reasons, "priorThreePublic.reasons").forEach((k, v) -> {
            if (k.ordinal() < Comparison.THREE_PUBLIC.ordinal()) {
                throw new IllegalArgumentException("priorThreePublic.reasons." + k + ": expected a “三公” comparison "
                        + "(THREE_PUBLIC, OVERSEAS, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION)");
            }
            r.put(k, Checks.text(v, "priorThreePublic.reasons." + k));
        });
        reasons = Collections.unmodifiableMap(r);
    }

    /** @param comparison a compared figure, not null @return the stated reason of its change, if any */
    public Optional<String> reason(Comparison comparison) {
        return Optional.ofNullable(reasons.get(comparison));
    }
}
