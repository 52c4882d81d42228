package org.budgetdisclosure.model.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.testing.StatementInvariants;
import org.budgetdisclosure.model.testing.UnitArbitraries;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;

/**
 * A department with units (1 to 30, sharing codes and not): every cell of every consolidated statement is the sum
 * of the units' cells; every invariant holds for the department and for each unit; validation finds no error at
 * either level and locates each unit's findings at it; the order of the units changes nothing.
 */
class ConsolidationProperties {

    @Provide
    Arbitrary<Budget> departments() {
        return UnitArbitraries.departments();
    }

    @Property(tries = 300)
    @StatisticsReport(label = "units", format = Histogram.class)
    @StatisticsReport(label = "rows of table 3", format = Histogram.class)
    void everyCellIsTheSumOfTheUnitsCells(@ForAll("departments") Budget department) {
        Statements whole = Statements.of(department);
        Map<String, Amount> sums = new HashMap<>();
        for (Budget unit : department.units()) {
            cells(Statements.of(unit)).forEach((k, v) -> sums.merge(k, v, Amount::plus));
        }
        Map<String, Amount> cells = cells(whole);
        Set<String> keys = new HashSet<>(cells.keySet());
        keys.addAll(sums.keySet());
        Amount zero = Amount.zero(department.unit());
        for (String key : keys) {
            assertThat(cells.getOrDefault(key, zero)).as(key).isEqualTo(sums.getOrDefault(key, zero));
        }
        collect(department, whole);
    }

    @Property(tries = 200)
    void everyInvariantHoldsAtBothLevels(@ForAll("departments") Budget department) {
        assertThat(StatementInvariants.violations(Statements.of(department), true))
                .isEmpty();
        ValidationReport report = Validator.validate(department);
        assertThat(report.errors()).isEmpty();
        List<Finding> expected = new ArrayList<>();
        for (int i = 0; i < department.units().size(); i++) {
            Budget unit = department.units().get(i);
            assertThat(StatementInvariants.violations(Statements.of(unit), true))
                    .isEmpty();
            ValidationReport own = Validator.validate(unit);
            assertThat(own.errors()).isEmpty();
            for (Finding f : own.findings()) {
                String at = f.location().startsWith("table ")
                        ? "units[" + i + "] " + f.location()
                        : "units[" + i + "]." + f.location();
                expected.add(new Finding(f.rule(), f.severity(), at, f.expected(), f.actual(), f.message()));
            }
        }
        // each unit's findings at the unit, then the department's own (none at a computed fact)
        assertThat(report.findings().subList(0, expected.size())).isEqualTo(expected);
        assertThat(report.findings().subList(expected.size(), report.findings().size()))
                .allSatisfy(f -> assertThat(f.location())
                        .doesNotStartWith("units[")
                        .doesNotStartWith("appropriations[")
                        .doesNotStartWith("basicExpenditures["));
    }

    @Property(tries = 200)
    void theOrderOfTheUnitsChangesNothing(@ForAll("departments") Budget department, @ForAll long seed) {
        List<Budget> units = new ArrayList<>(department.units());
        Collections.shuffle(units, new Random(seed));
        Budget shuffled = new Budget(
                department.department(),
                department.year(),
                department.unit(),
                List.of(),
                List.of(),
                department.costClasses(),
                List.of(),
                department.priorYear(),
                department.names(),
                department.declaredTotals(),
                department.narrative(),
                department.rounded(),
                department.operatingCosts(),
                department.explanations(),
                units);
        assertThat(Consolidation.of(shuffled)).isEqualTo(Consolidation.of(department));
        assertThat(cells(Statements.of(shuffled))).isEqualTo(cells(Statements.of(department)));
    }

    /** Every cell of every statement by table, row (code, else kind and name) and column. */
    static Map<String, Amount> cells(Statements s) {
        Map<String, Amount> cells = new HashMap<>();
        for (Statement<?> t : List.of(
                s.revenue(),
                s.expenditure(),
                s.generalPublicExpenditure(),
                s.generalPublicBasicExpenditure(),
                s.governmentFundExpenditure(),
                s.stateCapitalExpenditure(),
                s.threePublic())) {
            rows(cells, t.id().name(), t.rows());
        }
        s.budgetSummary().revenue().forEach((source, v) -> cells.put("1|revenue|" + source, v));
        rows(cells, "1", s.budgetSummary().expenditure());
        cells.put("1|currentRevenue", s.budgetSummary().currentRevenue());
        cells.put("1|carryover", s.budgetSummary().carryover());
        cells.put("1|currentExpenditure", s.budgetSummary().currentExpenditure());
        cells.put("1|yearEndBalance", s.budgetSummary().yearEndBalance());
        s.fiscalSummary().revenue().forEach((fund, v) -> cells.put("4|revenue|" + fund, v));
        s.fiscalSummary().carryover().forEach((fund, v) -> cells.put("4|carryover|" + fund, v));
        rows(cells, "4", s.fiscalSummary().expenditure());
        rows(cells, "4|current", List.of(s.fiscalSummary().currentExpenditure()));
        rows(cells, "4|yearEnd", List.of(s.fiscalSummary().yearEndBalance()));
        cells.values().removeIf(Amount::isZero);
        return cells;
    }

    private static void rows(Map<String, Amount> cells, String table, List<? extends Row<?>> rows) {
        for (Row<?> r : rows) {
            String row = r.code().isPresent() ? r.codeText() : r.kind() + " " + r.name();
            r.amounts().forEach((column, v) -> {
                Amount before = cells.put(table + "|" + row + "|" + column, v);
                assertThat(before).as("one cell a key: " + table + " " + row).isNull();
            });
        }
    }

    private static void collect(Budget department, Statements whole) {
        int n = department.units().size();
        Statistics.label("units").collect(n == 1 ? "1" : n <= 5 ? "2-5" : n <= 15 ? "6-15" : "16-30");
        int rows = whole.expenditure().body().size();
        Statistics.label("rows of table 3").collect(rows <= 20 ? "≤20" : rows <= 100 ? "21-100" : ">100");
        int unitLines = department.units().stream()
                .mapToInt(u -> u.appropriations().size())
                .sum();
        int merged = Consolidation.of(department).appropriations().size();
        Statistics.label("lines shared by units").collect(unitLines == merged ? "none" : "some");
        Statistics.label("类 (wide)").collect(bucket((int)
                whole.expenditure().body().stream().filter(r -> r.level() == 0).count()));
        Map<String, Integer> under = new HashMap<>();
        whole.expenditure().body().stream()
                .filter(r -> r.codeText().length() == 7)
                .forEach(r -> under.merge(r.codeText().substring(0, 5), 1, Integer::sum));
        Statistics.label("widest 款: 项 under one 款 (deep)")
                .collect(bucket(under.values().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0)));
    }

    private static String bucket(int n) {
        return n <= 2 ? "≤2" : n <= 8 ? "3-8" : n <= 16 ? "9-16" : ">16";
    }
}
