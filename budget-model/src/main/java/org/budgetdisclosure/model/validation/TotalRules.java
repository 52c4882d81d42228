package org.budgetdisclosure.model.validation;

import java.util.EnumMap;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.FundExpenditureColumn;
import org.budgetdisclosure.model.statements.KeyFigures;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Totals that do not hold by construction: table 6 合计 equals table 5 基本支出 ({@code basic.economic-total});
 * every economic 类 of table 6 is assigned to 人员经费 or 公用经费 ({@code basic.class-unassigned}); totals stated
 * by the finance system equal the computed ones ({@code declared.total}); last year's total is the sum of its
 * parts ({@code prior-year.total}); the projects with performance goals add up to 项目支出 ({@code projects.total},
 * a warning); a budget without lines ({@code budget.empty}, a warning). Where the budget declares its figures
 * rounded, a difference within the rounding of the lines involved is a warning naming both figures and the bound
 * ({@link Findings#errorUnlessEqual(String, String, Amount, Amount, int, String)}).
 */
final class TotalRules implements Rule {

    static final String BASIC_ECONOMIC_TOTAL = "basic.economic-total";
    static final String CLASS_UNASSIGNED = "basic.class-unassigned";
    static final String DECLARED_TOTAL = "declared.total";
    static final String PRIOR_YEAR_TOTAL = "prior-year.total";
    static final String PROJECTS_TOTAL = "projects.total";
    static final String EMPTY = "budget.empty";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        if (budget.appropriations().isEmpty()) {
            findings.warning(
                    EMPTY,
                    "appropriations",
                    "at least one line",
                    "none",
                    "the budget has no lines; every table prints empty");
        }
        Amount basicOfTable5 = statements.generalPublicExpenditure().total().get(FundExpenditureColumn.BASIC);
        Amount totalOfTable6 =
                statements.generalPublicBasicExpenditure().total().get(BasicColumn.TOTAL);
        int basicLines = (int) budget.appropriations().stream()
                        .filter(a -> a.fund() == Fund.GENERAL_PUBLIC && a.type() == ExpenditureType.BASIC)
                        .count()
                + (int) budget.basicExpenditures().stream()
                        .filter(l ->
                                budget.costClasses().classOf(l.economicCode()).isPresent())
                        .count();
        findings.errorUnlessEqual(
                BASIC_ECONOMIC_TOTAL,
                Locations.cell(StatementId.GENERAL_PUBLIC_BASIC_EXPENDITURE, "合计", "合计"),
                basicOfTable5,
                totalOfTable6,
                Math.max(1, basicLines),
                "the basic expenditure by economic classification (table 6) must add up to the "
                        + "一般公共预算 基本支出 of table 5");
        for (int i = 0; i < budget.basicExpenditures().size(); i++) {
            var line = budget.basicExpenditures().get(i);
            if (budget.costClasses().classOf(line.economicCode()).isEmpty()) {
                findings.error(
                        CLASS_UNASSIGNED,
                        "basicExpenditures[" + i + "].economicCode",
                        "a 类 assigned to 人员经费 or 公用经费",
                        line.economicCode().classCode().value(),
                        "assign economic 类 " + line.economicCode().classCode().value()
                                + " with CostClassAssignment.with(…) so that it is counted in table 6");
            }
        }
        Map<DeclaredTotal, Amount> computed = computed(statements);
        budget.declaredTotals()
                .forEach((key, declared) -> findings.errorUnlessEqual(
                        DECLARED_TOTAL,
                        "declaredTotals." + key,
                        computed.get(key),
                        declared,
                        1 + lines(budget, key),
                        "the stated " + key.chineseName() + " disagrees with the one computed from the lines"));
        budget.priorYear()
                .ifPresent(p -> findings.errorUnlessEqual(
                        PRIOR_YEAR_TOTAL,
                        "priorYear.total",
                        Amount.total(p.personnel(), p.publicUse(), p.project()),
                        p.total(),
                        4,
                        "last year's total must be 人员经费 + 公用经费 + 项目支出, as the narrative states it"));
        // where 绩效目标设置情况 is stated (Shanghai), the projects listed are those with targets, not all 项目支出
        if (!budget.narrative().projects().isEmpty()
                && budget.narrative().performanceTargets().isEmpty()) {
            Amount projects = Amount.total(
                    budget.unit(),
                    budget.narrative().projects().stream()
                            .map(PerformanceProject::amount)
                            .toList());
            KeyFigures figures = statements.figures();
            if (!projects.equals(figures.project())) {
                findings.warning(
                        PROJECTS_TOTAL,
                        "narrative.projects",
                        figures.project(),
                        projects,
                        "the projects with performance goals do not add up to 项目支出");
            }
        }
    }

    private static Map<DeclaredTotal, Amount> computed(Statements s) {
        KeyFigures f = s.figures();
        Map<DeclaredTotal, Amount> m = new EnumMap<>(DeclaredTotal.class);
        m.put(DeclaredTotal.REVENUE_TOTAL, s.budgetSummary().revenueTotal());
        m.put(DeclaredTotal.EXPENDITURE_TOTAL, s.budgetSummary().expenditureTotal());
        m.put(DeclaredTotal.BASIC, f.basic());
        m.put(DeclaredTotal.PROJECT, f.project());
        m.put(DeclaredTotal.PERSONNEL, f.personnel());
        m.put(DeclaredTotal.PUBLIC_USE, f.publicUse());
        m.put(DeclaredTotal.THREE_PUBLIC, f.threePublic(org.budgetdisclosure.model.facts.Comparison.THREE_PUBLIC));
        m.put(DeclaredTotal.PROCUREMENT, f.procurement());
        m.put(DeclaredTotal.ASSETS, s.budget().narrative().assets().total());
        return m;
    }

    /** How many facts a computed total adds up: each is rounded where the budget is declared rounded. */
    private static int lines(Budget b, DeclaredTotal key) {
        return (int)
                switch (key) {
                    case REVENUE_TOTAL, EXPENDITURE_TOTAL -> b.appropriations().size();
                    case BASIC ->
                        b.appropriations().stream()
                                .filter(a -> a.type() == ExpenditureType.BASIC)
                                .count();
                    case PROJECT ->
                        b.appropriations().stream()
                                .filter(a -> a.type() == ExpenditureType.PROJECT)
                                .count();
                    case PERSONNEL ->
                        b.basicExpenditures().stream()
                                .filter(l -> b.costClasses()
                                                .classOf(l.economicCode())
                                                .orElse(null)
                                        == CostClass.PERSONNEL)
                                .count();
                    case PUBLIC_USE ->
                        b.basicExpenditures().stream()
                                .filter(l -> b.costClasses()
                                                .classOf(l.economicCode())
                                                .orElse(null)
                                        == CostClass.PUBLIC_USE)
                                .count();
                    case THREE_PUBLIC ->
                        b.threePublic().stream()
                                .filter(e -> e.fund().isFiscal())
                                .count();
                    case PROCUREMENT -> b.narrative().procurement().size();
                    case ASSETS -> b.narrative().assets().categories().size();
                };
    }
}
