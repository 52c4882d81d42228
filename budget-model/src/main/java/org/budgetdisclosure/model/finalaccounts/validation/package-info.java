/**
 * The checks of final accounts (部门决算) that do not hold by construction: the balance of the year, the
 * carry-over of each 财政拨款 fund, the agreement of the tables, “三公” against its economic lines, 机关运行经费
 * against the 公用经费 of 行政 and 参公 units, and every stated total and percentage against the computed one;
 * reported all at once as {@link org.budgetdisclosure.model.validation.Finding}s at their fact paths.
 */
package org.budgetdisclosure.model.finalaccounts.validation;
