package org.budgetdisclosure.model.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that every amount of a budget's facts is in the budget's one unit; the first that is not fails, naming
 * its field path ({@code appropriations[3].amount}) and both units.
 */
final class UnitCheck {

    private final MoneyUnit unit;

    private UnitCheck(MoneyUnit unit) {
        this.unit = unit;
    }

    static void check(
            MoneyUnit unit,
            List<Appropriation> appropriations,
            List<BasicExpenditure> basic,
            List<ThreePublicExpense> threePublic,
            Optional<PriorYear> priorYear,
            Map<DeclaredTotal, Amount> declaredTotals,
            Narrative narrative) {
        UnitCheck c = new UnitCheck(unit);
        for (int i = 0; i < appropriations.size(); i++) {
            c.at("appropriations[" + i + "].amount", appropriations.get(i).amount());
        }
        for (int i = 0; i < basic.size(); i++) {
            c.at("basicExpenditures[" + i + "].amount", basic.get(i).amount());
        }
        for (int i = 0; i < threePublic.size(); i++) {
            c.at("threePublic[" + i + "].amount", threePublic.get(i).amount());
        }
        priorYear.ifPresent(p -> {
            c.at("priorYear.total", p.total());
            c.at("priorYear.personnel", p.personnel());
            c.at("priorYear.publicUse", p.publicUse());
            c.at("priorYear.project", p.project());
            p.threePublic().forEach((k, v) -> c.at("priorYear.threePublic." + k, v));
        });
        declaredTotals.forEach((k, v) -> c.at("declaredTotals." + k, v));
        for (int i = 0; i < narrative.projects().size(); i++) {
            c.at(
                    "narrative.projects[" + i + "].amount",
                    narrative.projects().get(i).amount());
        }
        for (int i = 0; i < narrative.procurement().size(); i++) {
            ProcurementItem item = narrative.procurement().get(i);
            String at = "narrative.procurement[" + i + "]";
            c.at(at + ".unitPrice", item.unitPrice());
            c.at(at + ".amount", item.amount());
            item.funding().forEach((k, v) -> c.at(at + ".funding." + k, v));
        }
        AssetRegister assets = narrative.assets();
        for (int i = 0; i < assets.categories().size(); i++) {
            c.at(
                    "narrative.assets.categories[" + i + "].value",
                    assets.categories().get(i).value());
        }
        c.at("narrative.assets.plannedAcquisitions", assets.plannedAcquisitions());
        narrative.procurementTotals().ifPresent(t -> {
            c.at("narrative.procurementTotals.goods", t.goods());
            c.at("narrative.procurementTotals.works", t.works());
            c.at("narrative.procurementTotals.services", t.services());
            t.reservedForSmes().ifPresent(a -> c.at("narrative.procurementTotals.reservedForSmes", a));
            t.reservedForSmallAndMicro()
                    .ifPresent(a -> c.at("narrative.procurementTotals.reservedForSmallAndMicro", a));
        });
        narrative.performanceTargets().ifPresent(t -> c.at("narrative.performanceTargets.amount", t.amount()));
        narrative
                .priorThreePublic()
                .ifPresent(p -> p.amounts().forEach((k, v) -> c.at("narrative.priorThreePublic.amounts." + k, v)));
    }

    /** Fails, naming the path, if one amount is not in the budget's unit. */
    static void amount(MoneyUnit unit, String path, Amount amount) {
        new UnitCheck(unit).at(path, amount);
    }

    private void at(String path, Amount amount) {
        if (amount.unit() != unit) {
            throw new IllegalArgumentException(path + " is in " + amount.unit().chineseName() + " (" + amount + ")"
                    + " but the budget's unit is " + unit.chineseName() + ": a budget has one unit; convert the "
                    + "amount with inUnit(…) or give it in " + unit.chineseName());
        }
    }
}
