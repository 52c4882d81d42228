package org.budgetdisclosure.model.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.testing.BudgetArbitraries;
import org.budgetdisclosure.model.testing.StatementInvariants;

/**
 * Every invariant of {@code docs/DOMAIN.md} holds on the statements of any valid budget, and the statements do not depend on
 * the order of the input lines.
 */
class StatementProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return BudgetArbitraries.budgets();
    }

    @Property
    @StatisticsReport(label = "lines", format = Histogram.class)
    @StatisticsReport(label = "rows of table 3", format = Histogram.class)
    void everyInvariantHolds(@ForAll("budgets") Budget budget) {
        Statements s = Statements.of(budget);
        Statistics.label("lines").collect(bucket(budget.appropriations().size()));
        Statistics.label("rows of table 3")
                .collect(bucket(s.expenditure().body().size()));
        Statistics.label("deepest level")
                .collect(s.expenditure().body().stream()
                        .mapToInt(Row::level)
                        .max()
                        .orElse(-1));
        Statistics.label("widest 款 (项 under one 款)").collect(bucket(widest(s.expenditure())));
        Statistics.label("类 used").collect(bucket((int)
                s.expenditure().body().stream().filter(r -> r.level() == 0).count()));
        assertThat(StatementInvariants.violations(s, true)).isEmpty();
    }

    @Property(tries = 200)
    void statementsDoNotDependOnTheOrderOfTheLines(@ForAll("budgets") Budget budget, @ForAll long seed) {
        List<Appropriation> lines = new ArrayList<>(budget.appropriations());
        List<BasicExpenditure> economic = new ArrayList<>(budget.basicExpenditures());
        Collections.shuffle(lines, new Random(seed));
        Collections.shuffle(economic, new Random(seed + 1));
        Budget.Builder shuffled = budget.toBuilder();
        Budget reordered = rebuild(shuffled, lines, economic);
        Statements a = Statements.of(budget);
        Statements b = Statements.of(reordered);
        assertThat(b.budgetSummary()).isEqualTo(a.budgetSummary());
        assertThat(b.revenue()).isEqualTo(a.revenue());
        assertThat(b.expenditure()).isEqualTo(a.expenditure());
        assertThat(b.fiscalSummary()).isEqualTo(a.fiscalSummary());
        assertThat(b.generalPublicExpenditure()).isEqualTo(a.generalPublicExpenditure());
        assertThat(b.generalPublicBasicExpenditure()).isEqualTo(a.generalPublicBasicExpenditure());
        assertThat(b.governmentFundExpenditure()).isEqualTo(a.governmentFundExpenditure());
        assertThat(b.stateCapitalExpenditure()).isEqualTo(a.stateCapitalExpenditure());
        assertThat(b.threePublic()).isEqualTo(a.threePublic());
        assertThat(b.figures()).isEqualTo(a.figures());
    }

    private static Budget rebuild(Budget.Builder builder, List<Appropriation> lines, List<BasicExpenditure> economic) {
        Budget base = builder.build();
        Budget.Builder b = Budget.builder()
                .department(base.department())
                .year(base.year())
                .unit(base.unit())
                .costClasses(base.costClasses())
                .priorYear(base.priorYear().orElse(null))
                .names(base.names())
                .declaredTotals(base.declaredTotals())
                .narrative(base.narrative())
                .appropriations(lines);
        economic.forEach(b::basicExpenditure);
        base.threePublic().forEach(b::threePublic);
        return b.build();
    }

    private static int widest(Statement<ExpenditureColumn> t) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Row<ExpenditureColumn> r : t.body()) {
            if (r.level() == 2) {
                counts.merge(r.codeText().substring(0, 5), 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    static String bucket(int n) {
        if (n <= 1) {
            return n + "";
        }
        int lower = Integer.highestOneBit(n);
        return String.format("%4d–%d", lower, lower * 2 - 1);
    }
}
