package org.budgetdisclosure.model.finalaccounts;

import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;

/**
 * The carry-over of one 财政拨款 fund: 年初财政拨款结转和结余 (opening) and 年末财政拨款结转和结余 (closing), for the
 * fund as a whole or for one 功能 项 of it (the 政府性基金 and 国有资本经营 tables show them by 项). Where stated,
 * validation checks opening + 本年收入 − 本年支出 = closing. Immutable.
 *
 * @param fund a fiscal fund, not null
 * @param functionCode the 功能 项, empty for the fund as a whole, not null
 * @param opening the opening carry-over, not null
 * @param closing the closing carry-over, not null
 */
public record FundBalance(Fund fund, Optional<FunctionCode> functionCode, Amount opening, Amount closing) {

    /** Validates the fields. */
    public FundBalance {
        Require.present(fund, "fund");
        if (!fund.isFiscal()) {
            throw new IllegalArgumentException("fund of a fund balance must be a fiscal fund (财政拨款), was " + fund);
        }
        Require.present(functionCode, "functionCode");
        Require.present(opening, "opening");
        Require.present(closing, "closing");
    }

    /**
     * @param fund a fiscal fund, not null
     * @param opening the opening carry-over, not null
     * @param closing the closing carry-over, not null
     * @return the fund's balance as a whole, never null
     */
    public static FundBalance of(Fund fund, Amount opening, Amount closing) {
        return new FundBalance(fund, Optional.empty(), opening, closing);
    }

    /**
     * @param fund a fiscal fund, not null
     * @param functionCode the 功能 项 digits, not null
     * @param opening the opening carry-over, not null
     * @param closing the closing carry-over, not null
     * @return the balance of one 项 of the fund, never null
     */
    public static FundBalance of(Fund fund, String functionCode, Amount opening, Amount closing) {
        return new FundBalance(fund, Optional.of(FunctionCode.of(functionCode)), opening, closing);
    }
}
