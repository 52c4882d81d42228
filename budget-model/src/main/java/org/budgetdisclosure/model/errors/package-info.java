/**
 * The one exception family of the library: {@link org.budgetdisclosure.model.errors.BudgetException}, unchecked,
 * and the located {@link org.budgetdisclosure.model.errors.Problem}s it carries. Every failure a user can fix (a
 * file that cannot be read, a budget with validation errors, a profile, a template, a font, a limit) is one of
 * its subclasses; anything else thrown by the library is a bug.
 */
package org.budgetdisclosure.model.errors;
