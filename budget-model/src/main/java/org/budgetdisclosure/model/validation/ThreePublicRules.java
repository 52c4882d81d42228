package org.budgetdisclosure.model.validation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.statements.ThreePublicLine;

/**
 * A “三公” item of the 一般公共预算 above the matching basic expenditure line of table 6
 * ({@code three-public.above-basic}). Not an error: “三公” covers project spending too (the reference: 公务用车运行维护费
 * 10.67 in table 9, 5.67 under 30231 in table 6).
 *
 * <p>Errors: a “三公” item or their total (table 9 合计) above the budget's 支出总计 ({@code three-public.above-total}),
 * or above the 财政拨款 it is paid from, 收入总计 of table 4 ({@code three-public.above-fiscal}); last year's, above
 * last year's total ({@code prior-year.three-public}).
 */
final class ThreePublicRules implements Rule {

    static final String ABOVE_BASIC = "three-public.above-basic";
    static final String ABOVE_TOTAL = "three-public.above-total";
    static final String ABOVE_FISCAL = "three-public.above-fiscal";
    static final String PRIOR_YEAR = "prior-year.three-public";

    private static final Map<ThreePublicItem, String> ECONOMIC_LINE = Map.of(
            ThreePublicItem.VEHICLE_OPERATION, "30231",
            ThreePublicItem.RECEPTION, "30217",
            ThreePublicItem.VEHICLE_PURCHASE, "31013");

    @Override
    public void check(Statements statements, Findings findings) {
        bounds(statements, findings);
        for (ThreePublicItem item : ThreePublicItem.values()) {
            String code = ECONOMIC_LINE.get(item);
            if (code == null) {
                continue;
            }
            ThreePublicLine line = ThreePublicLine.of(item).orElse(ThreePublicLine.of(item.group()));
            Amount threePublic = statements.threePublicRow(line).get(FundColumn.GENERAL_PUBLIC);
            Amount basic = statements
                    .generalPublicBasicExpenditure()
                    .row(code)
                    .map(r -> r.get(BasicColumn.TOTAL))
                    .orElse(Amount.zero(statements.budget().unit()));
            if (threePublic.isGreaterThan(basic)) {
                String name = statements
                        .generalPublicBasicExpenditure()
                        .row(code)
                        .map(Row::name)
                        .orElse(item.chineseName());
                findings.warning(
                        ABOVE_BASIC,
                        Locations.cell(StatementId.THREE_PUBLIC, item.chineseName(), "一般公共预算财政拨款"),
                        "at most " + basic + " (table 6, " + code + " " + name + ")",
                        threePublic,
                        "the “三公” item exceeds its basic expenditure line; the rest must be project " + "spending");
            }
        }
    }

    /** An error, or a warning where the excess is within the declared rounding of the figures involved. */
    private static void above(
            Findings findings,
            String rule,
            String at,
            String expected,
            Amount amount,
            Amount bound,
            java.math.BigDecimal slack,
            String message) {
        java.math.BigDecimal excess = amount.value().subtract(bound.value());
        if (slack.signum() > 0 && excess.compareTo(slack) <= 0) {
            findings.warning(
                    rule,
                    at,
                    expected,
                    amount,
                    message + "; the figures are declared rounded and the excess, "
                            + excess.toPlainString() + ", is within their rounding (at most "
                            + slack.stripTrailingZeros().toPlainString() + ")");
        } else {
            findings.error(rule, at, expected, amount, message);
        }
    }

    /** No “三公” figure, this year's or last year's, can be more than the money it is part of. */
    private static void bounds(Statements statements, Findings findings) {
        Map<ThreePublicItem, Amount> items = new EnumMap<>(ThreePublicItem.class);
        for (ThreePublicExpense e : statements.budget().threePublic()) {
            items.merge(e.item(), e.amount(), Amount::plus);
        }
        Amount total = statements.budgetSummary().expenditureTotal();
        Amount fiscal = statements.fiscalSummary().revenueTotal();
        Map<String, Amount> figures = new LinkedHashMap<>();
        items.forEach((item, amount) -> figures.put(item.chineseName(), amount));
        figures.put("合计", Amount.total(statements.budget().unit(), items.values()));
        // a budget declared rounded may print a “三公” figure a rounding above a total made of rounded lines
        int lines = statements.budget().threePublic().size()
                + statements.budget().appropriations().size();
        java.math.BigDecimal slack = findings.halfLastDecimal().multiply(java.math.BigDecimal.valueOf(lines));
        figures.forEach((row, amount) -> {
            String at = Locations.cell(StatementId.THREE_PUBLIC, row, "合计");
            if (amount.isZero() || amount.isNegative()) {
                return; // nothing spent is never too much (a negative amount is reported by amount.negative)
            }
            if (amount.isGreaterThan(total)) {
                above(
                        findings,
                        ABOVE_TOTAL,
                        at,
                        "at most " + total + " (支出总计)",
                        amount,
                        total,
                        slack,
                        "a “三公” figure cannot be more than the budget's total expenditure");
            } else if (amount.isGreaterThan(fiscal)) {
                above(
                        findings,
                        ABOVE_FISCAL,
                        at,
                        "at most " + fiscal + " (财政拨款收入总计, table 4)",
                        amount,
                        fiscal,
                        slack,
                        "“三公” spending is paid from fiscal appropriations and cannot be more than they are");
            }
        });
        statements.budget().priorYear().ifPresent(p -> {
            Amount priorTotal = p.total();
            // declared rounding: last year's figures are rounded too, its total and each “三公” figure
            java.math.BigDecimal priorSlack = findings.halfLastDecimal()
                    .multiply(java.math.BigDecimal.valueOf(p.threePublic().size() + 1L));
            p.threePublic().forEach((item, amount) -> {
                if (!amount.isZero() && amount.isGreaterThan(priorTotal)) {
                    above(
                            findings,
                            PRIOR_YEAR,
                            "priorYear.threePublic." + item,
                            "at most " + priorTotal + " (priorYear.total)",
                            amount,
                            priorTotal,
                            priorSlack,
                            "last year's “三公” figure cannot " + "be more than last year's total");
                }
            });
            Amount priorThreePublic =
                    Amount.total(statements.budget().unit(), p.threePublic().values());
            if (p.threePublic().size() > 1 && priorThreePublic.isGreaterThan(priorTotal)) {
                above(
                        findings,
                        PRIOR_YEAR,
                        "priorYear.threePublic",
                        "at most " + priorTotal + " (priorYear.total)",
                        priorThreePublic,
                        priorTotal,
                        priorSlack,
                        "last year's “三公” total cannot be more than " + "last year's total");
            }
        });
    }
}
