package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.ProjectPeriod;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.testing.BudgetArbitraries;

/** Budget → workbook → budget is equal: for any generated budget, valid or not, and for the reference budgets. */
class WorkbookRoundTripProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return Arbitraries.oneOf(BudgetArbitraries.budgets(), BudgetArbitraries.wildBudgets());
    }

    @Property(tries = 60)
    void anyBudgetRoundTrips(@ForAll("budgets") Budget budget) throws Exception {
        assertThat(roundTrip(budget)).isEqualTo(budget);
    }

    /** Any budget with any of the facts of the Shanghai layouts and explanations stated, or none. */
    @Provide
    Arbitrary<Budget> shanghaiBudgets() {
        return Combinators.combine(BudgetArbitraries.budgets(), shanghaiFacts()).as((budget, facts) -> {
            try {
                return facts.apply(budget);
            } catch (IllegalArgumentException e) {
                return budget; // a combination the facts refuse (a bound of the budget): the budget alone
            }
        });
    }

    @Property(tries = 60)
    void anyBudgetWithTheShanghaiFactsRoundTrips(@ForAll("shanghaiBudgets") Budget budget) throws Exception {
        assertThat(roundTrip(budget)).isEqualTo(budget);
        assertThat(BudgetWorkbook.leftOut(budget, Catalogue.bundled())).isEmpty();
        Statistics.collect(budget.narrative().heldAssets().isPresent()
                || !budget.explanations().isEmpty());
        Statistics.coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    private static Arbitrary<String> words() {
        return Arbitraries.strings()
                .withChars("财政局本部办公室护理后勤主要原因是增加减少ab1")
                .ofMinLength(1)
                .ofMaxLength(12);
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("99999999"))
                .ofScale(2);
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
        return a.optional(0.6);
    }

    private static Arbitrary<Optional<VehicleCounts>> vehicles() {
        return maybe(Arbitraries.maps(
                        Arbitraries.of(VehicleCategory.class),
                        Arbitraries.integers().between(0, 40))
                .ofMaxSize(4)
                .map(VehicleCounts::new));
    }

    private static Arbitrary<OptionalInt> equipment() {
        return maybe(Arbitraries.integers().between(0, 9))
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    /** The Shanghai facts and explanations, each stated or not, as a change of a budget (amounts in its unit). */
    private static Arbitrary<UnaryOperator<Budget>> shanghaiFacts() {
        Arbitrary<Optional<BigDecimal>> operating = maybe(amounts());
        // each unit the 本部, one with its own budget, or one whose budget is the 本部's (预算不单列)
        Arbitrary<List<OrganisationUnit>> units = Combinators.combine(
                        words(),
                        Arbitraries.of(DepartmentKind.class),
                        Arbitraries.integers().between(0, 2))
                .as((name, kind, role) -> new OrganisationUnit(name, kind, role == 0, role == 2))
                .list()
                .ofMaxSize(3);
        Arbitrary<List<String>> divisions = words().list().ofMaxSize(4);
        Arbitrary<Optional<List<Optional<BigDecimal>>>> procurement =
                maybe(maybe(amounts()).list().ofSize(5));
        Arbitrary<Optional<Integer>> targets = maybe(Arbitraries.integers().between(0, 30));
        Arbitrary<Optional<LocalDate>> asOf =
                maybe(Arbitraries.of(LocalDate.of(2024, 8, 31), LocalDate.of(2023, 12, 31)));
        Arbitrary<Map<ThreePublicItem, BigDecimal>> prior = Arbitraries.maps(
                        Arbitraries.of(ThreePublicItem.class), amounts())
                .ofMaxSize(3);
        Arbitrary<Map<Comparison, String>> reasons = Arbitraries.maps(
                        Arbitraries.of(Comparison.THREE_PUBLIC, Comparison.RECEPTION, Comparison.VEHICLE_OPERATION),
                        words())
                .ofMaxSize(2);
        Arbitrary<Optional<List<Object>>> priorRevenue =
                maybe(Combinators.combine(amounts().list().ofSize(3), maybe(amounts()), maybe(words()))
                        .as((fiscal, other, reason) -> List.of(fiscal, other, reason)));
        Arbitrary<List<List<Object>>> lines = Combinators.combine(
                        Arbitraries.of("2010601", "2080505", "2150501"),
                        words(),
                        maybe(Combinators.combine(amounts(), Arbitraries.of(LineLastYear.Kind.class), maybe(words()))
                                .as(List::<Object>of)))
                .as(List::<Object>of)
                .list()
                .ofMaxSize(3);
        List<Arbitrary<?>> all = List.of(
                operating,
                units,
                divisions,
                procurement,
                targets,
                asOf,
                vehicles(),
                equipment(),
                vehicles(),
                equipment(),
                prior,
                reasons,
                priorRevenue,
                lines,
                projectExplanations());
        return Combinators.combine(all.stream().map(x -> x.map(o -> (Object) o)).toList())
                .as(v -> (UnaryOperator<Budget>) budget -> apply(budget, v));
    }

    /** Project explanations, each stating at least one item, built in the budget's unit. */
    private static Arbitrary<List<Function<MoneyUnit, ProjectExplanation>>> projectExplanations() {
        Arbitrary<List<List<Object>>> allocations = Combinators.combine(words(), amounts())
                .as(List::<Object>of)
                .list()
                .ofMaxSize(2);
        Arbitrary<Function<MoneyUnit, ProjectExplanation>> one = Combinators.combine(
                        maybe(words()),
                        words().list().ofMaxSize(2),
                        words().list().ofMaxSize(1),
                        words().list().ofMaxSize(1),
                        words().list().ofMaxSize(2),
                        maybe(Arbitraries.of(
                                new ProjectPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                                new ProjectPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28)))),
                        allocations,
                        words().list().ofMaxSize(2))
                .as((name, overview, basis, implementers, plan, period, alloc, goals) ->
                        (Function<MoneyUnit, ProjectExplanation>) unit -> new ProjectExplanation(
                                name,
                                overview,
                                basis,
                                implementers,
                                plan,
                                period,
                                alloc.stream()
                                        .map(x -> new ProjectAllocation(
                                                (String) x.get(0), Amount.of((BigDecimal) x.get(1), unit)))
                                        .toList(),
                                goals))
                .filter(f -> {
                    try {
                        f.apply(MoneyUnit.YUAN);
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false; // nothing stated
                    }
                });
        return one.list().ofMaxSize(2);
    }

    @SuppressWarnings("unchecked")
    private static Budget apply(Budget budget, List<Object> v) {
        MoneyUnit unit = budget.unit();
        Function<BigDecimal, Amount> a = x -> Amount.of(x, unit);
        Budget.Builder b = budget.toBuilder();
        ((Optional<BigDecimal>) v.get(0)).ifPresent(x -> b.operatingCosts(a.apply(x)));
        Optional<List<Optional<BigDecimal>>> procurement = (Optional<List<Optional<BigDecimal>>>) v.get(3);
        Optional<ProcurementTotals> totals = procurement.map(p -> new ProcurementTotals(
                a.apply(p.get(0).orElse(BigDecimal.ZERO)),
                a.apply(p.get(1).orElse(BigDecimal.ONE)),
                a.apply(p.get(2).orElse(BigDecimal.TEN)),
                p.get(3).map(a),
                p.get(4).map(a)));
        Optional<PerformanceTargets> targets = ((Optional<Integer>) v.get(4))
                .map(n -> new PerformanceTargets(n, a.apply(BigDecimal.valueOf(n * 100L))));
        Optional<LocalDate> asOf = (Optional<LocalDate>) v.get(5);
        Optional<VehicleCounts> heldVehicles = (Optional<VehicleCounts>) v.get(6);
        OptionalInt heldEquipment = (OptionalInt) v.get(7);
        Optional<AssetHoldings> held = asOf.isPresent() && (heldVehicles.isPresent() || heldEquipment.isPresent())
                ? Optional.of(new AssetHoldings(asOf.get(), heldVehicles, heldEquipment))
                : Optional.empty();
        Optional<VehicleCounts> plannedVehicles = (Optional<VehicleCounts>) v.get(8);
        OptionalInt plannedEquipment = (OptionalInt) v.get(9);
        Optional<AssetPurchases> planned = plannedVehicles.isPresent() || plannedEquipment.isPresent()
                ? Optional.of(new AssetPurchases(plannedVehicles, plannedEquipment))
                : Optional.empty();
        Map<ThreePublicItem, Amount> priorAmounts = new java.util.EnumMap<>(ThreePublicItem.class);
        ((Map<ThreePublicItem, BigDecimal>) v.get(10)).forEach((k, x) -> priorAmounts.put(k, a.apply(x)));
        Map<Comparison, String> reasons = (Map<Comparison, String>) v.get(11);
        Optional<PriorThreePublic> prior =
                budget.priorYear().isEmpty() && (!priorAmounts.isEmpty() || !reasons.isEmpty())
                        ? Optional.of(new PriorThreePublic(priorAmounts, reasons))
                        : Optional.empty();
        b.narrative(budget.narrative()
                .withPublishedFacts(
                        (List<OrganisationUnit>) v.get(1),
                        (List<String>) v.get(2),
                        totals,
                        targets,
                        held,
                        planned,
                        prior));
        Optional<PriorRevenue> revenue = ((Optional<List<Object>>) v.get(12)).map(r -> {
            List<BigDecimal> fiscal = (List<BigDecimal>) r.get(0);
            Map<RevenueSource, Amount> bySource = new java.util.EnumMap<>(RevenueSource.class);
            for (int i = 0; i < 3; i++) {
                bySource.put(PriorRevenue.fiscalSources().get(i), a.apply(fiscal.get(i)));
            }
            ((Optional<BigDecimal>) r.get(1)).ifPresent(x -> bySource.put(RevenueSource.OTHER_REVENUE, a.apply(x)));
            return new PriorRevenue(bySource, (Optional<String>) r.get(2));
        });
        List<LineExplanation> lines = ((List<List<Object>>) v.get(13))
                .stream()
                        .map(l -> new LineExplanation(
                                FunctionCode.of((String) l.get(0)),
                                (String) l.get(1),
                                ((Optional<List<Object>>) l.get(2))
                                        .map(y -> new LineLastYear(
                                                a.apply((BigDecimal) y.get(0)),
                                                (LineLastYear.Kind) y.get(1),
                                                (Optional<String>) y.get(2)))))
                        .toList();
        b.explanations(new Explanations(
                revenue,
                lines,
                ((List<Function<MoneyUnit, ProjectExplanation>>) v.get(14))
                        .stream().map(f -> f.apply(unit)).toList()));
        return b.build();
    }

    /** A department of 1 to 4 units, each with the lines, basic expenditure, “三公” and 机关运行经费 of a generated budget. */
    @Provide
    Arbitrary<Budget> departments() {
        return BudgetArbitraries.budgets(MoneyUnit.TEN_THOUSAND_YUAN)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .flatMap(budgets -> Arbitraries.of(true, false).map(codes -> {
                    Budget.Builder b = Budget.builder()
                            .department(Department.of(null, "某某区某某局", "某某局", DepartmentKind.ADMINISTRATIVE))
                            .year(budgets.get(0).year())
                            .unit(MoneyUnit.TEN_THOUSAND_YUAN);
                    for (int i = 0; i < budgets.size(); i++) {
                        Budget one = budgets.get(i);
                        DepartmentKind kind = DepartmentKind.values()[i % DepartmentKind.values().length];
                        b.unit(Department.of(codes ? "0350" + (10 + i) : null, "某某局单位" + i, "单位" + i, kind), u -> {
                            one.appropriations().forEach(u::appropriation);
                            one.basicExpenditures().forEach(u::basicExpenditure);
                            one.threePublic().forEach(u::threePublic);
                            one.operatingCosts().ifPresent(u::operatingCosts);
                            return u;
                        });
                    }
                    return b.build();
                }));
    }

    @Property(tries = 30)
    void anyDepartmentWithUnitsRoundTrips(@ForAll("departments") Budget department) throws Exception {
        assertThat(roundTrip(department)).isEqualTo(department);
        assertThat(BudgetWorkbook.leftOut(department, Catalogue.bundled())).isEmpty();
    }

    @Example
    void theReferenceBudgetsRoundTrip() throws Exception {
        int files = 0;
        try (DirectoryStream<Path> budgets =
                Files.newDirectoryStream(Path.of("..", "budget-examples", "budgets"), "*.json")) {
            for (Path file : budgets) {
                if (org.budgetdisclosure.io.FinalAccountsFiles.isFinalAccounts(file)) {
                    continue; // final accounts (部门决算) are not budgets; the workbook does not carry them
                }
                Budget budget = BudgetFiles.read(file);
                assertThat(roundTrip(budget)).as(file.toString()).isEqualTo(budget);
                assertThat(BudgetWorkbook.leftOut(budget, Catalogue.bundled()))
                        .as(file.toString())
                        .isEmpty();
                for (Budget unit : budget.units()) {
                    assertThat(roundTrip(unit))
                            .as(file + " " + unit.department().name())
                            .isEqualTo(unit);
                }
                files++;
            }
        }
        assertThat(files).isPositive();
    }

    @Example
    void sameBudgetSameBytes() throws Exception {
        Budget budget =
                BudgetFiles.read(Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json"));
        assertThat(bytes(budget)).isEqualTo(bytes(budget));
    }

    static byte[] bytes(Budget budget) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.write(budget, Catalogue.bundled(), out);
        return out.toByteArray();
    }

    static Budget roundTrip(Budget budget) throws Exception {
        return BudgetWorkbook.read(bytes(budget), "generated.xlsx");
    }
}
