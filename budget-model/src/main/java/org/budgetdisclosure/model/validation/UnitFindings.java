package org.budgetdisclosure.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Consolidation;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The validation of a department with units (预算单位): every unit is validated as a budget of its own, each of
 * its findings located at the unit ({@code units[2].appropriations[3].amount}, {@code units[2] table 6 … / row
 * 合计 / column 合计}), then the consolidation, whose tables are the department's.
 *
 * <p>A finding of the consolidation at a computed fact (a summed line, basic expenditure, “三公” amount,
 * procurement row or asset: {@code appropriations[…]}, …) is left out: it points at no place of the budget, and
 * every rule of a single fact that fails on a sum fails on one of its terms, reported at its unit. Findings of the
 * department's tables and of its own facts (stated totals, prose, last year's figures) stay as they are. Two units
 * with the same code (or, without codes, the same name) are an error {@code units.duplicate}: each unit's document
 * is named by it. The facts a layout requires ({@link RequiredFacts}) are the department's document's, so they are
 * checked on the consolidation only. A published fact the department states as its own while every unit states it
 * too must be their sum ({@code units.published-fact}, {@link Consolidation#differingPublishedFacts(Budget, List)}).
 */
final class UnitFindings {

    private static final List<String> COMPUTED = List.of(
            "appropriations[", "basicExpenditures[", "threePublic[", "narrative.procurement[", "narrative.assets");

    private UnitFindings() {}

    static ValidationReport of(Validator validator, Statements statements, ValidationReport department) {
        List<Finding> all = new ArrayList<>();
        List<Budget> units = statements.units();
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Budget unit = units.get(i);
            String prefix = "units[" + i + "]";
            Integer first = keys.putIfAbsent(Consolidation.key(unit), i);
            if (first != null) {
                boolean code = unit.department().code().isPresent();
                all.add(new Finding(
                        "units.duplicate",
                        Severity.ERROR,
                        prefix + ".department." + (code ? "code" : "name"),
                        "a " + (code ? "code" : "name") + " no other unit has",
                        Consolidation.key(unit),
                        "units[" + first + "] has the same " + (code ? "code" : "name")
                                + "; each unit's document is named by it"));
            }
            for (Finding f :
                    validator.check(Statements.of(unit, statements.catalogue())).findings()) {
                if (f.rule().equals(RequiredFacts.RULE)) {
                    // what a layout prints is the department's document: its facts are the consolidation's (a
                    // unit's own document, in a unit layout, is checked against that layout when it is made)
                    continue;
                }
                String at = f.location().startsWith("table ") || f.location().isEmpty()
                        ? prefix + " " + f.location()
                        : prefix + "." + f.location();
                all.add(new Finding(f.rule(), f.severity(), at.strip(), f.expected(), f.actual(), f.message()));
            }
        }
        for (String field : Consolidation.differingPublishedFacts(statements.budget(), units)) {
            if (field.equals("narrative.budgetUnits")) {
                all.add(new Finding(
                        "units.published-fact",
                        Severity.ERROR,
                        field,
                        "as many institutions of each " + "kind (行政 / 事业 / 参公) as the department has units",
                        "another count",
                        "the institution "
                                + "list (机构设置) counts other units than those the department is made of: its document "
                                + "would print another count; leave it out (it is then the units') or correct it"));
                continue;
            }
            all.add(new Finding(
                    "units.published-fact",
                    Severity.ERROR,
                    field,
                    "the sum of its units' (units[…]." + field + ") or none",
                    "a figure of the department's own",
                    "every unit states this fact, and "
                            + "the department's differs from their sum: its document would disagree with theirs; leave it "
                            + "out (it is then their sum) or correct it"));
        }
        for (Finding f : department.findings()) {
            if (COMPUTED.stream().noneMatch(f.location()::startsWith)) {
                all.add(f);
            }
        }
        return new ValidationReport(all);
    }
}
