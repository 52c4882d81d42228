package org.budgetdisclosure.render.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The figures a profile may name outside a statement's own rows: the keys of a summary table's fixed rows, such
 * as {@code summary.revenue.GENERAL_PUBLIC_BUDGET} or {@code fiscal.expenditureTotal}. Each key reads one figure
 * of the statements; the only sum made here is {@code summary.revenue.unitFunds}, 单位资金 (the fifth revenue row
 * of Hebei's 2025 收支总表): the exact total of this year's revenue from every source that is neither a fiscal
 * appropriation (财政拨款) nor 财政专户管理资金, that is 事业收入 + 事业单位经营收入 + 上级补助收入 + 附属单位上缴收入 +
 * 其他收入, added before any rounding, never typed in.
 *
 * <p>A <em>single</em> figure is one amount; a <em>row</em> figure is one amount per column of the fiscal
 * summary ({@code TOTAL}, {@code GENERAL_PUBLIC}, {@code GOVERNMENT_FUND}, {@code STATE_CAPITAL}).
 */
final class Figures {

    private static final Map<String, Function<Statements, Amount>> SINGLE = new TreeMap<>();
    private static final Map<String, Function<Statements, Row<FundColumn>>> ROWS = new TreeMap<>();

    static {
        SINGLE.put("zero", s -> Amount.zero(s.budget().unit()));
        for (RevenueSource source : RevenueSource.currentSources()) {
            SINGLE.put(
                    "summary.revenue." + source.name(), s -> s.budgetSummary().revenue(source));
        }
        SINGLE.put("summary.revenue.unitFunds", Figures::unitFunds);
        SINGLE.put("summary.currentRevenue", s -> s.budgetSummary().currentRevenue());
        SINGLE.put("summary.carryover", s -> s.budgetSummary().carryover());
        SINGLE.put("summary.revenueTotal", s -> s.budgetSummary().revenueTotal());
        SINGLE.put("summary.currentExpenditure", s -> s.budgetSummary().currentExpenditure());
        SINGLE.put("summary.yearEndBalance", s -> s.budgetSummary().yearEndBalance());
        SINGLE.put("summary.expenditureTotal", s -> s.budgetSummary().expenditureTotal());
        for (Fund fund : Fund.fiscalFunds()) {
            SINGLE.put("fiscal.revenue." + fund.name(), s -> s.fiscalSummary().revenue(fund));
            SINGLE.put("fiscal.carryover." + fund.name(), s -> s.fiscalSummary().carryover(fund));
        }
        SINGLE.put("fiscal.currentRevenue", s -> s.fiscalSummary().currentRevenue());
        SINGLE.put("fiscal.carryoverTotal", s -> s.fiscalSummary().carryoverTotal());
        SINGLE.put("fiscal.revenueTotal", s -> s.fiscalSummary().revenueTotal());
        ROWS.put("fiscal.currentExpenditure", s -> s.fiscalSummary().currentExpenditure());
        ROWS.put("fiscal.yearEndBalance", s -> s.fiscalSummary().yearEndBalance());
        ROWS.put("fiscal.expenditureTotal", s -> {
            Map<FundColumn, Amount> cells = new java.util.EnumMap<>(FundColumn.class);
            for (FundColumn c : FundColumn.values()) {
                cells.put(c, s.fiscalSummary().expenditureTotal(c));
            }
            return new Row<>(
                    java.util.Optional.empty(),
                    "",
                    0,
                    org.budgetdisclosure.model.statements.RowKind.TOTAL,
                    cells,
                    s.budget().unit());
        });
    }

    private Figures() {}

    /**
     * 单位资金: this year's revenue from the sources of the unit's own (neither 财政拨款 nor 财政专户管理资金).
     *
     * @param s the statements
     * @return 事业收入 + 事业单位经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入, exact, never null
     */
    static Amount unitFunds(Statements s) {
        Amount sum = Amount.zero(s.budget().unit());
        for (RevenueSource source : RevenueSource.currentSources()) {
            if (source.fund().orElseThrow() == Fund.NON_FISCAL && source != RevenueSource.FISCAL_SPECIAL_ACCOUNT) {
                sum = sum.plus(s.budgetSummary().revenue(source));
            }
        }
        return sum;
    }

    /** @param key a key @return whether it names one amount */
    static boolean isSingle(String key) {
        return SINGLE.containsKey(key);
    }

    /** @param key a key @return whether it names a row of the fiscal summary's columns (or is {@code zero}) */
    static boolean isRow(String key) {
        return ROWS.containsKey(key) || "zero".equals(key);
    }

    /**
     * The row of table 3's total by type, for a summary whose right side lists {@code expenditure.classes}: its
     * columns are those of table 3 and {@code PERSONNEL}, {@code PUBLIC_USE}.
     */
    static final String EXPENDITURE_TOTAL = "expenditure.total";

    /** The columns of an {@code expenditure.classes} right side: table 3's and the cost classes of 基本支出. */
    static final java.util.Set<String> EXPENDITURE_COLUMNS = expenditureColumns();

    private static java.util.Set<String> expenditureColumns() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (ExpenditureColumn c : ExpenditureColumn.values()) {
            names.add(c.name());
        }
        names.add(BasicColumn.PERSONNEL.name());
        names.add(BasicColumn.PUBLIC_USE.name());
        return names;
    }

    /** @return every key, for error messages, never null */
    static List<String> keys() {
        List<String> all = new ArrayList<>(SINGLE.keySet());
        all.addAll(ROWS.keySet());
        all.add(EXPENDITURE_TOTAL);
        return all;
    }

    /**
     * A cell of table 3 (a 类 row or the total) in a column of {@link #EXPENDITURE_COLUMNS}: the columns of table 3
     * as they are; 人员经费 and 公用经费 the statements' split of the row's 基本支出
     * ({@link Statements#basicPart}), empty where the facts do not determine it.
     *
     * @param s the statements
     * @param row a row of table 3 (a 类 or the total)
     * @param column a name of {@link #EXPENDITURE_COLUMNS}
     * @return the amount, empty where the facts do not determine it
     */
    static java.util.Optional<Amount> expenditureCell(Statements s, Row<ExpenditureColumn> row, String column) {
        if (column.equals(BasicColumn.PERSONNEL.name())) {
            return s.basicPart(row, CostClass.PERSONNEL);
        }
        if (column.equals(BasicColumn.PUBLIC_USE.name())) {
            return s.basicPart(row, CostClass.PUBLIC_USE);
        }
        return java.util.Optional.of(row.get(ExpenditureColumn.valueOf(column)));
    }

    static Amount single(Statements s, String key) {
        return SINGLE.get(key).apply(s);
    }

    /**
     * @param s the statements
     * @param key a row key or {@code zero}
     * @param column a column name of {@link FundColumn}
     * @return the cell
     */
    static Amount cell(Statements s, String key, String column) {
        if ("zero".equals(key)) {
            return Amount.zero(s.budget().unit());
        }
        return ROWS.get(key).apply(s).get(FundColumn.valueOf(column.toUpperCase(Locale.ROOT)));
    }
}
