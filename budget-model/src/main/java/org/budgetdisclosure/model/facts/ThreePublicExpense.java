package org.budgetdisclosure.model.facts;

/**
 * An amount of the “三公”经费 for one item from one fund, a cell of table 9.
 *
 * @param item the item, not null
 * @param fund the fiscal fund, not null
 * @param amount the amount, not null
 */
public record ThreePublicExpense(ThreePublicItem item, Fund fund, Amount amount) {

    /** Validates the fields. */
    public ThreePublicExpense {
        Checks.present(item, "item");
        Checks.present(fund, "fund");
        Checks.present(amount, "amount");
    }

    /**
     * @param item the item, not null
     * @param fund the fund, not null
     * @param amount the amount, not null
     * @return the expense, never null
     */
    public static ThreePublicExpense of(ThreePublicItem item, Fund fund, Amount amount) {
        return new ThreePublicExpense(item, fund, amount);
    }
}
