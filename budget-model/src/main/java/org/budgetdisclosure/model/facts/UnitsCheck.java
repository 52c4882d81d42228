package org.budgetdisclosure.model.facts;

import java.util.List;

/**
 * The checks of a department's units (预算单位) when its budget is made: each of the department's year and ledger
 * unit, none with units of its own, and a department with units states none of the facts computed from them
 * (lines, basic expenditure, “三公”, 机关运行经费, procurement items, asset register).
 */
final class UnitsCheck {

    private UnitsCheck() {}

    static void check(
            int year,
            MoneyUnit unit,
            List<Appropriation> appropriations,
            List<BasicExpenditure> basicExpenditures,
            List<ThreePublicExpense> threePublic,
            Narrative narrative,
            java.util.Optional<Amount> operatingCosts,
            List<Budget> units) {
        for (int i = 0; i < units.size(); i++) {
            Budget u = units.get(i);
            String at = "units[" + i + "]";
            if (u.year() != year) {
                throw new IllegalArgumentException(
                        at + ".year must be the department's year " + year + ", was " + u.year());
            }
            if (u.unit() != unit) {
                throw new IllegalArgumentException(at + " is in " + u.unit().chineseName()
                        + " but the department's unit is " + unit.chineseName());
            }
            if (u.hasUnits()) {
                throw new IllegalArgumentException(
                        at + ".units: a unit has no units of its own (one level: the " + "department and its units)");
            }
        }
        if (units.isEmpty()) {
            return;
        }
        refuse(!appropriations.isEmpty(), "appropriations");
        refuse(!basicExpenditures.isEmpty(), "basicExpenditures");
        refuse(!threePublic.isEmpty(), "threePublic");
        refuse(operatingCosts.isPresent(), "operatingCosts");
        refuse(!narrative.procurement().isEmpty(), "narrative.procurement");
        refuse(!narrative.assets().equals(AssetRegister.none(unit)), "narrative.assets");
    }

    private static void refuse(boolean stated, String field) {
        if (stated) {
            throw new IllegalArgumentException(field + ": a department with units states none of its own; its " + field
                    + " are computed from its units (give them as units[…]." + field + ")");
        }
    }
}
