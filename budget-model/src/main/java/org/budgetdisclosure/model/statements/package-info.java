/**
 * The standard statements computed from the facts: layout-neutral figures keyed by code, column and line, each
 * computed once, and the key figures the narrative states. Pure functions of the facts; immutable.
 */
package org.budgetdisclosure.model.statements;
