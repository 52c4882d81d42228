package org.budgetdisclosure.model.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.AmountColumn;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.BudgetSummary;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.FiscalSummary;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.FundExpenditureColumn;
import org.budgetdisclosure.model.statements.KeyFigures;
import org.budgetdisclosure.model.statements.RevenueColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Checks every invariant of {@code docs/DOMAIN.md} on computed statements and lists what does not hold: parents are the sums of
 * their children, row totals the sums of their parts, table 1 balances, the same figure is the same number in
 * every table, table 9 adds up, and the narrative's figures are the tables'. Ships in the test-jar, so that
 * users can assert it on their own budgets: {@code assertThat(StatementInvariants.violations(s)).isEmpty()}.
 */
public final class StatementInvariants {

    private StatementInvariants() {}

    /**
     * @param s the statements, not null
     * @param requireTable6 whether to require table 6 to add up to table 5's 基本支出 (a validated rule, not an
     *     identity)
     * @return a description of each invariant that fails, empty when all hold; never null
     */
    public static List<String> violations(Statements s, boolean requireTable6) {
        List<String> v = new ArrayList<>();
        MoneyUnit unit = s.budget().unit();
        hierarchy(v, s.revenue());
        hierarchy(v, s.expenditure());
        hierarchy(v, s.generalPublicExpenditure());
        hierarchy(v, s.generalPublicBasicExpenditure());
        hierarchy(v, s.governmentFundExpenditure());
        hierarchy(v, s.stateCapitalExpenditure());

        for (Row<RevenueColumn> r : s.revenue().rows()) {
            Amount sources = Amount.zero(unit);
            for (RevenueColumn c : RevenueColumn.values()) {
                if (c.isCurrentSource()) {
                    sources = sources.plus(r.get(c));
                }
            }
            eq(v, "table 2 小计 = Σ sources, row " + r.codeText(), sources, r.get(RevenueColumn.CURRENT_SUBTOTAL));
            eq(
                    v,
                    "table 2 合计 = 小计 + 上年结转, row " + r.codeText(),
                    r.get(RevenueColumn.CURRENT_SUBTOTAL).plus(r.get(RevenueColumn.CARRYOVER)),
                    r.get(RevenueColumn.TOTAL));
        }
        rowTotals(v, s.expenditure(), ExpenditureColumn.TOTAL);
        rowTotals(v, s.generalPublicExpenditure(), FundExpenditureColumn.TOTAL);
        rowTotals(v, s.governmentFundExpenditure(), FundExpenditureColumn.TOTAL);
        rowTotals(v, s.stateCapitalExpenditure(), FundExpenditureColumn.TOTAL);
        rowTotals(v, s.generalPublicBasicExpenditure(), BasicColumn.TOTAL);
        rowTotals(v, s.threePublic(), FundColumn.TOTAL);

        BudgetSummary t1 = s.budgetSummary();
        eq(v, "table 1 收入总计 = 支出总计", t1.revenueTotal(), t1.expenditureTotal());
        eq(v, "table 1 本年收入合计 = Σ sources", Amount.total(unit, t1.revenue().values()), t1.currentRevenue());
        eq(
                v,
                "table 1 本年收入合计 + 上年结转 = table 2 合计",
                t1.revenueTotal(),
                s.revenue().total().get(RevenueColumn.TOTAL));
        eq(
                v,
                "table 1 本年支出合计 = table 3 合计",
                t1.currentExpenditure(),
                s.expenditure().total().get(ExpenditureColumn.TOTAL));
        eq(v, "table 1 上年结转 = table 2 上年结转", t1.carryover(), s.revenue().total().get(RevenueColumn.CARRYOVER));
        eq(
                v,
                "table 1 fiscal sources = table 2 财政拨款收入",
                Amount.total(
                        t1.revenue(RevenueSource.GENERAL_PUBLIC_BUDGET),
                        t1.revenue(RevenueSource.GOVERNMENT_FUND_BUDGET),
                        t1.revenue(RevenueSource.STATE_CAPITAL_BUDGET)),
                s.revenue().total().get(RevenueColumn.FISCAL));
        eq(
                v,
                "table 1 Σ 类 = 本年支出合计",
                Amount.total(
                        unit,
                        t1.expenditure().stream()
                                .map(r -> r.get(AmountColumn.AMOUNT))
                                .toList()),
                t1.currentExpenditure());
        for (Row<AmountColumn> r : t1.expenditure()) {
            Amount t2 = s.revenue()
                    .row(r.codeText())
                    .map(x -> x.get(RevenueColumn.TOTAL))
                    .orElse(Amount.zero(unit));
            Amount t3 = s.expenditure()
                    .row(r.codeText())
                    .map(x -> x.get(ExpenditureColumn.TOTAL))
                    .orElse(Amount.zero(unit));
            eq(v, "table 1 类 " + r.codeText() + " = table 2 合计", t2, r.get(AmountColumn.AMOUNT));
            eq(v, "table 1 类 " + r.codeText() + " = table 3 合计", t3, r.get(AmountColumn.AMOUNT));
        }

        FiscalSummary t4 = s.fiscalSummary();
        eq(v, "table 4 收入总计 = 支出总计", t4.revenueTotal(), t4.expenditureTotal(FundColumn.TOTAL));
        Map<FundColumn, Statement<FundExpenditureColumn>> byFund = new EnumMap<>(FundColumn.class);
        byFund.put(FundColumn.GENERAL_PUBLIC, s.generalPublicExpenditure());
        byFund.put(FundColumn.GOVERNMENT_FUND, s.governmentFundExpenditure());
        byFund.put(FundColumn.STATE_CAPITAL, s.stateCapitalExpenditure());
        byFund.forEach((column, table) -> {
            eq(
                    v,
                    "table 4 本年支出合计 " + column + " = table " + table.id().number() + " 合计",
                    table.total().get(FundExpenditureColumn.TOTAL),
                    t4.currentExpenditure().get(column));
            for (Row<FundColumn> r : t4.expenditure()) {
                eq(
                        v,
                        "table 4 类 " + r.codeText() + " " + column + " = table "
                                + table.id().number(),
                        table.row(r.codeText())
                                .map(x -> x.get(FundExpenditureColumn.TOTAL))
                                .orElse(Amount.zero(unit)),
                        r.get(column));
            }
        });
        for (Fund fund : Fund.fiscalFunds()) {
            eq(
                    v,
                    "table 4 收入 " + fund + " + 结转 = 支出 " + fund,
                    t4.revenue(fund).plus(t4.carryover(fund)),
                    t4.currentExpenditure().get(FundColumn.of(fund)));
        }
        if (requireTable6) {
            eq(
                    v,
                    "table 5 基本支出 = table 6 合计",
                    s.generalPublicExpenditure().total().get(FundExpenditureColumn.BASIC),
                    s.generalPublicBasicExpenditure().total().get(BasicColumn.TOTAL));
        }

        List<Row<FundColumn>> t9 = s.threePublic().rows();
        for (FundColumn c : FundColumn.values()) {
            eq(v, "table 9 合计 = 小计 " + c, t9.get(0).get(c), t9.get(1).get(c));
            eq(
                    v,
                    "table 9 小计 = 出国 + 车 + 接待 " + c,
                    Amount.total(t9.get(2).get(c), t9.get(5).get(c), t9.get(8).get(c)),
                    t9.get(1).get(c));
            eq(
                    v,
                    "table 9 出国 = 教学科研 + 其他 " + c,
                    t9.get(3).get(c).plus(t9.get(4).get(c)),
                    t9.get(2).get(c));
            eq(
                    v,
                    "table 9 车 = 购置 + 运维 " + c,
                    t9.get(6).get(c).plus(t9.get(7).get(c)),
                    t9.get(5).get(c));
        }

        KeyFigures f = s.figures();
        eq(v, "narrative total = table 1", t1.currentExpenditure(), f.expenditureTotal());
        eq(v, "narrative 基本 = table 3", s.expenditure().total().get(ExpenditureColumn.BASIC), f.basic());
        eq(v, "narrative 项目 = table 3", s.expenditure().total().get(ExpenditureColumn.PROJECT), f.project());
        eq(
                v,
                "narrative 人员 = table 6",
                s.generalPublicBasicExpenditure().total().get(BasicColumn.PERSONNEL),
                f.personnel());
        eq(
                v,
                "narrative 公用 = table 6",
                s.generalPublicBasicExpenditure().total().get(BasicColumn.PUBLIC_USE),
                f.publicUse());
        eq(
                v,
                "narrative 机关运行经费 lines sum to 公用经费",
                Amount.total(
                        unit,
                        f.operatingCosts().stream()
                                .map(r -> r.get(BasicColumn.PUBLIC_USE))
                                .toList()),
                f.publicUse());
        eq(v, "narrative 三公 = table 9", t9.get(0).get(FundColumn.TOTAL), f.threePublic(Comparison.THREE_PUBLIC));
        f.changes()
                .forEach((k, change) -> eq(
                        v,
                        "change " + k + " = current − prior",
                        change.current().minus(change.prior()),
                        change.difference()));
        return v;
    }

    private static <C extends Enum<C>> void hierarchy(List<String> v, Statement<C> t) {
        List<Row<C>> rows = t.body();
        Map<String, Map<C, Amount>> childSums = new java.util.HashMap<>();
        for (Row<C> child : rows) {
            child.code().flatMap(x -> x.parent()).ifPresent(p -> {
                Map<C, Amount> sums = childSums.computeIfAbsent(p.value(), k -> new java.util.HashMap<>());
                for (C c : t.columns()) {
                    sums.merge(c, child.get(c), Amount::plus);
                }
            });
        }
        for (C c : t.columns()) {
            Amount classes = Amount.zero(t.total().unit());
            for (Row<C> parent : rows) {
                if (parent.level() == 0) {
                    classes = classes.plus(parent.get(c));
                }
                Map<C, Amount> sums = childSums.get(parent.codeText());
                if (sums != null) {
                    eq(
                            v,
                            "table " + t.id().number() + " " + parent.codeText() + " = Σ children, column " + c,
                            sums.get(c),
                            parent.get(c));
                }
            }
            eq(
                    v,
                    "table " + t.id().number() + " 合计 = Σ 类, column " + c,
                    classes,
                    t.total().get(c));
        }
        String previous = "";
        for (Row<C> r : rows) {
            if (r.codeText().compareTo(previous) <= 0) {
                v.add("table " + t.id().number() + " rows out of code order at " + r.codeText());
            }
            previous = r.codeText();
        }
    }

    private static <C extends Enum<C>> void rowTotals(List<String> v, Statement<C> t, C total) {
        for (Row<C> r : t.rows()) {
            Amount parts = Amount.zero(r.unit());
            for (C c : t.columns()) {
                if (c != total) {
                    parts = parts.plus(r.get(c));
                }
            }
            eq(v, "table " + t.id().number() + " 合计 = Σ parts, row " + r.name(), parts, r.get(total));
        }
    }

    private static void eq(List<String> v, String what, Amount expected, Amount actual) {
        if (!expected.equals(actual)) {
            v.add(what + ": expected " + expected + ", found " + actual);
        }
    }
}
