package org.budgetdisclosure.model.finalaccounts.statements;

/**
 * The nine statements of the final accounts (部门决算表) in the order of the Shanghai template, each with its
 * layout-neutral subject; printed titles belong to the layout.
 */
public enum FinalStatementId {
    /** 收入支出决算总表. */
    SUMMARY(1, "收入支出决算总表"),
    /** 收入决算表. */
    REVENUE(2, "收入决算表"),
    /** 支出决算表. */
    EXPENDITURE(3, "支出决算表"),
    /** 财政拨款收入支出决算总表. */
    FISCAL_SUMMARY(4, "财政拨款收入支出决算总表"),
    /** 一般公共预算财政拨款支出决算表. */
    GENERAL_PUBLIC_EXPENDITURE(5, "一般公共预算财政拨款支出决算表"),
    /** 一般公共预算财政拨款基本支出决算表. */
    GENERAL_PUBLIC_BASIC(6, "一般公共预算财政拨款基本支出决算表"),
    /** 财政拨款“三公”经费支出决算表. */
    THREE_PUBLIC(7, "财政拨款“三公”经费支出决算表"),
    /** 政府性基金预算财政拨款收入支出决算表. */
    GOVERNMENT_FUND(8, "政府性基金预算财政拨款收入支出决算表"),
    /** 国有资本经营预算财政拨款收入支出决算表. */
    STATE_CAPITAL(9, "国有资本经营预算财政拨款收入支出决算表");

    private final int number;
    private final String subject;

    FinalStatementId(int number, String subject) {
        this.number = number;
        this.subject = subject;
    }

    /** @return the table's number, 1 to 9 */
    public int number() {
        return number;
    }

    /** @return the subject, such as 收入决算表, never null */
    public String subject() {
        return subject;
    }
}
