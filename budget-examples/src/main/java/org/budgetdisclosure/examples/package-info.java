/**
 * The reference budgets built through the public API, as a user of the library would build them.
 */
package org.budgetdisclosure.examples;
