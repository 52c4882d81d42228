package org.budgetdisclosure.model.finalaccounts.statements;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;

/**
 * The 财政拨款“三公”经费支出决算表: 预算数 and 决算数 of each item, of 公务用车购置及运行费 (小计) and of the whole (合计).
 * Immutable.
 *
 * @param budgeted the 预算数 of each item (zero where not stated), never null
 * @param spent the 决算数 of each item (zero where not stated), never null
 */
public record ThreePublicStatement(Map<ThreePublicHeading, Amount> budgeted, Map<ThreePublicHeading, Amount> spent) {

    /** Validates and copies the fields. */
    public ThreePublicStatement {
        budgeted = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(budgeted, "budgeted")));
        spent = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(spent, "spent")));
    }

    /** @return 公务用车购置及运行费 预算数, never null */
    public Amount vehiclesBudgeted() {
        return budgeted.get(ThreePublicHeading.VEHICLE_PURCHASE)
                .plus(budgeted.get(ThreePublicHeading.VEHICLE_OPERATION));
    }

    /** @return 公务用车购置及运行费 决算数, never null */
    public Amount vehiclesSpent() {
        return spent.get(ThreePublicHeading.VEHICLE_PURCHASE).plus(spent.get(ThreePublicHeading.VEHICLE_OPERATION));
    }

    /** @return 合计 预算数, never null */
    public Amount totalBudgeted() {
        return budgeted.values().stream().reduce(Amount::plus).orElseThrow();
    }

    /** @return 合计 决算数, never null */
    public Amount totalSpent() {
        return spent.values().stream().reduce(Amount::plus).orElseThrow();
    }

    /**
     * @param item an item, not null
     * @return 决算数 in per cent of 预算数 (完成预算的 …%), two decimals half-up; empty where nothing was budgeted
     *     (never "完成预算的0%" for an item without a budget)
     */
    public Optional<BigDecimal> completion(ThreePublicHeading item) {
        return Percent.of(spent.get(item), budgeted.get(item));
    }

    /** @return the completion of the whole, empty where nothing was budgeted */
    public Optional<BigDecimal> totalCompletion() {
        return Percent.of(totalSpent(), totalBudgeted());
    }
}
