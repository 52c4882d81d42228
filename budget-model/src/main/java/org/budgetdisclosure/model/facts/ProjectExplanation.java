package org.budgetdisclosure.model.facts;

import java.util.List;
import java.util.Optional;

/**
 * One project's 项目经费情况说明 (department version, chapter 七): 项目概述, 立项依据, 实施主体, 实施方案, 实施周期,
 * 年度预算安排 and 绩效目标, each as stated. An item not stated is empty and left out of the document with its
 * heading (the others are numbered on without a gap); at least one must be stated.
 *
 * @param name the project's name, printed above its items; empty for a single chapter without a name (as the
 *     reference prints it), never null
 * @param overview 项目概述 paragraphs, not null
 * @param basis 立项依据 paragraphs, not null
 * @param implementers 实施主体 paragraphs, not null
 * @param plan 实施方案 paragraphs, not null
 * @param period 实施周期, if stated, never null
 * @param allocations 年度预算安排, its lines, not null
 * @param goals 绩效目标 paragraphs, not null
 */
public record ProjectExplanation(
        Optional<String> name,
        List<String> overview,
        List<String> basis,
        List<String> implementers,
        List<String> plan,
        Optional<ProjectPeriod> period,
        List<ProjectAllocation> allocations,
        List<String> goals) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if nothing is stated, or a name or paragraph is blank
     */
    public ProjectExplanation {
        Checks.present(name, "name");
        name.ifPresent(n -> Checks.nonBlank(n, "name"));
        overview = paragraphs(overview, "overview");
        basis = paragraphs(basis, "basis");
        implementers = paragraphs(implementers, "implementers");
        plan = paragraphs(plan, "plan");
        Checks.present(period, "period");
        allocations = Checks.list(allocations, "allocations");
        goals = paragraphs(goals, "goals");
        if (overview.isEmpty()
                && basis.isEmpty()
                && implementers.isEmpty()
                && plan.isEmpty()
                && period.isEmpty()
                && allocations.isEmpty()
                && goals.isEmpty()) {
            throw new IllegalArgumentException("a project explanation must state at least one of overview, basis, "
                    + "implementers, plan, period, allocations, goals");
        }
    }

    private static List<String> paragraphs(List<String> paragraphs, String field) {
        List<String> copy = Checks.list(paragraphs, field);
        for (int i = 0; i < copy.size(); i++) {
            Checks.nonBlank(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }
}
