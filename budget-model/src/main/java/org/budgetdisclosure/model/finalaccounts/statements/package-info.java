/**
 * The nine statements of the final accounts (部门决算表), computed once from
 * {@link org.budgetdisclosure.model.finalaccounts.FinalAccounts} and layout-neutral: figures keyed by code, column
 * and item, exact in the ledger unit; and the figures the narrative needs (shares, completion of the 年初预算,
 * changes on last year), computed here and nowhere else.
 */
package org.budgetdisclosure.model.finalaccounts.statements;
