package org.budgetdisclosure.model.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;

/**
 * Table 4, 部门预算财政拨款收支总表: fiscal appropriations by fund on the left, fiscal expenditure by functional
 * 类 and fund on the right, and the closing rows. Immutable.
 *
 * @param revenue this year's appropriation of each fiscal fund, never null
 * @param expenditure one row per functional 类 of the catalogue, in code order, never null
 * @param carryover 年初财政拨款结转和结余 by fund, never null
 * @param currentExpenditure 本年支出合计 by fund, never null
 * @param yearEndBalance 年末财政拨款结转和结余 by fund, never null
 */
public record FiscalSummary(
        Map<Fund, Amount> revenue,
        List<Row<FundColumn>> expenditure,
        Map<Fund, Amount> carryover,
        Row<FundColumn> currentExpenditure,
        Row<FundColumn> yearEndBalance) {

    /** Copies the fields. */
    public FiscalSummary {
        revenue = Collections.unmodifiableMap(new EnumMap<>(revenue));
        expenditure = List.copyOf(expenditure);
        carryover = Collections.unmodifiableMap(new EnumMap<>(carryover));
    }

    /** @param fund a fiscal fund, not null @return this year's appropriation of it, never null */
    public Amount revenue(Fund fund) {
        return revenue.getOrDefault(fund, Amount.zero(currentExpenditure.unit()));
    }

    /** @param fund a fiscal fund, not null @return 年初结转和结余 of it, never null */
    public Amount carryover(Fund fund) {
        return carryover.getOrDefault(fund, Amount.zero(currentExpenditure.unit()));
    }

    /** @return 本年收入合计, never null */
    public Amount currentRevenue() {
        return Amount.total(currentExpenditure.unit(), revenue.values());
    }

    /** @return 年初财政拨款结转和结余 of all funds, never null */
    public Amount carryoverTotal() {
        return Amount.total(currentExpenditure.unit(), carryover.values());
    }

    /** @return 收入总计 = 本年收入合计 + 年初结转和结余, never null */
    public Amount revenueTotal() {
        return currentRevenue().plus(carryoverTotal());
    }

    /** @param column a column, not null @return 支出总计 of it = 本年支出合计 + 年末结转和结余, never null */
    public Amount expenditureTotal(FundColumn column) {
        return currentExpenditure.get(column).plus(yearEndBalance.get(column));
    }
}
