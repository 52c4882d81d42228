package org.budgetdisclosure.model.statements;

/**
 * The nine standard tables of a departmental budget disclosure, in their published order, with their
 * official titles (Hebei 2022).
 */
public enum StatementId {
    /** Table 1: 部门预算收支总表. */
    BUDGET_SUMMARY(1, "部门预算收支总表"),
    /** Table 2: 部门预算收入总表. */
    REVENUE(2, "部门预算收入总表"),
    /** Table 3: 部门预算支出总表. */
    EXPENDITURE(3, "部门预算支出总表"),
    /** Table 4: 部门预算财政拨款收支总表. */
    FISCAL_SUMMARY(4, "部门预算财政拨款收支总表"),
    /** Table 5: 部门预算一般公共预算财政拨款支出表. */
    GENERAL_PUBLIC_EXPENDITURE(5, "部门预算一般公共预算财政拨款支出表"),
    /** Table 6: 部门预算一般公共预算财政拨款基本支出表. */
    GENERAL_PUBLIC_BASIC_EXPENDITURE(6, "部门预算一般公共预算财政拨款基本支出表"),
    /** Table 7: 部门预算政府基金预算财政拨款支出表. */
    GOVERNMENT_FUND_EXPENDITURE(7, "部门预算政府基金预算财政拨款支出表"),
    /** Table 8: 部门预算国有资本经营预算财政拨款支出表. */
    STATE_CAPITAL_EXPENDITURE(8, "部门预算国有资本经营预算财政拨款支出表"),
    /** Table 9: 部门预算财政拨款“三公”经费支出表. */
    THREE_PUBLIC(9, "部门预算财政拨款“三公”经费支出表");

    private final int number;
    private final String title;

    StatementId(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** @return the table's number, 1 to 9 */
    public int number() {
        return number;
    }

    /** @return the official title, never null */
    public String title() {
        return title;
    }
}
