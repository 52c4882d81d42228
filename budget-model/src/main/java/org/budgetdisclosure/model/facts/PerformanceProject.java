package org.budgetdisclosure.model.facts;

import java.util.List;

/**
 * A project with its performance goals (预算项目绩效目标): the 分项绩效目标 text and the indicator table.
 *
 * @param name the project name, not blank
 * @param amount the project's budget, not null
 * @param description paragraphs of the 分项绩效目标, not null
 * @param goals the 绩效目标 lines of its table, not null
 * @param indicators the indicator rows, not null
 */
public record PerformanceProject(
        String name, Amount amount, List<String> description, List<String> goals, List<Indicator> indicators) {

    /** Validates and copies the fields. */
    public PerformanceProject {
        Checks.nonBlank(name, "project.name");
        Checks.present(amount, "project.amount");
        description = Checks.list(description, "project.description");
        goals = Checks.list(goals, "project.goals");
        indicators = Checks.list(indicators, "project.indicators");
    }
}
