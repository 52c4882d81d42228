package org.budgetdisclosure.model.finalaccounts.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;

/**
 * The 收入支出决算总表: revenue by its eight sources on the left, expenditure by 功能 类 on the right, then the
 * totals and carry-overs of both sides. Each side's 总计 is computed from its own rows, so that validation can
 * compare them (they agree when the carry-overs are stated consistently). Immutable.
 *
 * @param revenue the revenue of the year by source, every source (zero where none), never null
 * @param revenueTotal 本年收入合计, never null
 * @param nonFiscalBalanceUsed 使用非财政拨款结余（含专用结余）, never null
 * @param opening 年初结转和结余, never null
 * @param revenueGrandTotal 总计 of the revenue side, never null
 * @param classes the expenditure of the year by 功能 类 that has any, in code order, never null
 * @param expenditureTotal 本年支出合计, never null
 * @param surplusDistribution 结余分配, never null
 * @param closing 年末结转和结余, never null
 * @param expenditureGrandTotal 总计 of the expenditure side, never null
 */
public record OutturnSummary(
        Map<FinalRevenueSource, Amount> revenue,
        Amount revenueTotal,
        Amount nonFiscalBalanceUsed,
        Amount opening,
        Amount revenueGrandTotal,
        Map<FunctionCode, Amount> classes,
        Amount expenditureTotal,
        Amount surplusDistribution,
        Amount closing,
        Amount expenditureGrandTotal) {

    /** Validates and copies the fields. */
    public OutturnSummary {
        revenue = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(revenue, "revenue")));
        Objects.requireNonNull(revenueTotal, "revenueTotal");
        Objects.requireNonNull(nonFiscalBalanceUsed, "nonFiscalBalanceUsed");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(revenueGrandTotal, "revenueGrandTotal");
        classes = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(classes, "classes")));
        Objects.requireNonNull(expenditureTotal, "expenditureTotal");
        Objects.requireNonNull(surplusDistribution, "surplusDistribution");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(expenditureGrandTotal, "expenditureGrandTotal");
    }

    /** @return the 财政拨款收入: the three fiscal sources, never null */
    public Amount fiscalRevenue() {
        return revenue.entrySet().stream()
                .filter(e -> e.getKey().isFiscal())
                .map(Map.Entry::getValue)
                .reduce(Amount::plus)
                .orElseThrow();
    }
}
