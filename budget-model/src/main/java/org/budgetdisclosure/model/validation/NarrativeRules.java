package org.budgetdisclosure.model.validation;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Figures of the narrative's own tables: a procurement row's amount is unit price × quantity
 * ({@code procurement.amount}) and the sum of its funding ({@code procurement.funding}); the staffing total is
 * 在职 + 离休 + 退休 ({@code staffing.total}).
 */
final class NarrativeRules implements Rule {

    static final String PROCUREMENT_AMOUNT = "procurement.amount";
    static final String PROCUREMENT_FUNDING = "procurement.funding";
    static final String STAFFING_TOTAL = "staffing.total";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        int decimals = budget.unit().decimals();
        List<ProcurementItem> items = budget.narrative().procurement();
        for (int i = 0; i < items.size(); i++) {
            ProcurementItem item = items.get(i);
            String at = "narrative.procurement[" + i + "]";
            Amount product = item.unitPrice().times(item.quantity()).rounded(decimals);
            // rounded figures: the amount and the product each half a last decimal, the price (two more
            // decimals) a hundredth of that per unit bought
            BigDecimal half = findings.halfLastDecimal();
            findings.errorUnlessWithin(
                    PROCUREMENT_AMOUNT,
                    at + ".amount",
                    product,
                    item.amount(),
                    half.multiply(BigDecimal.valueOf(2))
                            .add(half.movePointLeft(2).multiply(item.quantity().abs())),
                    "the amount, the product and the unit price × quantity",
                    "the amount of " + item.itemName() + " must be unit price " + item.unitPrice() + " × quantity "
                            + item.quantity().toPlainString());
            findings.errorUnlessEqual(
                    PROCUREMENT_FUNDING,
                    at + ".funding",
                    item.amount(),
                    Amount.total(budget.unit(), item.funding().values()),
                    1 + item.funding().size(),
                    "the funding of " + item.itemName() + " must add up to its amount");
        }
        budget.narrative().staffing().ifPresent(s -> {
            if (s.total() != s.sumOfParts()) {
                findings.error(
                        STAFFING_TOTAL,
                        "narrative.staffing.total",
                        s.sumOfParts(),
                        s.total(),
                        "the staff total must be 在职 " + s.active() + " + 离休 " + s.retiredCadres() + " + 退休 "
                                + s.retired());
            }
        });
    }
}
