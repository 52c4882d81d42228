package org.budgetdisclosure.model.finalaccounts.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;

/**
 * The 财政拨款收入支出决算总表: 财政拨款 revenue by fund, expenditure by 功能 类 and fund, and each fund's opening
 * and closing carry-over (年初 / 年末财政拨款结转和结余, zero where not stated). Immutable.
 *
 * @param revenue the revenue of each fiscal fund, never null
 * @param revenueTotal 本年收入合计, never null
 * @param opening the opening carry-over of each fiscal fund, never null
 * @param openingTotal 年初财政拨款结转和结余, never null
 * @param revenueGrandTotal 总计 of the revenue side: revenue and opening, never null
 * @param classes the expenditure by 功能 类 (rows of 类 only, 合计 first) and fund, never null
 * @param closing the closing carry-over of each fiscal fund, never null
 * @param closingTotal 年末财政拨款结转和结余, never null
 * @param expenditureGrandTotal 总计 of the expenditure side: expenditure and closing, never null
 */
public record FiscalOutturnSummary(
        Map<Fund, Amount> revenue,
        Amount revenueTotal,
        Map<Fund, Amount> opening,
        Amount openingTotal,
        Amount revenueGrandTotal,
        FinalStatement<FiscalColumn> classes,
        Map<Fund, Amount> closing,
        Amount closingTotal,
        Amount expenditureGrandTotal) {

    /** Validates and copies the fields. */
    public FiscalOutturnSummary {
        revenue = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(revenue, "revenue")));
        Objects.requireNonNull(revenueTotal, "revenueTotal");
        opening = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(opening, "opening")));
        Objects.requireNonNull(openingTotal, "openingTotal");
        Objects.requireNonNull(revenueGrandTotal, "revenueGrandTotal");
        Objects.requireNonNull(classes, "classes");
        closing = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(closing, "closing")));
        Objects.requireNonNull(closingTotal, "closingTotal");
        Objects.requireNonNull(expenditureGrandTotal, "expenditureGrandTotal");
    }

    /** @return 本年支出合计 of 财政拨款, never null */
    public Amount expenditureTotal() {
        return classes.total().get(FiscalColumn.TOTAL);
    }
}
