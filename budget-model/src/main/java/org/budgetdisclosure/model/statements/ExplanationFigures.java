package org.budgetdisclosure.model.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.RevenueSource;

/**
 * The figures of the Shanghai 编制说明 (chapter 四), each read from the statements and set against last year's
 * stated figures ({@link PriorRevenue}, {@link LineExplanation}): 财政拨款 revenue and spending, by fund, and each
 * explained 项's 财政拨款. Immutable.
 */
public final class ExplanationFigures {

    private final Statements statements;

    private ExplanationFigures(Statements statements) {
        this.statements = statements;
    }

    /** @param statements the statements, not null @return their 编制说明 figures, never null */
    public static ExplanationFigures of(Statements statements) {
        return new ExplanationFigures(java.util.Objects.requireNonNull(statements, "statements"));
    }

    private Budget budget() {
        return statements.budget();
    }

    private Optional<PriorRevenue> prior() {
        return budget().explanations().priorRevenue();
    }

    /** @return this year's 财政拨款收入: the three fiscal sources of table 4, never null */
    public Amount fiscalRevenue() {
        return statements.fiscalSummary().currentRevenue();
    }

    /** @return this year's 财政拨款支出: table 4's 本年支出合计, never null */
    public Amount fiscalExpenditure() {
        return statements.fiscalSummary().currentExpenditure().get(FundColumn.TOTAL);
    }

    /** @param fund a fiscal fund, not null @return this year's spending of it (table 4's column), never null */
    public Amount fundExpenditure(Fund fund) {
        return statements.fiscalSummary().currentExpenditure().get(FundColumn.of(fund));
    }

    /** @param source a source of this year, not null @return this year's revenue from it (table 1), never null */
    public Amount revenue(RevenueSource source) {
        return statements.figures().revenueBySource().getOrDefault(source, Amount.zero(budget().unit()));
    }

    /** @return 财政拨款收入 against last year's, with the stated reason; empty if last year's is not stated */
    public Optional<Change> fiscalRevenueChange() {
        return prior().map(p -> new Change(fiscalRevenue(), p.fiscalTotal(), p.fiscalReason()));
    }

    /** @return 财政拨款支出 against last year's 财政拨款, with the stated reason; empty if not stated */
    public Optional<Change> fiscalExpenditureChange() {
        return prior().map(p -> new Change(fiscalExpenditure(), p.fiscalTotal(), p.fiscalReason()));
    }

    /** @param fund a fiscal fund, not null @return its spending against last year's; empty if not stated */
    public Optional<Change> fundChange(Fund fund) {
        return prior().map(p -> new Change(fundExpenditure(fund), p.fiscal(fund), Optional.empty()));
    }

    /** @param source a source, not null @return its revenue against last year's; empty if that is not stated */
    public Optional<Change> sourceChange(RevenueSource source) {
        return prior().flatMap(p -> p.source(source)).map(last -> new Change(revenue(source), last, Optional.empty()));
    }

    /**
     * @return the explained 项 in code order, each with its names, its 财政拨款 and its change; a stated code that
     *     is not a line of the budget is left out (validation reports it), never null
     */
    public List<ExplainedLine> lines() {
        List<ExplainedLine> lines = new ArrayList<>();
        List<LineExplanation> stated = new ArrayList<>(budget().explanations().lines());
        stated.sort(Comparator.comparing(LineExplanation::functionCode));
        for (LineExplanation e : stated) {
            FunctionCode code = e.functionCode();
            if (budget().appropriations().stream()
                    .noneMatch(a -> a.functionCode().equals(code))) {
                continue;
            }
            lines.add(new ExplainedLine(
                    code,
                    names(code),
                    fiscal(code),
                    e,
                    e.lastYear().map(l -> new Change(fiscal(code), l.amount(), l.reason()))));
        }
        return lines;
    }

    /** @param code a functional code, not null @return its 财政拨款 spending this year, never null */
    public Amount fiscal(FunctionCode code) {
        Amount sum = Amount.zero(budget().unit());
        for (Statement<FundExpenditureColumn> table : List.of(
                statements.generalPublicExpenditure(),
                statements.governmentFundExpenditure(),
                statements.stateCapitalExpenditure())) {
            sum = sum.plus(table.row(code.value())
                    .map(r -> r.get(FundExpenditureColumn.TOTAL))
                    .orElse(Amount.zero(budget().unit())));
        }
        return sum;
    }

    private List<String> names(FunctionCode code) {
        List<String> names = new ArrayList<>();
        Optional<FunctionCode> c = Optional.of(code);
        while (c.isPresent()) {
            names.add(0, statements.nameOf(c.get()));
            c = c.get().parent();
        }
        return names;
    }
}
