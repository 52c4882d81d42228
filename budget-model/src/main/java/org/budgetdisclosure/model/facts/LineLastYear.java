package org.budgetdisclosure.model.facts;

import java.util.Optional;

/**
 * Last year's figure of a 项 that the 编制说明 compares this year's 财政拨款 with (上年预算数 or 上年预算执行数),
 * and the stated reason of the change (主要原因是：…).
 *
 * @param amount last year's figure, in the budget's unit, not null
 * @param kind whether it is last year's budget (预算数) or its outturn (执行数), not null
 * @param reason the reason of the change, without 主要原因是 and without the closing 。; empty if none is stated
 *     (then no reason is printed, never an empty one), never null
 */
public record LineLastYear(Amount amount, Kind kind, Optional<String> reason) {

    /** Validates the fields: a stated reason is not blank. */
    public LineLastYear {
        Checks.present(amount, "lastYear.amount");
        Checks.present(kind, "lastYear.kind");
        Checks.present(reason, "lastYear.reason");
        reason.ifPresent(r -> Checks.nonBlank(r, "lastYear.reason"));
    }

    /**
     * @param amount last year's figure, not null
     * @param kind its kind, not null
     * @return a figure with no reason stated, never null
     */
    public static LineLastYear of(Amount amount, Kind kind) {
        return new LineLastYear(amount, kind, Optional.empty());
    }

    /** What last year's figure is. */
    public enum Kind {
        /** 预算数: last year's budget, as the department version compares. */
        BUDGET("预算数"),
        /** 预算执行数 (执行数): what was spent of last year's budget, as the unit version compares. */
        OUTTURN("执行数");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        /** @return the official term, 预算数 or 执行数, never null */
        public String chineseName() {
            return chineseName;
        }
    }
}
