package org.budgetdisclosure.model.facts;

/**
 * 绩效目标设置情况 as Shanghai publishes it: the number of projects that report performance targets
 * (编报绩效目标的项目) and their project budget (涉及项目预算资金). These are the projects with targets, not all
 * 项目支出. Where the budget also lists its projects ({@link PerformanceProject}, each with its name and amount),
 * validation checks that they agree. Immutable.
 *
 * @param projects the number of projects, 0 to {@value VehicleCounts#MAX_COUNT}
 * @param amount their budget, not null
 */
public record PerformanceTargets(int projects, Amount amount) {

    /** Validates the fields. */
    public PerformanceTargets {
        Checks.count(projects, "performanceTargets.projects");
        Checks.present(amount, "performanceTargets.amount");
    }
}
