package org.budgetdisclosure.io;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.io.FileModel.BudgetDoc;
import org.budgetdisclosure.io.FileModel.UnitDoc;
import org.budgetdisclosure.model.facts.Budget;

/**
 * The units (预算单位) of a budget file, both ways: each unit is read as a budget of its own with the department's
 * format, unit of amounts, year, rounding and cost classes, and every problem of it is located under
 * {@code $.units[i]}. A department with units gives none of the facts computed from them (its own
 * {@code appropriations}, {@code basicExpenditures}, {@code threePublic}, {@code narrative.procurement} and
 * {@code narrative.assets}): a file that gives both is refused at the department's field.
 */
final class UnitMapping {

    private UnitMapping() {}

    /** Reads the units of a file into the department's builder. */
    static void read(String file, BudgetDoc d, Budget.Builder department) throws BudgetFileException {
        if (d.units() != null && d.units().isEmpty()) {
            throw new BudgetFileException(
                    file,
                    0,
                    0,
                    "$.units",
                    "a department with units lists at least one unit; "
                            + "leave units out for a department that is its own only unit");
        }
        List<UnitDoc> units = d.units() == null ? List.of() : d.units();
        if (units.isEmpty()) {
            return;
        }
        refuse(file, d.appropriations() != null && !d.appropriations().isEmpty(), "$.appropriations");
        refuse(file, d.basicExpenditures() != null && !d.basicExpenditures().isEmpty(), "$.basicExpenditures");
        refuse(file, d.threePublic() != null && !d.threePublic().isEmpty(), "$.threePublic");
        refuse(file, d.operatingCosts() != null, "$.operatingCosts");
        if (d.narrative() != null) {
            refuse(
                    file,
                    d.narrative().procurement() != null
                            && !d.narrative().procurement().isEmpty(),
                    "$.narrative.procurement");
            refuse(file, d.narrative().assets() != null, "$.narrative.assets");
        }
        for (int i = 0; i < units.size(); i++) {
            UnitDoc u = units.get(i);
            String at = "$.units[" + i + "]";
            if (u == null) {
                throw new BudgetFileException(file, 0, 0, at, "expected an object, found null");
            }
            BudgetDoc doc = new BudgetDoc(
                    d.format(),
                    null,
                    d.unit(),
                    d.year(),
                    u.department(),
                    u.appropriations(),
                    u.basicExpenditures(),
                    d.costClasses(),
                    u.threePublic(),
                    u.priorYear(),
                    u.names(),
                    u.declaredTotals(),
                    d.rounded(),
                    u.operatingCosts(),
                    u.narrative(),
                    u.explanations(),
                    null);
            try {
                department.unit(new FileMapping(file).toBudget(doc));
            } catch (BudgetFileException e) {
                // "$.appropriations[3].amount" of the unit is "$.units[i].appropriations[3].amount" of the file
                throw new BudgetFileException(
                        file, 0, 0, at + e.path().substring(Math.min(1, e.path().length())), e.detail());
            }
        }
    }

    private static void refuse(String file, boolean given, String path) throws BudgetFileException {
        if (given) {
            String field = path.substring(2);
            throw new BudgetFileException(
                    file,
                    0,
                    0,
                    path,
                    "a department with units gives no " + field
                            + " of its own: they are computed from its units (give them as $.units[…]." + field + ")");
        }
    }

    /** The units of a budget as the file writes them; null for none. */
    static List<UnitDoc> docs(Budget b) {
        if (!b.hasUnits()) {
            return null;
        }
        List<UnitDoc> docs = new ArrayList<>();
        for (Budget u : b.units()) {
            BudgetDoc d = FileMapping.toDoc(u);
            docs.add(new UnitDoc(
                    d.department(),
                    d.appropriations(),
                    d.basicExpenditures(),
                    d.threePublic(),
                    d.priorYear(),
                    d.names(),
                    d.declaredTotals(),
                    d.operatingCosts(),
                    d.narrative(),
                    d.explanations()));
        }
        return docs;
    }
}
