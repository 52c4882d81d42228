package org.budgetdisclosure.model.validation;

import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Every amount of the facts: not negative ({@code amount.negative}) and with no more decimals than the unit
 * allows ({@code amount.precision}); unit prices may have two more (a price in 万元 to the yuan). Quantities of
 * procurement and assets are not negative either ({@code amount.negative}).
 */
final class AmountRules implements Rule {

    static final String NEGATIVE = "amount.negative";
    static final String PRECISION = "amount.precision";
    private static final int EXTRA_PRICE_DECIMALS = 2;

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        int decimals = budget.unit().decimals();
        Checker c = new Checker(findings, decimals);
        for (int i = 0; i < budget.appropriations().size(); i++) {
            c.check(
                    "appropriations[" + i + "].amount",
                    budget.appropriations().get(i).amount());
        }
        for (int i = 0; i < budget.basicExpenditures().size(); i++) {
            c.check(
                    "basicExpenditures[" + i + "].amount",
                    budget.basicExpenditures().get(i).amount());
        }
        for (int i = 0; i < budget.threePublic().size(); i++) {
            c.check("threePublic[" + i + "].amount", budget.threePublic().get(i).amount());
        }
        budget.declaredTotals().forEach((k, v) -> c.check("declaredTotals." + k, v));
        budget.priorYear().ifPresent(p -> {
            c.check("priorYear.total", p.total());
            c.check("priorYear.personnel", p.personnel());
            c.check("priorYear.publicUse", p.publicUse());
            c.check("priorYear.project", p.project());
            p.threePublic().forEach((k, v) -> c.check("priorYear.threePublic." + k, v));
        });
        List<PerformanceProject> projects = budget.narrative().projects();
        for (int i = 0; i < projects.size(); i++) {
            c.check("narrative.projects[" + i + "].amount", projects.get(i).amount());
        }
        List<ProcurementItem> items = budget.narrative().procurement();
        Checker prices = new Checker(findings, decimals + EXTRA_PRICE_DECIMALS);
        for (int i = 0; i < items.size(); i++) {
            String at = "narrative.procurement[" + i + "]";
            prices.check(at + ".unitPrice", items.get(i).unitPrice());
            c.check(at + ".amount", items.get(i).amount());
            for (Map.Entry<?, Amount> e : items.get(i).funding().entrySet()) {
                c.check(at + ".funding." + e.getKey(), e.getValue());
            }
            if (items.get(i).quantity().signum() < 0) {
                findings.error(
                        NEGATIVE,
                        at + ".quantity",
                        "0 or more",
                        items.get(i).quantity(),
                        "a quantity must not be negative");
            }
        }
        List<AssetCategory> assets = budget.narrative().assets().categories();
        for (int i = 0; i < assets.size(); i++) {
            c.check(
                    "narrative.assets.categories[" + i + "].value",
                    assets.get(i).value());
            String at = "narrative.assets.categories[" + i + "].quantity";
            assets.get(i)
                    .quantity()
                    .filter(q -> q.signum() < 0)
                    .ifPresent(q -> findings.error(NEGATIVE, at, "0 or more", q, "a quantity must not be negative"));
        }
        c.check(
                "narrative.assets.plannedAcquisitions",
                budget.narrative().assets().plannedAcquisitions());
        budget.operatingCosts().ifPresent(a -> c.check("operatingCosts", a));
        budget.narrative().procurementTotals().ifPresent(t -> {
            c.check("narrative.procurementTotals.goods", t.goods());
            c.check("narrative.procurementTotals.works", t.works());
            c.check("narrative.procurementTotals.services", t.services());
            t.reservedForSmes().ifPresent(a -> c.check("narrative.procurementTotals.reservedForSmes", a));
            t.reservedForSmallAndMicro()
                    .ifPresent(a -> c.check("narrative.procurementTotals.reservedForSmallAndMicro", a));
        });
        budget.narrative()
                .performanceTargets()
                .ifPresent(t -> c.check("narrative.performanceTargets.amount", t.amount()));
        budget.narrative()
                .priorThreePublic()
                .ifPresent(p -> p.amounts().forEach((k, v) -> c.check("narrative.priorThreePublic.amounts." + k, v)));
    }

    private record Checker(Findings findings, int decimals) {
        void check(String location, Amount amount) {
            if (amount.isNegative()) {
                findings.error(NEGATIVE, location, "0 or more", amount, "an amount must not be negative");
            }
            if (amount.decimals() > decimals) {
                findings.error(
                        PRECISION,
                        location,
                        "at most " + decimals + " decimals",
                        amount,
                        "the amount has more decimals than the unit allows");
            }
        }
    }
}
