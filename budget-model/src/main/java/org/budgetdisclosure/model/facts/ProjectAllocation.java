package org.budgetdisclosure.model.facts;

/**
 * One line of a project's 年度预算安排: a part of the project and its budget for the year ("信息化系统日常维护费
 * 166.66万元").
 *
 * @param name the part's name, not blank
 * @param amount its budget, in the budget's unit, not null
 */
public record ProjectAllocation(String name, Amount amount) {

    /** Validates the fields. */
    public ProjectAllocation {
        Checks.nonBlank(name, "allocation.name");
        Checks.present(amount, "allocation.amount");
    }
}
