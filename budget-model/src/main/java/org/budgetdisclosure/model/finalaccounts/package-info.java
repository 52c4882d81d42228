/**
 * The facts of a department's final accounts (部门决算): what was actually received and spent in a year, against
 * the year's opening budget (年初预算), with the carry-overs (结转和结余). They share the department, its units,
 * the codes, {@link org.budgetdisclosure.model.facts.Amount} and its ledger unit with the budget
 * ({@link org.budgetdisclosure.model.facts.Budget}); their statements are in
 * {@link org.budgetdisclosure.model.finalaccounts.statements}, their checks in
 * {@link org.budgetdisclosure.model.finalaccounts.validation}.
 */
package org.budgetdisclosure.model.finalaccounts;
