package org.budgetdisclosure.model.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Last year's budget revenue by source (上年预算数), which the 编制说明 compares this year's with ("财政拨款收入…，
 * 比2024年预算增加107.62万元"), and the stated reason of the change of the 财政拨款 (财政拨款收入支出增加的主要原因).
 *
 * <p>It extends {@link PriorYear} rather than repeating it: {@code PriorYear} holds the figures the Hebei narrative
 * compares (total, 人员经费, 公用经费, 项目支出, “三公”), all required there, which a Shanghai document does not
 * publish; this holds last year's revenue by source, the three fiscal sources (财政拨款 by fund: 一般公共预算,
 * 政府性基金预算, 国有资本经营预算) always together. Where both are given, validation checks that the stated sources
 * do not add up to more than last year's total ({@code prior-revenue.above-total}). Last year's 财政拨款 by fund is
 * compared with this year's 财政拨款 revenue and spending alike: a Shanghai budget has no carry-over, so both are the
 * same figure.
 *
 * @param bySource last year's budget revenue by source, not null: the three fiscal sources are required (0 for a
 *     fund without money), the others optional (a source not given is not compared), never the carry-over
 * @param fiscalReason the reason of the change of 财政拨款, the text after 主要原因是 without the closing 。; empty
 *     if none is stated, never null
 */
public record PriorRevenue(Map<RevenueSource, Amount> bySource, Optional<String> fiscalReason) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException naming the source if a fiscal source is missing or the carry-over is given
     */
    public PriorRevenue {
        EnumMap<RevenueSource, Amount> copy = new EnumMap<>(RevenueSource.class);
        copy.putAll(Checks.map(bySource, "priorRevenue.bySource"));
        if (copy.containsKey(RevenueSource.PRIOR_YEAR_CARRYOVER)) {
            throw new IllegalArgumentException(
                    "priorRevenue.bySource: last year's revenue is this year's sources only, "
                            + "not PRIOR_YEAR_CARRYOVER");
        }
        for (RevenueSource s : fiscalSources()) {
            if (!copy.containsKey(s)) {
                throw new IllegalArgumentException("priorRevenue.bySource." + s + ": last year's 财政拨款 must be given "
                        + "for all three funds (GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND_BUDGET, STATE_CAPITAL_BUDGET; "
                        + "0 for a fund without money), " + s.chineseName() + " is missing");
            }
        }
        bySource = Collections.unmodifiableMap(copy);
        Checks.present(fiscalReason, "priorRevenue.fiscalReason");
        fiscalReason.ifPresent(r -> Checks.nonBlank(r, "priorRevenue.fiscalReason"));
    }

    /** @return the three fiscal sources (财政拨款) in table order, never null */
    public static java.util.List<RevenueSource> fiscalSources() {
        return java.util.List.of(
                RevenueSource.GENERAL_PUBLIC_BUDGET,
                RevenueSource.GOVERNMENT_FUND_BUDGET,
                RevenueSource.STATE_CAPITAL_BUDGET);
    }

    /** @param source a source, not null @return last year's revenue from it, if given */
    public Optional<Amount> source(RevenueSource source) {
        return Optional.ofNullable(bySource.get(source));
    }

    /** @param fund a fiscal fund, not null @return last year's 财政拨款 of that fund, never null */
    public Amount fiscal(Fund fund) {
        return fiscalSources().stream()
                .filter(s -> s.fund().orElseThrow() == fund)
                .map(bySource::get)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fund + " is not a fiscal fund"));
    }

    /** @return last year's 财政拨款 (the three fiscal sources), never null */
    public Amount fiscalTotal() {
        return Amount.total(
                bySource.get(RevenueSource.GENERAL_PUBLIC_BUDGET),
                bySource.get(RevenueSource.GOVERNMENT_FUND_BUDGET),
                bySource.get(RevenueSource.STATE_CAPITAL_BUDGET));
    }
}
