package org.budgetdisclosure.model.finalaccounts.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.StatedFigure;
import org.budgetdisclosure.model.finalaccounts.StatedPercentage;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.statements.Change;
import org.budgetdisclosure.model.statements.Row;

/**
 * The figures the 决算情况说明 states beyond the tables, each computed once from the statements: shares of a whole
 * (占 …%), completion of the 年初预算 (完成年初预算的 …%), the changes on last year, and the value of every figure the
 * department may state ({@link StatedFigure}, {@link StatedPercentage}) for validation to compare. Percentages are
 * rounded half-up once, to two decimals, from the exact figures. Immutable.
 */
public final class OutturnFigures {

    private final FinalStatements statements;

    OutturnFigures(FinalStatements statements) {
        this.statements = statements;
    }

    private FinalAccounts accounts() {
        return statements.accounts();
    }

    /** @return 财政拨款收入 in per cent of 本年收入合计, empty where there is no revenue */
    public Optional<BigDecimal> fiscalRevenueShare() {
        OutturnSummary s = statements.summary();
        return Percent.of(s.fiscalRevenue(), s.revenueTotal());
    }

    /**
     * @param column a column of the 收入决算表 other than 合计, not null
     * @return its total in per cent of 本年收入合计, empty where there is no revenue
     */
    public Optional<BigDecimal> revenueShare(RevenueColumn column) {
        Row<RevenueColumn> total = statements.revenueStatement().total();
        return Percent.of(total.get(column), total.get(RevenueColumn.TOTAL));
    }

    /**
     * @param column a column of the 支出决算表 other than 合计, not null
     * @return its total in per cent of 本年支出合计, empty where nothing was spent
     */
    public Optional<BigDecimal> spendingShare(SpendingColumn column) {
        Row<SpendingColumn> total = statements.expenditureStatement().total();
        return Percent.of(total.get(column), total.get(SpendingColumn.TOTAL));
    }

    /** @return 一般公共预算财政拨款支出 in per cent of 本年支出合计 */
    public Optional<BigDecimal> generalPublicShare() {
        return Percent.of(
                generalPublicTotal(), statements.expenditureStatement().total().get(SpendingColumn.TOTAL));
    }

    /** @return 一般公共预算财政拨款支出, never null */
    public Amount generalPublicTotal() {
        return statements.generalPublicStatement().total().get(GeneralPublicColumn.TOTAL);
    }

    /** @return each 功能 类 of 一般公共预算财政拨款支出 in per cent of its total, in code order, never null */
    public Map<FunctionCode, BigDecimal> generalPublicClassShares() {
        Map<FunctionCode, BigDecimal> shares = new TreeMap<>();
        for (Row<GeneralPublicColumn> r : statements.generalPublicStatement().body()) {
            if (r.level() == 0) {
                Percent.of(r.get(GeneralPublicColumn.TOTAL), generalPublicTotal())
                        .ifPresent(p -> shares.put((FunctionCode) r.code().orElseThrow(), p));
            }
        }
        return java.util.Collections.unmodifiableMap(shares);
    }

    /** @return the total 年初预算 of 一般公共预算财政拨款: the sum of the 项 stated; empty where none is stated */
    public Optional<Amount> openingBudgetTotal() {
        List<LineBudget> lines = accounts().lineBudgets();
        return lines.isEmpty()
                ? Optional.empty()
                : Optional.of(Amount.total(
                        accounts().unit(),
                        lines.stream().map(LineBudget::openingBudget).toList()));
    }

    /** @return 一般公共预算财政拨款支出 in per cent of its 年初预算 (完成年初预算的 …%), empty without a budget */
    public Optional<BigDecimal> completion() {
        return openingBudgetTotal().flatMap(b -> Percent.of(generalPublicTotal(), b));
    }

    /**
     * @return every 项 of 一般公共预算财政拨款 spent or budgeted, in code order, with its 年初预算 where stated,
     *     never null
     */
    public List<LineOutturn> lines() {
        Map<FunctionCode, Amount> spent = new TreeMap<>();
        for (Row<GeneralPublicColumn> r : statements.generalPublicStatement().body()) {
            if (r.level() == 2) {
                spent.put((FunctionCode) r.code().orElseThrow(), r.get(GeneralPublicColumn.TOTAL));
            }
        }
        Map<FunctionCode, LineBudget> budgets = new TreeMap<>();
        for (LineBudget b : accounts().lineBudgets()) {
            budgets.put(b.functionCode(), b);
            spent.putIfAbsent(b.functionCode(), Amount.zero(accounts().unit()));
        }
        List<LineOutturn> lines = new ArrayList<>();
        spent.forEach(
                (code, amount) -> lines.add(new LineOutturn(code, amount, Optional.ofNullable(budgets.get(code)))));
        return List.copyOf(lines);
    }

    /**
     * @param figure one of last year's figures, not null
     * @return this year's figure against last year's with the reason, where last year's is stated (and, for
     *     机关运行经费, this year's too); empty otherwise
     */
    public Optional<Change> change(LastYearFigure figure) {
        Optional<Amount> prior = accounts().lastYear().figure(figure);
        Optional<Amount> current = current(figure);
        if (prior.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Change(current.get(), prior.get(), accounts().lastYear().reason(figure)));
    }

    private Optional<Amount> current(LastYearFigure figure) {
        ThreePublicStatement t = statements.threePublicStatement();
        return switch (figure) {
            case GRAND_TOTAL -> Optional.of(statements.summary().revenueGrandTotal());
            case FISCAL_GRAND_TOTAL -> Optional.of(statements.fiscalSummary().revenueGrandTotal());
            case GENERAL_PUBLIC_EXPENDITURE -> Optional.of(generalPublicTotal());
            case THREE_PUBLIC_OVERSEAS -> Optional.of(t.spent().get(ThreePublicHeading.OVERSEAS));
            case THREE_PUBLIC_VEHICLE_PURCHASE -> Optional.of(t.spent().get(ThreePublicHeading.VEHICLE_PURCHASE));
            case THREE_PUBLIC_VEHICLE_OPERATION -> Optional.of(t.spent().get(ThreePublicHeading.VEHICLE_OPERATION));
            case THREE_PUBLIC_RECEPTION -> Optional.of(t.spent().get(ThreePublicHeading.RECEPTION));
            case OPERATING_COSTS -> accounts().operatingCosts();
        };
    }

    /** @param figure a figure a department may state, not null @return its computed value, never null */
    public Amount computed(StatedFigure figure) {
        return switch (figure) {
            case GRAND_TOTAL -> statements.summary().revenueGrandTotal();
            case REVENUE_TOTAL -> statements.summary().revenueTotal();
            case EXPENDITURE_TOTAL -> statements.summary().expenditureTotal();
            case FISCAL_GRAND_TOTAL -> statements.fiscalSummary().revenueGrandTotal();
            case GENERAL_PUBLIC_EXPENDITURE -> generalPublicTotal();
            case GENERAL_PUBLIC_BASIC ->
                statements.generalPublicStatement().total().get(GeneralPublicColumn.BASIC);
            case PERSONNEL -> statements.basicStatement().personnel();
            case PUBLIC_USE -> statements.basicStatement().publicUse();
            case THREE_PUBLIC_SPENT -> statements.threePublicStatement().totalSpent();
        };
    }

    /**
     * @param share a percentage a department may state, not null
     * @return its computed value; empty where it does not exist (a share of nothing, a change on an unstated year)
     */
    public Optional<BigDecimal> computed(StatedPercentage share) {
        return switch (share) {
            case FISCAL_REVENUE_SHARE -> fiscalRevenueShare();
            case BASIC_SHARE -> spendingShare(SpendingColumn.BASIC);
            case PROJECT_SHARE -> spendingShare(SpendingColumn.PROJECT);
            case GENERAL_PUBLIC_SHARE -> generalPublicShare();
            case GENERAL_PUBLIC_COMPLETION -> completion();
            case GRAND_TOTAL_CHANGE -> change(LastYearFigure.GRAND_TOTAL).flatMap(Change::percent);
        };
    }
}
