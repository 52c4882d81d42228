/**
 * The facts of a departmental budget (部门预算), exactly as a finance system knows them: immutable records with
 * validated fields, no nulls, money as exact {@link java.math.BigDecimal}. The model knows no province and no layout.
 */
package org.budgetdisclosure.model.facts;
