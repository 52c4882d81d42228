package org.budgetdisclosure.model.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.RevenueSource;

/**
 * Table 1, 部门预算收支总表: this year's revenue by source on the left, expenditure by functional 类 on the
 * right, and the closing rows. Immutable.
 *
 * @param revenue this year's revenue by each of the nine sources, in table order, never null
 * @param expenditure one row per functional 类: every 类 of the catalogue, in code order, never null
 * @param currentRevenue 本年收入合计, never null
 * @param carryover 上年结转结余, never null
 * @param currentExpenditure 本年支出合计, never null
 * @param yearEndBalance 年终结转结余, never null
 */
public record BudgetSummary(
        Map<RevenueSource, Amount> revenue,
        List<Row<AmountColumn>> expenditure,
        Amount currentRevenue,
        Amount carryover,
        Amount currentExpenditure,
        Amount yearEndBalance) {

    /** Copies the fields. */
    public BudgetSummary {
        revenue = Collections.unmodifiableMap(new EnumMap<>(revenue));
        expenditure = List.copyOf(expenditure);
    }

    /** @param source a source, not null @return this year's revenue from it, never null */
    public Amount revenue(RevenueSource source) {
        return revenue.getOrDefault(source, Amount.zero(currentRevenue.unit()));
    }

    /** @return 收入总计 = 本年收入合计 + 上年结转结余, never null */
    public Amount revenueTotal() {
        return currentRevenue.plus(carryover);
    }

    /** @return 支出总计 = 本年支出合计 + 年终结转结余, never null */
    public Amount expenditureTotal() {
        return currentExpenditure.plus(yearEndBalance);
    }
}
