package org.budgetdisclosure.model.finalaccounts;

import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * The carry-overs of the year in all funds, the closing rows of the 收入支出决算总表: 年初结转和结余 (opening),
 * 使用非财政拨款结余（含专用结余） (non-fiscal balance used), 结余分配 (surplus distribution) and 年末结转和结余
 * (closing). The balance of the year: 本年收入合计 + used + opening = 总计 = 本年支出合计 + distribution + closing,
 * checked by validation. Immutable.
 *
 * @param opening 年初结转和结余, not null
 * @param nonFiscalBalanceUsed 使用非财政拨款结余（含专用结余）, not null (zero where none)
 * @param surplusDistribution 结余分配, not null (zero where none)
 * @param closing 年末结转和结余, not null
 */
public record Balances(Amount opening, Amount nonFiscalBalanceUsed, Amount surplusDistribution, Amount closing) {

    /** Validates the fields. */
    public Balances {
        Require.present(opening, "balances.opening");
        Require.present(nonFiscalBalanceUsed, "balances.nonFiscalBalanceUsed");
        Require.present(surplusDistribution, "balances.surplusDistribution");
        Require.present(closing, "balances.closing");
    }

    /** @param unit the ledger unit, not null @return no carry-over at all, never null */
    public static Balances none(MoneyUnit unit) {
        Amount zero = Amount.zero(unit);
        return new Balances(zero, zero, zero, zero);
    }

    /** @param other balances of the same unit, not null @return the sums, field by field, never null */
    public Balances plus(Balances other) {
        return new Balances(
                opening.plus(other.opening),
                nonFiscalBalanceUsed.plus(other.nonFiscalBalanceUsed),
                surplusDistribution.plus(other.surplusDistribution),
                closing.plus(other.closing));
    }

    void check(MoneyUnit unit) {
        Require.unit(unit, "balances.opening", opening);
        Require.unit(unit, "balances.nonFiscalBalanceUsed", nonFiscalBalanceUsed);
        Require.unit(unit, "balances.surplusDistribution", surplusDistribution);
        Require.unit(unit, "balances.closing", closing);
    }
}
