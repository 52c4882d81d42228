package org.budgetdisclosure.model.validation;

import org.budgetdisclosure.model.statements.Statements;

/**
 * A validation rule: looks at the facts and the statements computed from them and reports what it finds. Rules
 * must not throw on a well-typed budget.
 */
@FunctionalInterface
public interface Rule {

    /**
     * @param statements the statements, with their budget and catalogue, not null
     * @param findings where to report, not null
     */
    void check(Statements statements, Findings findings);
}
