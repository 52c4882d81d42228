package org.budgetdisclosure.model.facts;

import java.util.Optional;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;

/**
 * One line of the budget (预算明细): an amount for a functional 项, from a revenue source, of an expenditure
 * type. Tables 1 to 5, 7 and 8 are sums of these lines.
 *
 * @param functionCode the functional code (支出功能分类科目), normally a 项, not null
 * @param source the revenue source, not null
 * @param fund the fund paying for the line; for this year's sources it is the source's fund, for the
 *     carry-over the fund the money was carried in, not null
 * @param type the expenditure type, not null
 * @param amount the amount, not null
 * @param economicCode the economic code (经济分类科目) where known
 */
public record Appropriation(
        FunctionCode functionCode,
        RevenueSource source,
        Fund fund,
        ExpenditureType type,
        Amount amount,
        Optional<EconomicCode> economicCode) {

    /** Validates the fields. */
    public Appropriation {
        Checks.present(functionCode, "functionCode");
        Checks.present(source, "source");
        Checks.present(fund, "fund");
        Checks.present(type, "type");
        Checks.present(amount, "amount");
        Checks.present(economicCode, "economicCode");
    }

    /**
     * A line of this year's revenue, its fund that of the source.
     *
     * @param functionCode the functional code, such as {@code "2150501"}, not null
     * @param source a source of this year, not the carry-over, not null
     * @param type the expenditure type, not null
     * @param amount the amount, such as {@code Amount.wan("517.76")}, not null
     * @return the line, never null
     * @throws IllegalArgumentException for the carry-over, which needs its fund: use {@link #carryover}
     */
    public static Appropriation of(String functionCode, RevenueSource source, ExpenditureType type, Amount amount) {
        Fund fund = source.fund()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a carry-over line needs its fund: use Appropriation.carryover(code, fund, type, amount)"));
        return new Appropriation(FunctionCode.of(functionCode), source, fund, type, amount, Optional.empty());
    }

    /**
     * A line paid from last year's carry-over (上年结转结余).
     *
     * @param functionCode the functional code, not null
     * @param fund the fund the money was carried in, not null
     * @param type the expenditure type, not null
     * @param amount the amount, not null
     * @return the line, never null
     */
    public static Appropriation carryover(String functionCode, Fund fund, ExpenditureType type, Amount amount) {
        return new Appropriation(
                FunctionCode.of(functionCode),
                RevenueSource.PRIOR_YEAR_CARRYOVER,
                fund,
                type,
                amount,
                Optional.empty());
    }

    /**
     * This line with its economic code.
     *
     * @param code the economic code, such as {@code "30201"}, not null
     * @return a new line, never null
     */
    public Appropriation withEconomicCode(String code) {
        return new Appropriation(functionCode, source, fund, type, amount, Optional.of(EconomicCode.of(code)));
    }

    /** @return whether this line is paid from a fiscal appropriation (财政拨款) */
    public boolean isFiscal() {
        return fund.isFiscal();
    }
}
