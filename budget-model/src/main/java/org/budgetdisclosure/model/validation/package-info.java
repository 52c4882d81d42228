/**
 * Validation: every finding of a budget at once (rule, location, expected, actual, severity), comparing exact
 * values. A budget with errors is never rendered.
 */
package org.budgetdisclosure.model.validation;
