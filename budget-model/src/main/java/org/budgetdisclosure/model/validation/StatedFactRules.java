package org.budgetdisclosure.model.validation;

import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Facts the department states as it publishes them, beside the figures computed from the lines.
 *
 * <ul>
 *   <li>机关运行经费 ({@link Budget#operatingCosts()}) above the 公用经费 of 一般公共预算 basic expenditure (table 6's
 *   公用经费 合计) is a warning ({@code operating-costs.above-public-use}): it is the 公用经费 of the 行政 units and
 *   参公 units only, so it may be less than the department's 公用经费, but not more.</li>
 *   <li>机关运行经费 stated by a 事业单位 ({@code PUBLIC_INSTITUTION}, not 参公) without units is an error
 *   ({@code operating-costs.public-institution}): it has none, and a department's sum leaves it out.</li>
 *   <li>政府采购 totals by category: where procurement items are listed too, they add up to the total
 *   ({@code procurement.totals}); a 中小企业 set-aside is at most the total, the part for small and micro
 *   enterprises at most the set-aside and only with it ({@code procurement.set-aside}).</li>
 *   <li>绩效目标设置情况: the projects listed (all of them, or a department's key projects, 重点项目) are at most
 *   the stated count ({@code performance.count}); where all are listed their total is the stated amount, where
 *   fewer it is at most that ({@code performance.amount}); the projects with targets above 项目支出 is a warning
 *   ({@code performance.above-project}).</li>
 *   <li>机构设置: at most one 本部 ({@code organisation.headquarters}).</li>
 *   <li>Last year's “三公” stated twice, in {@code priorYear} and {@code narrative.priorThreePublic}
 *   ({@code prior-year.three-public-twice}).</li>
 * </ul>
 */
final class StatedFactRules implements Rule {

    static final String OPERATING_COSTS_ABOVE_PUBLIC_USE = "operating-costs.above-public-use";
    static final String OPERATING_COSTS_PUBLIC_INSTITUTION = "operating-costs.public-institution";
    static final String PROCUREMENT_TOTALS = "procurement.totals";
    static final String PROCUREMENT_SET_ASIDE = "procurement.set-aside";
    static final String PERFORMANCE_COUNT = "performance.count";
    static final String PERFORMANCE_AMOUNT = "performance.amount";
    static final String PERFORMANCE_ABOVE_PROJECT = "performance.above-project";
    static final String HEADQUARTERS = "organisation.headquarters";
    static final String PRIOR_THREE_PUBLIC_TWICE = "prior-year.three-public-twice";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        budget.operatingCosts().ifPresent(stated -> {
            if (statements.units().isEmpty() && !budget.department().kind().hasOperatingCosts()) {
                findings.error(
                        OPERATING_COSTS_PUBLIC_INSTITUTION,
                        "operatingCosts",
                        "absent (a 事业单位 has none)",
                        stated,
                        "机关运行经费 is the 公用经费 of 行政 and 参公 units only: a 事业单位 (PUBLIC_INSTITUTION) "
                                + "has none, its document says so, and a department leaves it out of its sum; "
                                + "remove it, or state the kind CIVIL_SERVICE_MANAGED if the unit is 参公");
            }
            Amount publicUse = statements.figures().publicUse();
            if (stated.isGreaterThan(publicUse)) {
                findings.warning(
                        OPERATING_COSTS_ABOVE_PUBLIC_USE,
                        "operatingCosts",
                        "at most " + publicUse + " (公用经费 of 一般公共预算 basic expenditure, table 6)",
                        stated,
                        "机关运行经费 is the 公用经费 of the 行政 and 参公 units only, so it may be less than the "
                                + "department's 公用经费 but should not exceed it");
            }
        });
        Narrative n = budget.narrative();
        n.procurementTotals().ifPresent(t -> procurement(budget, t, findings));
        n.performanceTargets().ifPresent(t -> {
            List<PerformanceProject> projects = n.projects();
            if (!projects.isEmpty()) {
                Amount listed = Amount.total(
                        budget.unit(),
                        projects.stream().map(PerformanceProject::amount).toList());
                if (projects.size() > t.projects()) {
                    findings.error(
                            PERFORMANCE_COUNT,
                            "narrative.performanceTargets.projects",
                            "at least " + projects.size() + " (the projects listed)",
                            t.projects(),
                            "the projects listed in narrative.projects are some or all of the projects with targets: "
                                    + "the stated count cannot be less than the projects listed");
                } else if (projects.size() == t.projects()) {
                    findings.errorUnlessEqual(
                            PERFORMANCE_AMOUNT,
                            "narrative.performanceTargets.amount",
                            listed,
                            t.amount(),
                            1 + projects.size(),
                            "every project with targets is listed: their budget "
                                    + "must be the total of the projects listed");
                } else if (listed.isGreaterThan(t.amount())) {
                    findings.error(
                            PERFORMANCE_AMOUNT,
                            "narrative.performanceTargets.amount",
                            "at least " + listed + " (the key projects listed)",
                            t.amount(),
                            "the key projects listed are part of the projects with targets: their budget cannot be "
                                    + "more than the stated amount");
                }
            }
            Amount project = statements.figures().project();
            if (t.amount().isGreaterThan(project)) {
                findings.warning(
                        PERFORMANCE_ABOVE_PROJECT,
                        "narrative.performanceTargets.amount",
                        "at most " + project + " (项目支出)",
                        t.amount(),
                        "the projects with performance targets exceed the budget's 项目支出");
            }
        });
        long headquarters =
                n.budgetUnits().stream().filter(OrganisationUnit::headquarters).count();
        if (headquarters > 1) {
            findings.error(
                    HEADQUARTERS,
                    "narrative.budgetUnits",
                    "at most one 本部",
                    headquarters + " 本部",
                    "a department has one 本部; the others are units under it");
        }
        if (n.priorThreePublic().isPresent() && budget.priorYear().isPresent()) {
            findings.error(
                    PRIOR_THREE_PUBLIC_TWICE,
                    "narrative.priorThreePublic",
                    "absent beside priorYear",
                    "present",
                    "last year's “三公” is stated in priorYear; state it once");
        }
    }

    private static void procurement(Budget budget, ProcurementTotals t, Findings findings) {
        List<ProcurementItem> items = budget.narrative().procurement();
        if (!items.isEmpty()) {
            findings.errorUnlessEqual(
                    PROCUREMENT_TOTALS,
                    "narrative.procurementTotals",
                    t.total(),
                    Amount.total(
                            budget.unit(),
                            items.stream().map(ProcurementItem::amount).toList()),
                    3 + items.size(),
                    "the procurement items must add up to 货物 + 工程 + 服务 of the totals");
        }
        String at = "narrative.procurementTotals.";
        t.reservedForSmes().ifPresent(smes -> {
            if (smes.isGreaterThan(t.total())) {
                findings.error(
                        PROCUREMENT_SET_ASIDE,
                        at + "reservedForSmes",
                        "at most " + t.total(),
                        smes,
                        "the part reserved for 中小企业 cannot exceed the procurement budget");
            }
        });
        t.reservedForSmallAndMicro().ifPresent(small -> {
            if (t.reservedForSmes().isEmpty()) {
                findings.error(
                        PROCUREMENT_SET_ASIDE,
                        at + "reservedForSmallAndMicro",
                        "with reservedForSmes",
                        "without it",
                        "the part for small and micro enterprises is part of the 中小企业 set-aside: " + "state that too");
            } else if (small.isGreaterThan(t.reservedForSmes().get())) {
                findings.error(
                        PROCUREMENT_SET_ASIDE,
                        at + "reservedForSmallAndMicro",
                        "at most " + t.reservedForSmes().get(),
                        small,
                        "the part for small and micro enterprises cannot exceed the 中小企业 set-aside");
            }
        });
    }
}
