package org.budgetdisclosure.model.validation;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Validates a budget: runs every rule and returns one report with every finding, not the first.
 *
 * <p>The standard rules cover the invariants that do not hold by construction (those that do are proven by the
 * property tests): amounts, codes, funds, cross-table totals, declared totals, “三公” against basic expenditure,
 * procurement, staffing. Add rules of your own with {@link #withRule(Rule)}. A rule that throws on a well-typed
 * budget is a bug; its exception is reported as an error finding {@code rule.failed} rather than thrown.
 *
 * <p>Immutable and thread-safe.
 */
public final class Validator {

    private static final Validator STANDARD = new Validator(List.of(
            new AmountRules(),
            new CodeRules(),
            new FundRules(),
            new TotalRules(),
            new ThreePublicRules(),
            new NarrativeRules(),
            new TextRules(),
            new StatedFactRules(),
            new ExplanationRules(),
            new EconomicSplitRules(),
            new UnitPlausibility()));

    private final List<Rule> rules;

    private Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return the validator with the standard rules, never null */
    public static Validator standard() {
        return STANDARD;
    }

    /**
     * @param rule an extra rule, not null
     * @return a validator with the rules of this one and the extra rule, never null
     */
    public Validator withRule(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new Validator(more);
    }

    /**
     * Validates a budget with the bundled catalogue of its year ({@link Catalogue#forYear(int)}).
     *
     * @param budget the budget, not null
     * @return the report, never null
     */
    public static ValidationReport validate(Budget budget) {
        return STANDARD.check(Statements.of(budget, Catalogue.forYear(budget.year())));
    }

    /**
     * Validates the budget of computed statements; for a department with units, every unit too, each finding
     * located at its unit ({@code units[2].appropriations[3].amount}), the department's findings at facts computed
     * from the units left out (they are reported at the units).
     *
     * @param statements the statements, not null
     * @return the report, never null
     */
    public ValidationReport check(Statements statements) {
        Findings findings = new Findings(statements.budget());
        for (Rule rule : rules) {
            try {
                rule.check(statements, findings);
            } catch (RuntimeException e) {
                findings.error(
                        "rule.failed",
                        rule.getClass().getSimpleName(),
                        "a finding or none",
                        e.toString(),
                        "a validation rule failed; please report this");
            }
        }
        ValidationReport report = findings.report();
        return statements.units().isEmpty() ? report : UnitFindings.of(this, statements, report);
    }
}
