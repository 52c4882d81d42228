package org.budgetdisclosure.model.finalaccounts.statements;

import java.util.Objects;
import org.budgetdisclosure.model.facts.Amount;

/**
 * The 一般公共预算财政拨款基本支出决算表: every 款 of the economic 类 of 人员经费 and 公用经费 (301, 303 and 302, 310
 * with the standard classes) of the year's catalogue, and any other 款 stated, under their 类, zero where nothing
 * was spent; with 人员经费合计 and 公用经费合计. Immutable.
 *
 * @param table the rows (合计 first, then each 类 and its 款), never null
 * @param personnel 人员经费合计, never null
 * @param publicUse 公用经费合计, never null
 */
public record BasicOutturn(FinalStatement<BasicColumn> table, Amount personnel, Amount publicUse) {

    /** Validates the fields. */
    public BasicOutturn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(personnel, "personnel");
        Objects.requireNonNull(publicUse, "publicUse");
    }

    /** @return the 基本支出 合计, never null */
    public Amount total() {
        return table.total().get(BasicColumn.AMOUNT);
    }
}
