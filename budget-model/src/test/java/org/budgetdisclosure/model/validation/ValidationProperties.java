package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.Staffing;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.testing.BudgetArbitraries;

/**
 * Validation: a valid budget has no errors; validation never throws on a well-typed budget, however wrong; and
 * changing any single cross-checked figure is reported with its location.
 */
class ValidationProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return BudgetArbitraries.budgets();
    }

    @Provide
    Arbitrary<Budget> wildBudgets() {
        return BudgetArbitraries.wildBudgets();
    }

    @Property
    void validBudgetsHaveNoErrors(@ForAll("budgets") Budget budget) {
        ValidationReport report = Validator.validate(budget);
        Statistics.label("warnings").collect(report.warnings().isEmpty() ? "none" : "some");
        assertThat(report.errors()).isEmpty();
    }

    @Property(tries = 500)
    void validationNeverThrowsOnAWellTypedBudget(@ForAll("wildBudgets") Budget budget) {
        ValidationReport report = Validator.validate(budget);
        Statistics.label("errors").collect(report.hasErrors() ? "some" : "none");
        assertThat(report.byRule("rule.failed")).isEmpty();
    }

    /** A change to one figure that another figure checks, and where validation must report it. */
    record Mutation(String name, Budget budget, String rule, String location) {}

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Budget> budgets = BudgetArbitraries.budgets();
        Arbitrary<Long> cents = Arbitraries.longs().between(1, 100_000);
        return Combinators.combine(
                        budgets,
                        cents,
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 10_000))
                .as(ValidationProperties::mutate);
    }

    @Property
    void changingACrossCheckedFigureIsReportedWithItsLocation(@ForAll("mutations") Mutation m) {
        Statistics.label("mutation").collect(m.name());
        ValidationReport report = Validator.validate(m.budget());
        assertThat(report.errors())
                .as("mutation %s must be reported as %s at %s; report:%n%s", m.name(), m.rule(), m.location(), report)
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(m.rule());
                    assertThat(f.location()).contains(m.location());
                });
    }

    private static Mutation mutate(Budget budget, long cents, int kind, int index) {
        Amount delta = Amount.of(BigDecimal.valueOf(cents, 2), budget.unit());
        Statements s = Statements.of(budget);
        switch (kind) {
            case 0 -> { // an economic line of table 6 against table 5's 基本支出
                if (budget.basicExpenditures().isEmpty()) {
                    return mutateDeclared(budget, s, delta, index);
                }
                int i = index % budget.basicExpenditures().size();
                List<BasicExpenditure> lines = new ArrayList<>(budget.basicExpenditures());
                BasicExpenditure line = lines.get(i);
                lines.set(
                        i,
                        new BasicExpenditure(line.economicCode(), line.amount().plus(delta)));
                Budget.Builder b = Budget.builder()
                        .department(budget.department())
                        .year(budget.year())
                        .costClasses(budget.costClasses())
                        .narrative(budget.narrative())
                        .appropriations(budget.appropriations());
                lines.forEach(b::basicExpenditure);
                budget.threePublic().forEach(b::threePublic);
                return new Mutation("table 6 line", b.build(), "basic.economic-total", "table 6");
            }
            case 1 -> {
                return mutateDeclared(budget, s, delta, index);
            }
            case 2 -> { // the staffing total
                Staffing st = budget.narrative().staffing().orElseThrow();
                return new Mutation(
                        "staffing",
                        budget.toBuilder()
                                .staffing(st.total() + 1 + index % 5, st.active(), st.retiredCadres(), st.retired())
                                .build(),
                        "staffing.total",
                        "narrative.staffing.total");
            }
            case 3 -> { // a procurement amount
                if (budget.narrative().procurement().isEmpty()) {
                    return mutateDeclared(budget, s, delta, index);
                }
                List<ProcurementItem> items = new ArrayList<>(budget.narrative().procurement());
                int i = index % items.size();
                ProcurementItem p = items.get(i);
                items.set(
                        i,
                        new ProcurementItem(
                                p.unitName(),
                                p.functionCode(),
                                p.projectName(),
                                p.projectType(),
                                p.catalogueNumber(),
                                p.itemName(),
                                p.specification(),
                                p.measureUnit(),
                                p.unitPrice(),
                                p.quantity(),
                                p.amount().plus(delta),
                                p.funding()));
                var n = budget.narrative();
                var narrative = new org.budgetdisclosure.model.facts.Narrative(
                        n.duties(),
                        n.institutionOverview(),
                        n.institutions(),
                        n.staffing(),
                        n.overallGoals(),
                        n.specialFunds(),
                        n.projects(),
                        n.safeguards(),
                        items,
                        n.assets(),
                        n.glossary(),
                        n.otherNotes());
                return new Mutation(
                        "procurement",
                        budget.toBuilder().narrative(narrative).build(),
                        "procurement.amount",
                        "narrative.procurement[" + i + "].amount");
            }
            default -> { // last year's total against its parts
                var p = budget.priorYear().orElseThrow();
                return new Mutation(
                        "prior year",
                        budget.toBuilder()
                                .priorYear(new org.budgetdisclosure.model.facts.PriorYear(
                                        p.total().plus(delta),
                                        p.personnel(),
                                        p.publicUse(),
                                        p.project(),
                                        p.threePublic(),
                                        p.reasons()))
                                .build(),
                        "prior-year.total",
                        "priorYear.total");
            }
        }
    }

    private static Mutation mutateDeclared(Budget budget, Statements s, Amount delta, int index) {
        DeclaredTotal which = DeclaredTotal.values()[index % DeclaredTotal.values().length];
        Amount computed = switch (which) {
            case REVENUE_TOTAL -> s.budgetSummary().revenueTotal();
            case EXPENDITURE_TOTAL -> s.budgetSummary().expenditureTotal();
            case BASIC -> s.figures().basic();
            case PROJECT -> s.figures().project();
            case PERSONNEL -> s.figures().personnel();
            case PUBLIC_USE -> s.figures().publicUse();
            case THREE_PUBLIC -> s.figures().threePublic(org.budgetdisclosure.model.facts.Comparison.THREE_PUBLIC);
            case PROCUREMENT ->
                Amount.total(
                        budget.unit(),
                        budget.narrative().procurement().stream()
                                .map(ProcurementItem::amount)
                                .toList());
            case ASSETS -> budget.narrative().assets().total();
        };
        return new Mutation(
                "declared " + which,
                budget.toBuilder()
                        .declaredTotal(which, computed.plus(delta).toString())
                        .build(),
                "declared.total",
                "declaredTotals." + which);
    }
}
