package org.budgetdisclosure.render;

import org.budgetdisclosure.model.facts.Budget;

/** {@link TestBudgets} for tests of other packages. */
public final class TestBudgetsAccess {

    private TestBudgetsAccess() {}

    /** @return a small valid budget */
    public static Budget small() {
        return TestBudgets.small("某局").build();
    }
}
