package org.budgetdisclosure.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.ExplanationFigures;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The stated facts of the 编制说明 and 项目经费情况说明 ({@link Explanations}):
 * <ul>
 *   <li>{@code explanation.line-unknown} (error): an explained 项 that is no line of the budget (its amount would
 *       come from nowhere);</li>
 *   <li>{@code explanation.line-duplicate} (error): a 项 explained twice;</li>
 *   <li>{@code explanation.line-no-fiscal} (warning): an explained 项 without 财政拨款 this year (the chapter lists
 *       财政拨款 spending, so it would print 0);</li>
 *   <li>{@code prior-revenue.above-total} (error): last year's stated revenue by source adds up to more than last
 *       year's total budget ({@code priorYear.total}), where both are given;</li>
 *   <li>{@code project-explanation.allocations} (error): the 年度预算安排 of the projects add up to more than this
 *       year's 项目支出 (table 3);</li>
 *   <li>{@code project-explanation.amount-twice} (warning): a 年度预算安排's 内容 that ends with another amount
 *       than its 金额, which is printed after it (one ending with its own amount is printed as written);</li>
 *   <li>{@code amount.negative} and {@code amount.precision} on every stated amount, as for the other facts.</li>
 * </ul>
 */
final class ExplanationRules implements Rule {

    static final String LINE_UNKNOWN = "explanation.line-unknown";
    static final String LINE_DUPLICATE = "explanation.line-duplicate";
    static final String LINE_NO_FISCAL = "explanation.line-no-fiscal";
    static final String PRIOR_ABOVE_TOTAL = "prior-revenue.above-total";
    static final String ALLOCATIONS = "project-explanation.allocations";
    static final String AMOUNT_TWICE = "project-explanation.amount-twice";
    /** A 内容 that ends with an amount and its unit (…1,720.00万元。): the amount is printed after it. */
    private static final java.util.regex.Pattern ENDS_WITH_AMOUNT =
            java.util.regex.Pattern.compile(".*[0-9][0-9,]*(\\.[0-9]+)?\\s*万?元[。；;.，,]?\\s*$");

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        Explanations e = budget.explanations();
        int decimals = budget.unit().decimals();
        e.priorRevenue().ifPresent(p -> {
            p.bySource().forEach((k, v) -> amount(findings, "explanations.priorRevenue.bySource." + k, v, decimals));
            budget.priorYear().ifPresent(py -> {
                Amount stated = Amount.total(budget.unit(), p.bySource().values());
                if (stated.isGreaterThan(py.total())) {
                    findings.error(
                            PRIOR_ABOVE_TOTAL,
                            "explanations.priorRevenue.bySource",
                            "at most " + py.total(),
                            stated,
                            "last year's revenue by source adds up to more than last year's total budget "
                                    + "(priorYear.total)");
                }
            });
        });
        ExplanationFigures figures = ExplanationFigures.of(statements);
        Map<FunctionCode, Integer> seen = new HashMap<>();
        List<LineExplanation> lines = e.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineExplanation line = lines.get(i);
            String at = "explanations.lines[" + i + "]";
            FunctionCode code = line.functionCode();
            Integer first = seen.putIfAbsent(code, i);
            if (first != null) {
                findings.error(
                        LINE_DUPLICATE,
                        at + ".functionCode",
                        "each 项 explained once",
                        code,
                        "the 项 is already explained at explanations.lines[" + first + "]");
            }
            if (budget.appropriations().stream().noneMatch(a -> a.functionCode().equals(code))) {
                findings.error(
                        LINE_UNKNOWN,
                        at + ".functionCode",
                        "a 项 among the budget's lines",
                        code,
                        "no line of the budget is under this 项, so the explanation has no amount");
            } else if (figures.fiscal(code).isZero()) {
                findings.warning(
                        LINE_NO_FISCAL,
                        at + ".functionCode",
                        "财政拨款 spending",
                        figures.fiscal(code),
                        "the 项 has no 财政拨款 this year: the explanation of 财政拨款 spending would print it as 0");
            }
            line.lastYear().ifPresent(l -> amount(findings, at + ".lastYear.amount", l.amount(), decimals));
        }
        List<ProjectExplanation> projects = e.projects();
        Amount allocated = Amount.zero(budget.unit());
        for (int i = 0; i < projects.size(); i++) {
            List<ProjectAllocation> allocations = projects.get(i).allocations();
            for (int j = 0; j < allocations.size(); j++) {
                Amount a = allocations.get(j).amount();
                amount(findings, "explanations.projects[" + i + "].allocations[" + j + "].amount", a, decimals);
                // a content ending with its own amount is printed as written; with another, both would be printed
                if (ENDS_WITH_AMOUNT.matcher(allocations.get(j).name()).matches()
                        && !allocations.get(j).statesAmount()) {
                    findings.warning(
                            AMOUNT_TWICE,
                            "explanations.projects[" + i + "].allocations[" + j + "].name",
                            "an opening phrase, the amount added after it",
                            allocations.get(j).name(),
                            "the content ends with another amount than its 金额, which is printed after it: two "
                                    + "amounts would be said; write only the opening phrase");
                }
                allocated = allocated.plus(a);
            }
        }
        Amount project = statements.expenditure().total().get(ExpenditureColumn.PROJECT);
        boolean anyAllocation = projects.stream().anyMatch(p -> !p.allocations().isEmpty());
        if (anyAllocation && allocated.isGreaterThan(project)) {
            findings.error(
                    ALLOCATIONS,
                    "explanations.projects",
                    "at most " + project,
                    allocated,
                    "the 年度预算安排 of the projects add up to more than this year's 项目支出");
        }
    }

    private static void amount(Findings findings, String location, Amount amount, int decimals) {
        if (amount.isNegative()) {
            findings.error(AmountRules.NEGATIVE, location, "0 or more", amount, "an amount must not be negative");
        }
        if (amount.decimals() > decimals) {
            findings.error(
                    AmountRules.PRECISION,
                    location,
                    "at most " + decimals + " decimals",
                    amount,
                    "the amount has more decimals than the unit allows");
        }
    }
}
