package org.budgetdisclosure.model.finalaccounts.validation;

import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;

/**
 * A validation rule of final accounts: looks at the facts and their statements and reports what it finds. Rules
 * must not throw on well-typed accounts.
 */
@FunctionalInterface
public interface FinalRule {

    /**
     * @param statements the statements, with their accounts and catalogue, not null
     * @param findings where to report, not null
     */
    void check(FinalStatements statements, FinalFindings findings);
}
