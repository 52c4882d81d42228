package org.budgetdisclosure.model.facts;

/**
 * A row of a project's performance indicator table (绩效指标).
 *
 * @param level1 一级指标, such as 产出指标, not null
 * @param level2 二级指标, such as 数量指标, not null
 * @param level3 三级指标, not null
 * @param description 绩效指标描述, not null
 * @param value 指标值, such as ≥800, not null
 * @param basis 指标值确定依据, such as 年初预算安排, not null
 */
public record Indicator(String level1, String level2, String level3, String description, String value, String basis) {

    /** Validates the fields. */
    public Indicator {
        Checks.nonBlank(level1, "indicator.level1");
        Checks.nonBlank(level2, "indicator.level2");
        Checks.text(level3, "indicator.level3");
        Checks.text(description, "indicator.description");
        Checks.text(value, "indicator.value");
        Checks.text(basis, "indicator.basis");
    }
}
