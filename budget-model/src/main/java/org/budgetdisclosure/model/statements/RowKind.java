package org.budgetdisclosure.model.statements;

/**
 * What a statement row is: the grand total, a subtotal over the rows below it, or a detail line.
 */
public enum RowKind {
    /** 合计 / 总计: the sum of the whole table. */
    TOTAL,
    /** A row whose figures are the sum of its children (a 类 or 款, 小计, a group of table 9). */
    SUBTOTAL,
    /** A leaf row (a 项, an economic 款, an item of table 9). */
    DETAIL
}
