package org.budgetdisclosure.model.facts;

import java.util.Optional;

/**
 * The government procurement budget (政府采购预算) as totals by category, as Shanghai publishes it, without an item
 * list: 货物 (goods), 工程 (works), 服务 (services), and where stated the part reserved for small and medium-sized
 * enterprises (面向中小企业预留) and of it for small and micro enterprises (预留给小型和微型企业). Where the budget
 * also lists procurement items ({@link ProcurementItem}), validation checks that they add up to {@link #total()}.
 * Immutable.
 *
 * @param goods 政府采购货物预算, not null
 * @param works 政府采购工程预算, not null
 * @param services 政府采购服务预算, not null
 * @param reservedForSmes 面向中小企业预留的政府采购项目预算, where stated, not null
 * @param reservedForSmallAndMicro of it, 预留给小型和微型企业, where stated, not null
 */
public record ProcurementTotals(
        Amount goods,
        Amount works,
        Amount services,
        Optional<Amount> reservedForSmes,
        Optional<Amount> reservedForSmallAndMicro) {

    /** Validates the fields. */
    public ProcurementTotals {
        Checks.present(goods, "procurementTotals.goods");
        Checks.present(works, "procurementTotals.works");
        Checks.present(services, "procurementTotals.services");
        Checks.present(reservedForSmes, "procurementTotals.reservedForSmes");
        Checks.present(reservedForSmallAndMicro, "procurementTotals.reservedForSmallAndMicro");
    }

    /**
     * @param goods 货物, not null
     * @param works 工程, not null
     * @param services 服务, not null
     * @return the totals without set-asides, never null
     */
    public static ProcurementTotals of(Amount goods, Amount works, Amount services) {
        return new ProcurementTotals(goods, works, services, Optional.empty(), Optional.empty());
    }

    /** @return 政府采购预算: goods + works + services, never null */
    public Amount total() {
        return Amount.total(goods, works, services);
    }
}
