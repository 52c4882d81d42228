package org.budgetdisclosure.model.finalaccounts;

import org.budgetdisclosure.model.facts.Amount;

/**
 * One item of the “三公” expenses paid from 财政拨款: its 年初预算数 (opening budget) and its 决算数 (spent).
 * Immutable.
 *
 * @param item the item, not null
 * @param budgeted the opening budget (预算数), not null
 * @param spent the amount spent (决算数), not null
 */
public record ThreePublicOutturn(ThreePublicHeading item, Amount budgeted, Amount spent) {

    /** Validates the fields. */
    public ThreePublicOutturn {
        Require.present(item, "item");
        Require.present(budgeted, "budgeted");
        Require.present(spent, "spent");
    }
}
