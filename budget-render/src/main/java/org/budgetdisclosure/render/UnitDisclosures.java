package org.budgetdisclosure.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Consolidation;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.RequiredFacts;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;

/** The disclosures of a department's units: {@link Disclosure#units(Budget, RenderOptions)}. */
final class UnitDisclosures {

    private UnitDisclosures() {}

    static Map<String, Disclosure> of(Budget budget, RenderOptions options) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(options, "options");
        if (!budget.hasUnits()) {
            return Map.of();
        }
        Catalogue catalogue = options.catalogue().orElseGet(() -> Catalogue.forYear(budget.year()));
        ValidationReport whole = Validator.standard().check(Statements.of(budget, catalogue));
        if (whole.hasErrors()) {
            throw new BudgetValidationException(whole);
        }
        // a department layout that names its units' layout (units.profile) renders them in it
        RenderOptions each = options.profile().units().map(options::withProfile).orElse(options);
        // the facts the units' layout prints, checked on every unit before any document is made: each finding
        // located at its unit (units[1].narrative.procurementTotals), every unit's at once
        List<Finding> required =
                new RequiredFacts(each.profile().name(), each.profile().requires()).checkUnits(budget);
        if (!required.isEmpty()) {
            throw new BudgetValidationException(new ValidationReport(required));
        }
        // every unit passed the department's validation and its layout's required facts: each document is made
        Map<String, Disclosure> units = new LinkedHashMap<>();
        for (Budget unit : budget.units()) {
            units.put(Consolidation.key(unit), Disclosure.of(unit, each));
        }
        return Collections.unmodifiableMap(units);
    }
}
