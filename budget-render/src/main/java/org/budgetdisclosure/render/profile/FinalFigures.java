package org.budgetdisclosure.render.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;

/**
 * The figures a final-accounts (部门决算) profile may name in the fixed rows of its summary tables, such as
 * {@code summary.revenue.GENERAL_PUBLIC} or {@code fiscal.closing}: each key reads one figure of the
 * {@link FinalStatements}, computed there; nothing is added here. A <em>single</em> figure is one amount; a
 * <em>row</em> figure is one amount per column of the 财政拨款收入支出决算总表 ({@code TOTAL}, {@code GENERAL_PUBLIC},
 * {@code GOVERNMENT_FUND}, {@code STATE_CAPITAL}).
 */
final class FinalFigures {

    private static final Map<String, Function<FinalStatements, Amount>> SINGLE = new TreeMap<>();
    private static final Map<String, Function<FinalStatements, Map<FiscalColumn, Amount>>> ROWS = new TreeMap<>();

    static {
        for (FinalRevenueSource source : FinalRevenueSource.values()) {
            SINGLE.put(
                    "summary.revenue." + source.name(),
                    s -> s.summary().revenue().get(source));
        }
        SINGLE.put("summary.revenueTotal", s -> s.summary().revenueTotal());
        SINGLE.put("summary.nonFiscalBalanceUsed", s -> s.summary().nonFiscalBalanceUsed());
        SINGLE.put("summary.opening", s -> s.summary().opening());
        SINGLE.put("summary.revenueGrandTotal", s -> s.summary().revenueGrandTotal());
        SINGLE.put("summary.expenditureTotal", s -> s.summary().expenditureTotal());
        SINGLE.put("summary.surplusDistribution", s -> s.summary().surplusDistribution());
        SINGLE.put("summary.closing", s -> s.summary().closing());
        SINGLE.put("summary.expenditureGrandTotal", s -> s.summary().expenditureGrandTotal());
        for (Fund fund : Fund.fiscalFunds()) {
            SINGLE.put(
                    "fiscal.revenue." + fund.name(),
                    s -> s.fiscalSummary().revenue().get(fund));
            SINGLE.put(
                    "fiscal.opening." + fund.name(),
                    s -> s.fiscalSummary().opening().get(fund));
        }
        SINGLE.put("fiscal.revenueTotal", s -> s.fiscalSummary().revenueTotal());
        SINGLE.put("fiscal.openingTotal", s -> s.fiscalSummary().openingTotal());
        SINGLE.put("fiscal.revenueGrandTotal", s -> s.fiscalSummary().revenueGrandTotal());
        SINGLE.put("basic.personnel", s -> s.basicStatement().personnel());
        SINGLE.put("basic.publicUse", s -> s.basicStatement().publicUse());
        ROWS.put(
                "fiscal.expenditureTotal",
                s -> s.fiscalSummary().classes().total().amounts());
        ROWS.put(
                "fiscal.closing",
                s -> byFund(
                        s, s.fiscalSummary().closingTotal(), s.fiscalSummary().closing()));
        ROWS.put("fiscal.expenditureGrandTotal", s -> {
            Map<FiscalColumn, Amount> cells = new EnumMap<>(FiscalColumn.class);
            var classes = s.fiscalSummary().classes().total();
            cells.put(FiscalColumn.TOTAL, s.fiscalSummary().expenditureGrandTotal());
            for (Fund fund : Fund.fiscalFunds()) {
                FiscalColumn c = FiscalColumn.of(fund);
                cells.put(c, classes.get(c).plus(s.fiscalSummary().closing().get(fund)));
            }
            return cells;
        });
    }

    private FinalFigures() {}

    private static Map<FiscalColumn, Amount> byFund(FinalStatements s, Amount total, Map<Fund, Amount> funds) {
        Map<FiscalColumn, Amount> cells = new EnumMap<>(FiscalColumn.class);
        cells.put(FiscalColumn.TOTAL, total);
        funds.forEach((fund, amount) -> cells.put(FiscalColumn.of(fund), amount));
        return cells;
    }

    /** @return the keys of single figures, in order */
    static Set<String> singles() {
        return SINGLE.keySet();
    }

    /** @return the keys of row figures, in order */
    static Set<String> rows() {
        return ROWS.keySet();
    }

    /** @param s the statements @param key a single key @return its figure */
    static Amount single(FinalStatements s, String key) {
        return SINGLE.get(key).apply(s);
    }

    /**
     * @param s the statements
     * @param key a row key
     * @param column a column of {@link FiscalColumn}
     * @return the figure, empty where the row has none in that column
     */
    static Optional<Amount> cell(FinalStatements s, String key, String column) {
        return Optional.ofNullable(ROWS.get(key).apply(s).get(FiscalColumn.valueOf(column)));
    }
}
