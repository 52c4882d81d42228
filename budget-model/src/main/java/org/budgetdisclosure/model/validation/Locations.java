package org.budgetdisclosure.model.validation;

import org.budgetdisclosure.model.statements.StatementId;

/** How findings name a table cell. */
final class Locations {

    private Locations() {}

    /** @return {@code table 6 部门预算一般公共预算财政拨款基本支出表 / row 合计 / column 合计} */
    static String cell(StatementId table, String row, String column) {
        return "table " + table.number() + " " + table.subject() + " / row " + row + " / column " + column;
    }
}
