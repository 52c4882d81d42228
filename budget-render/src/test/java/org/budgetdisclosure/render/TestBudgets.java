package org.budgetdisclosure.render;

import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;

/** Small budgets for the render tests. */
final class TestBudgets {

    private TestBudgets() {}

    /** A valid small budget with a name and an institution that tests can change. */
    static Budget.Builder small(String name) {
        return Budget.builder()
                .department("901", name, "测试局", DepartmentKind.ADMINISTRATIVE)
                .year(2023)
                .appropriation("2150501", GENERAL_PUBLIC_BUDGET, BASIC, "100.00")
                .appropriation("2150517", GENERAL_PUBLIC_BUDGET, PROJECT, "50.00")
                .basicExpenditure("30101", "80.00")
                .basicExpenditure("30201", "20.00")
                .institution(name, "行政", "正科级", "财政拨款")
                .staffing(10, 8, 0, 2);
    }
}
