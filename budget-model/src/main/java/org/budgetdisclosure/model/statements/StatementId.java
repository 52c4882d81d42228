package org.budgetdisclosure.model.statements;

/**
 * The nine standard statements of a departmental budget (部门预算), numbered in their usual order, each with a
 * layout-neutral subject that validation uses to say where a figure is. Their printed titles, such as
 * 部门预算收支总表 or 2025年部门财务收支预算总表, belong to the layout (a profile), not to the statements.
 */
public enum StatementId {
    /** Table 1: 部门预算收支总表. */
    BUDGET_SUMMARY(1, "收支总表"),
    /** Table 2: 部门预算收入总表. */
    REVENUE(2, "收入总表"),
    /** Table 3: 部门预算支出总表. */
    EXPENDITURE(3, "支出总表"),
    /** Table 4: 部门预算财政拨款收支总表. */
    FISCAL_SUMMARY(4, "财政拨款收支总表"),
    /** Table 5: 部门预算一般公共预算财政拨款支出表. */
    GENERAL_PUBLIC_EXPENDITURE(5, "一般公共预算财政拨款支出"),
    /** Table 6: 部门预算一般公共预算财政拨款基本支出表. */
    GENERAL_PUBLIC_BASIC_EXPENDITURE(6, "一般公共预算财政拨款基本支出"),
    /** Table 7: 部门预算政府基金预算财政拨款支出表. */
    GOVERNMENT_FUND_EXPENDITURE(7, "政府性基金预算财政拨款支出"),
    /** Table 8: 部门预算国有资本经营预算财政拨款支出表. */
    STATE_CAPITAL_EXPENDITURE(8, "国有资本经营预算财政拨款支出"),
    /** Table 9: 部门预算财政拨款“三公”经费支出表. */
    THREE_PUBLIC(9, "财政拨款“三公”经费");

    private final int number;
    private final String subject;

    StatementId(int number, String subject) {
        this.number = number;
        this.subject = subject;
    }

    /** @return the table's number, 1 to 9 */
    public int number() {
        return number;
    }

    /** @return the layout-neutral subject, such as 收支总表 or 财政拨款“三公”经费, never null */
    public String subject() {
        return subject;
    }
}
