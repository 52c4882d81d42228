package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.testing.BudgetArbitraries;

/**
 * Budgets kept in 元 and published in 万元: every published total is the exact total rounded half-up once (never
 * the sum of rounded lines), and validation of a 元 budget and of the same budget given as rounded 万元 figures
 * with the declared rounding never reports an error that the other does not.
 *
 * <p>Leaf amounts are generated (by {@link BudgetArbitraries#budgets(MoneyUnit)} in 元: nine- and ten-digit
 * figures), parents by addition. A difference smaller than the rounding cannot be seen in rounded figures, so the
 * broken budgets are broken by more than the rounding of the lines involved.
 */
class UnitProperties {

    private static final MoneyUnit YUAN = MoneyUnit.YUAN;
    private static final MoneyUnit WAN = MoneyUnit.TEN_THOUSAND_YUAN;

    @Provide
    Arbitrary<Budget> yuanBudgets() {
        return BudgetArbitraries.budgets(YUAN);
    }

    @Property
    void theWanPublicationOfAnyTotalIsTheExactTotalRoundedHalfUp(@ForAll("yuanBudgets") Budget budget) {
        Statements s = Statements.of(budget);
        // the exact total of the lines, added up here without the statements
        BigDecimal yuan = BigDecimal.ZERO;
        for (Appropriation line : budget.appropriations()) {
            yuan = yuan.add(line.amount().value());
        }
        BigDecimal expected = yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
        Amount total = s.expenditure().total().get(ExpenditureColumn.TOTAL);
        assertThat(total.unit()).isEqualTo(YUAN);
        assertThat(published(total).value()).isEqualByComparingTo(expected);

        boolean differs = false;
        for (Statement<?> t : List.of(
                s.revenue(),
                s.expenditure(),
                s.generalPublicExpenditure(),
                s.generalPublicBasicExpenditure(),
                s.governmentFundExpenditure(),
                s.stateCapitalExpenditure())) {
            differs |= checkRows(t);
        }
        Statistics.label("lines")
                .collect(
                        budget.appropriations().size() < 40
                                ? "<40"
                                : budget.appropriations().size() < 400 ? "<400" : "400+");
        Statistics.label("a printed parent differs from the sum of its printed children")
                .collect(differs);
    }

    /** Every row's 万元 figure is its own exact value rounded once; reports whether a parent ≠ Σ printed children. */
    private static <C extends Enum<C>> boolean checkRows(Statement<C> t) {
        boolean differs = false;
        Map<String, Map<C, BigDecimal>> printedChildren = new LinkedHashMap<>();
        for (Row<C> row : t.body()) {
            for (C c : t.columns()) {
                Amount exact = row.get(c);
                Amount printed = published(exact);
                assertThat(printed.value())
                        .isEqualByComparingTo(exact.value().movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
                row.code()
                        .flatMap(code -> code.parent())
                        .ifPresent(parent -> printedChildren
                                .computeIfAbsent(parent.value(), k -> new LinkedHashMap<>())
                                .merge(c, printed.value(), BigDecimal::add));
            }
        }
        for (Row<C> row : t.body()) {
            Map<C, BigDecimal> sums = printedChildren.get(row.codeText());
            if (sums != null) {
                for (C c : t.columns()) {
                    differs |= published(row.get(c)).value().compareTo(sums.getOrDefault(c, BigDecimal.ZERO)) != 0;
                }
            }
        }
        return differs;
    }

    private static Amount published(Amount amount) {
        return amount.inUnit(WAN).rounded(2);
    }

    /** A 元 budget, valid or broken by more than rounding can hide, and how it is broken. */
    record Case(Budget budget, String broken) {}

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        BudgetArbitraries.budgets(YUAN),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(DeclaredTotal.values()),
                        Arbitraries.longs().between(0, 100_000_000_00L))
                .as((budget, kind, total, cents) -> switch (kind) {
                    case 0 -> {
                        // a declared total off by more than the rounding of every line of the budget
                        Statements s = Statements.of(budget);
                        Amount computed = computed(s, total);
                        int lines = budget.appropriations().size()
                                + budget.basicExpenditures().size()
                                + budget.threePublic().size()
                                + budget.narrative().procurement().size()
                                + 1;
                        Amount off = Amount.of(
                                BigDecimal.valueOf(cents, 2).add(BigDecimal.valueOf(200L * lines + 200_000)), YUAN);
                        yield new Case(
                                budget.toBuilder()
                                        .declaredTotal(total, computed.plus(off).toString())
                                        .build(),
                                "declared " + total);
                    }
                    case 1 -> {
                        // table 6 off from table 5 by more than the rounding of their lines
                        if (budget.basicExpenditures().isEmpty()) {
                            yield new Case(budget, "none");
                        }
                        List<BasicExpenditure> lines = new ArrayList<>(budget.basicExpenditures());
                        BasicExpenditure first = lines.get(0);
                        lines.set(
                                0,
                                new BasicExpenditure(
                                        first.economicCode(),
                                        first.amount()
                                                .plus(Amount.of(
                                                        BigDecimal.valueOf(200L
                                                                        * (budget.appropriations()
                                                                                        .size()
                                                                                + lines.size())
                                                                + 200_000),
                                                        YUAN))));
                        Budget rebuilt = withBasic(budget, lines);
                        yield new Case(rebuilt, "table 6");
                    }
                    default -> new Case(budget, "none");
                });
    }

    private static Budget withBasic(Budget budget, List<BasicExpenditure> lines) {
        return new Budget(
                budget.department(),
                budget.year(),
                budget.unit(),
                budget.appropriations(),
                lines,
                budget.costClasses(),
                budget.threePublic(),
                budget.priorYear(),
                budget.names(),
                budget.declaredTotals(),
                budget.narrative(),
                budget.rounded());
    }

    @Property
    void validationInYuanAndInRoundedWanReportsTheSameErrors(@ForAll("cases") Case c) {
        Budget wan = roundedToWan(c.budget());
        assertThat(wan.unit()).isEqualTo(WAN);
        assertThat(wan.rounded()).isTrue();
        ValidationReport inYuan = Validator.validate(c.budget());
        ValidationReport inWan = Validator.validate(wan);
        Statistics.label("broken").collect(c.broken().startsWith("declared") ? "declared total" : c.broken());
        Statistics.label("rounding warnings")
                .collect(
                        inWan.warnings().stream().anyMatch(f -> f.message().contains("declared rounded"))
                                ? "some"
                                : "none");
        assertThat(errors(inWan))
                .as("errors in rounded 万元 against 元; 万元 report:%n%s", inWan)
                .isEqualTo(errors(inYuan));
        if (!c.broken().equals("none")) {
            assertThat(errors(inYuan)).isNotEmpty();
        }
    }

    private static Set<String> errors(ValidationReport report) {
        Set<String> errors = new TreeSet<>();
        report.errors().forEach(f -> errors.add(f.rule() + " at " + f.location()));
        return errors;
    }

    private static Amount computed(Statements s, DeclaredTotal total) {
        var f = s.figures();
        Budget b = s.budget();
        return switch (total) {
            case REVENUE_TOTAL -> s.budgetSummary().revenueTotal();
            case EXPENDITURE_TOTAL -> s.budgetSummary().expenditureTotal();
            case BASIC -> f.basic();
            case PROJECT -> f.project();
            case PERSONNEL -> f.personnel();
            case PUBLIC_USE -> f.publicUse();
            case THREE_PUBLIC -> f.threePublic(org.budgetdisclosure.model.facts.Comparison.THREE_PUBLIC);
            case PROCUREMENT ->
                Amount.total(
                        b.unit(),
                        b.narrative().procurement().stream()
                                .map(ProcurementItem::amount)
                                .toList());
            case ASSETS -> b.narrative().assets().total();
        };
    }

    /** The budget as published rounded 万元 figures: every amount converted and rounded once, prices to 4 decimals. */
    static Budget roundedToWan(Budget b) {
        List<Appropriation> lines = b.appropriations().stream()
                .map(a -> new Appropriation(
                        a.functionCode(), a.source(), a.fund(), a.type(), r(a.amount()), a.economicCode()))
                .toList();
        List<BasicExpenditure> basic = b.basicExpenditures().stream()
                .map(e -> new BasicExpenditure(e.economicCode(), r(e.amount())))
                .toList();
        List<ThreePublicExpense> three = b.threePublic().stream()
                .map(t -> new ThreePublicExpense(t.item(), t.fund(), r(t.amount())))
                .toList();
        var prior = b.priorYear().map(p -> {
            Map<org.budgetdisclosure.model.facts.ThreePublicItem, Amount> m = new LinkedHashMap<>();
            p.threePublic().forEach((k, v) -> m.put(k, r(v)));
            return new PriorYear(r(p.total()), r(p.personnel()), r(p.publicUse()), r(p.project()), m, p.reasons());
        });
        Map<DeclaredTotal, Amount> declared = new EnumMap<>(DeclaredTotal.class);
        b.declaredTotals().forEach((k, v) -> declared.put(k, r(v)));
        Narrative n = b.narrative();
        List<PerformanceProject> projects = n.projects().stream()
                .map(p -> new PerformanceProject(p.name(), r(p.amount()), p.description(), p.goals(), p.indicators()))
                .toList();
        List<ProcurementItem> procurement = n.procurement().stream()
                .map(p -> {
                    Map<org.budgetdisclosure.model.facts.Fund, Amount> funding = new LinkedHashMap<>();
                    p.funding().forEach((k, v) -> funding.put(k, r(v)));
                    return new ProcurementItem(
                            p.unitName(),
                            p.functionCode(),
                            p.projectName(),
                            p.projectType(),
                            p.catalogueNumber(),
                            p.itemName(),
                            p.specification(),
                            p.measureUnit(),
                            p.unitPrice().inUnit(WAN).rounded(4),
                            p.quantity(),
                            r(p.amount()),
                            funding);
                })
                .toList();
        AssetRegister assets = new AssetRegister(
                n.assets().asOf(),
                n.assets().categories().stream()
                        .map(c -> new AssetCategory(c.name(), c.quantity(), r(c.value())))
                        .toList(),
                r(n.assets().plannedAcquisitions()));
        Narrative narrative = new Narrative(
                n.duties(),
                n.institutionOverview(),
                n.institutions(),
                n.staffing(),
                n.overallGoals(),
                n.specialFunds(),
                projects,
                n.safeguards(),
                procurement,
                assets,
                n.glossary(),
                n.otherNotes());
        return new Budget(
                b.department(),
                b.year(),
                WAN,
                lines,
                basic,
                b.costClasses(),
                three,
                prior,
                b.names(),
                declared,
                narrative,
                true);
    }

    private static Amount r(Amount amount) {
        return amount.inUnit(WAN).rounded(2);
    }
}
