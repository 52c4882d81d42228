package org.budgetdisclosure.model.finalaccounts.validation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.PerformanceOutturn;
import org.budgetdisclosure.model.finalaccounts.ProcurementOutturn;
import org.budgetdisclosure.model.finalaccounts.StatedFigure;
import org.budgetdisclosure.model.finalaccounts.StatedPercentage;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.LineOutturn;
import org.budgetdisclosure.model.statements.Change;

/**
 * What the department states of its accounts as published: every stated total and percentage against the
 * computed one (exactly; a percentage to its two decimals); the 年初预算 of every 项 spent where any is stated,
 * and the reason of a difference; the reason of a change on last year; 政府采购 and 绩效 consistent in themselves.
 */
final class StatedRules implements FinalRule {

    @Override
    public void check(FinalStatements s, FinalFindings findings) {
        FinalAccounts a = s.accounts();
        for (Map.Entry<StatedFigure, Amount> e : a.statedFigures().entrySet()) {
            findings.errorUnlessEqual(
                    "stated.total",
                    "statedFigures." + e.getKey().name(),
                    s.figures().computed(e.getKey()),
                    e.getValue(),
                    "the stated " + e.getKey().chineseName() + " differs from the one computed from the facts");
        }
        for (Map.Entry<StatedPercentage, BigDecimal> e : a.statedPercentages().entrySet()) {
            Optional<BigDecimal> computed = s.figures().computed(e.getKey());
            if (computed.isEmpty()) {
                findings.error(
                        "stated.percentage",
                        "statedPercentages." + e.getKey().name(),
                        "no percentage",
                        e.getValue().toPlainString(),
                        "the stated " + e.getKey().chineseName() + " is a percentage "
                                + "of nothing (its base is zero or not stated)");
            } else if (computed.get().compareTo(e.getValue()) != 0) {
                findings.error(
                        "stated.percentage",
                        "statedPercentages." + e.getKey().name(),
                        computed.get().toPlainString(),
                        e.getValue().toPlainString(),
                        "the stated " + e.getKey().chineseName() + " differs from the one computed from the facts");
            }
        }
        if (!a.lineBudgets().isEmpty()) {
            for (LineOutturn line : s.figures().lines()) {
                String code = line.functionCode().value();
                if (line.budget().isEmpty()) {
                    findings.warning(
                            "line-budget.missing",
                            "lineBudgets",
                            "the 年初预算 of " + code,
                            "none",
                            "一般公共预算财政拨款 spent on " + code + " " + s.name(line.functionCode())
                                    + " has no 年初预算 stated; the narrative explains every 项");
                } else if (line.comparedWithBudget().orElse(0) != 0
                        && line.budget().get().reason().isEmpty()) {
                    int at = a.lineBudgets().indexOf(line.budget().get());
                    findings.warning(
                            "line-budget.reason",
                            "lineBudgets[" + at + "].reason",
                            "a reason",
                            "none",
                            "the 决算 of " + code + " (" + line.spent() + ") differs from its 年初预算 ("
                                    + line.budget().get().openingBudget() + ") and no reason is stated");
                }
            }
        }
        for (LastYearFigure f : LastYearFigure.values()) {
            Optional<Change> change = s.figures().change(f);
            if (change.isPresent()
                    && change.get().direction() != Change.Direction.SAME
                    && change.get().reason().isEmpty()) {
                findings.warning(
                        "last-year.reason",
                        "lastYear.reasons." + f.name(),
                        "a reason",
                        "none",
                        f.chineseName() + " changed on last year ("
                                + change.get().prior() + " to " + change.get().current() + ") and no reason is stated");
            }
        }
        a.procurement().ifPresent(p -> procurement(p, findings));
        a.performance().ifPresent(p -> performance(p, findings));
        for (int i = 0; i < a.lineBudgets().size(); i++) {
            LineBudget l = a.lineBudgets().get(i);
            if (a.lineBudgets().subList(0, i).stream()
                    .anyMatch(o -> o.functionCode().equals(l.functionCode()))) {
                findings.error(
                        "line-budget.duplicate",
                        "lineBudgets[" + i + "].functionCode",
                        "one 年初预算",
                        "another",
                        "the 年初预算 of " + l.functionCode().value() + " is stated twice");
            }
        }
    }

    private static void procurement(ProcurementOutturn p, FinalFindings findings) {
        if (p.smeAwarded().isGreaterThan(p.smeReserved())) {
            findings.warning(
                    "procurement.sme",
                    "procurement.smeAwarded",
                    "at most " + p.smeReserved(),
                    p.smeAwarded(),
                    "more awarded to 中小企业 in the projects reserved for them than was reserved");
        }
        if (p.smallMicroAwarded().isGreaterThan(p.smallMicroReserved())) {
            findings.warning(
                    "procurement.small-micro",
                    "procurement.smallMicroAwarded",
                    "at most " + p.smallMicroReserved(),
                    p.smallMicroAwarded(),
                    "more awarded to 小微企业 in the projects " + "reserved for them than was reserved");
        }
    }

    private static void performance(PerformanceOutturn p, FinalFindings findings) {
        if (p.graded() != p.evaluatedProjects()) {
            findings.error(
                    "performance.grades",
                    "performance",
                    p.evaluatedProjects(),
                    p.graded(),
                    "the grades 优 + 良 + 合格 + 不合格 must count the projects self-evaluated");
        }
        if (p.problemsFixed() > p.problemsFound()) {
            findings.error(
                    "performance.problems",
                    "performance.problemsFixed",
                    "at most " + p.problemsFound(),
                    p.problemsFixed(),
                    "more problems fixed than found");
        }
    }
}
