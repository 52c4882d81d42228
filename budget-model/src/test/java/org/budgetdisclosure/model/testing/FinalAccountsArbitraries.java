package org.budgetdisclosure.model.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.classification.Level;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.Balances;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FinalAccountsBuilder;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.LastYear;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.PerformanceOutturn;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;

/**
 * jqwik generators of valid final accounts (部门决算) of any shape, for the library's property tests and for users
 * who property-test their own code (ship with the {@code budget-model} test-jar, beside {@link BudgetArbitraries}).
 *
 * <p>Identities hold by construction, never by filtering: the leaves are drawn (revenue and expenditure lines,
 * basic expenditure by economic 款, carry-overs at the start of the year) and everything else is derived by
 * addition: the 年末 carry-overs from the balance of the year, in all and per 财政拨款 fund and 项; the
 * 一般公共预算 basic lines by 功能 项 split from the economic total; the grades of the self-evaluated projects
 * counted into their number; 机关运行经费 as the 公用经费 of a 行政 or 参公 unit, none for a 事业单位.
 *
 * <pre>{@code
 * @Property
 * void myExportKeepsTheTotal(@ForAll("accounts") FinalAccounts accounts) { ... }
 *
 * @Provide
 * Arbitrary<FinalAccounts> accounts() { return FinalAccountsArbitraries.finalAccounts(); }
 * }</pre>
 */
public final class FinalAccountsArbitraries {

    private static final List<FunctionCode> ITEMS = Catalogue.forYear(2024).functionalCodes().keySet().stream()
            .filter(c -> c.level() == Level.ITEM)
            .sorted()
            .toList();
    private static final List<EconomicCode> ECONOMIC = Catalogue.forYear(2024).economicCodes().keySet().stream()
            .filter(c -> c.level() == Level.SECTION
                    && List.of("301", "302", "303", "310")
                            .contains(c.classCode().value()))
            .sorted()
            .toList();
    private static final String TEXT = "主要用于人员经费公用经费项目支出信息化建设预算执行调整原因减少增加";

    private FinalAccountsArbitraries() {}

    /** @return valid final accounts in 万元, without units: validation finds no errors in them */
    public static Arbitrary<FinalAccounts> finalAccounts() {
        return finalAccounts(MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * @param unit the ledger unit; in 元 the figures run to ten digits, as a large department's do
     * @return valid final accounts in the unit, without units: validation finds no errors in them
     */
    public static Arbitrary<FinalAccounts> finalAccounts(MoneyUnit unit) {
        return Combinators.combine(
                        departments(),
                        unitFacts(unit),
                        stated(unit),
                        Arbitraries.integers().between(2016, 2030))
                .as((department, facts, stated, year) -> {
                    FinalAccountsBuilder b = FinalAccounts.builder(department, year, unit);
                    facts.apply(b, department.kind());
                    stated.forEach(s -> s.accept(b));
                    return b.build();
                });
    }

    /**
     * @param unit the ledger unit
     * @return valid final accounts of a department with one to five units of every kind (行政, 事业, 参公), whose
     *     figures are their units'
     */
    public static Arbitrary<FinalAccounts> departmentsWithUnits(MoneyUnit unit) {
        // the kinds in turn (行政, 事业, 参公, …), so that three units or more hold every kind
        return Arbitraries.integers()
                .between(1, 5)
                .flatMap(n -> Combinators.combine(
                                unitFacts(unit).list().ofSize(n),
                                stated(unit),
                                Arbitraries.integers().between(0, 2))
                        .as((facts, stated, offset) -> {
                            List<FinalAccounts> units = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                DepartmentKind kind = DepartmentKind.values()[(i + offset) % 3];
                                FinalAccountsBuilder u = FinalAccounts.builder(
                                        Department.of(
                                                "0" + (10 + i),
                                                "测试" + kind.chineseName() + "单位" + i,
                                                kind.chineseName() + i,
                                                kind),
                                        2024,
                                        unit);
                                facts.get(i).apply(u, kind);
                                units.add(u.build());
                            }
                            FinalAccountsBuilder b = FinalAccounts.builder(
                                            Department.of("010", "某某局", "某某局", DepartmentKind.ADMINISTRATIVE),
                                            2024,
                                            unit)
                                    .units(units);
                            stated.forEach(x -> x.accept(b));
                            return b.build();
                        }));
    }

    /** @return departments of every kind: 行政, 事业 and 参公 */
    public static Arbitrary<Department> departments() {
        return Arbitraries.of(DepartmentKind.values())
                .map(kind -> Department.of(null, "测试" + kind.chineseName() + "单位", kind.chineseName() + "单位", kind));
    }

    /** The facts of a unit, applied to a builder given the unit's kind. */
    @FunctionalInterface
    private interface UnitFacts {
        void apply(FinalAccountsBuilder b, DepartmentKind kind);
    }

    private record Cell(
            FunctionCode code,
            Fund fund,
            ExpenditureType type,
            FinalRevenueSource source,
            Amount revenue,
            Amount spent,
            Amount opening) {}

    private static Arbitrary<Cell> cells(MoneyUnit unit) {
        Arbitrary<FunctionCode> codes =
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(ITEMS)), Tuple.of(1, BudgetArbitraries.itemCodes()));
        Arbitrary<Fund> funds = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Fund.GENERAL_PUBLIC)),
                Tuple.of(1, Arbitraries.just(Fund.GOVERNMENT_FUND)),
                Tuple.of(1, Arbitraries.just(Fund.STATE_CAPITAL)),
                Tuple.of(2, Arbitraries.just(Fund.NON_FISCAL)));
        Arbitrary<FinalRevenueSource> own = Arbitraries.of(
                FinalRevenueSource.SUPERIOR_SUBSIDY,
                FinalRevenueSource.PUBLIC_SERVICE,
                FinalRevenueSource.OPERATING,
                FinalRevenueSource.SUBORDINATE_REMITTANCE,
                FinalRevenueSource.OTHER);
        return Combinators.combine(
                        codes,
                        funds,
                        Arbitraries.of(ExpenditureType.values()),
                        own,
                        BudgetArbitraries.amounts(unit),
                        BudgetArbitraries.amounts(unit),
                        BudgetArbitraries.amounts(unit))
                .as((code, fund, type, source, revenue, spent, opening) -> new Cell(
                        code,
                        fund,
                        fund.isFiscal() && type != ExpenditureType.BASIC ? ExpenditureType.PROJECT : type,
                        fund.isFiscal() ? FinalRevenueSource.of(fund) : source,
                        revenue,
                        spent,
                        opening));
    }

    private static Arbitrary<UnitFacts> unitFacts(MoneyUnit unit) {
        Arbitrary<List<EconomicLine>> economic = Combinators.combine(
                        Arbitraries.of(ECONOMIC), BudgetArbitraries.amounts(unit))
                .as(EconomicLine::new)
                .list()
                .ofMaxSize(12);
        return Combinators.combine(
                        cells(unit).list().ofMinSize(1).ofMaxSize(30),
                        economic,
                        BudgetArbitraries.amounts(unit),
                        BudgetArbitraries.amounts(unit),
                        Arbitraries.of(ThreePublicHeading.values()).list().uniqueElements(),
                        BudgetArbitraries.amounts(unit),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.longs())
                .as((cells, econ, openingAll, used, items, threeBudget, shape, seed) -> (b, kind) ->
                        assemble(b, kind, unit, cells, econ, openingAll, used, items, threeBudget, shape, seed));
    }

    private record EconomicLine(EconomicCode code, Amount amount) {}

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void assemble(
            FinalAccountsBuilder b,
            DepartmentKind kind,
            MoneyUnit unit,
            List<Cell> drawn,
            List<EconomicLine> economic,
            Amount openingAll,
            Amount used,
            List<ThreePublicHeading> items,
            Amount threeBudget,
            int shape,
            long seed) {
        List<Cell> cells = new ArrayList<>(drawn);
        Amount zero = Amount.zero(unit);
        Map<EconomicCode, Amount> basic = new TreeMap<>();
        economic.forEach(e -> basic.merge(e.code(), e.amount(), Amount::plus));
        Amount basicTotal = Amount.total(unit, basic.values());
        // 一般公共预算 basic lines: the economic total split over the basic cells of that fund (one made if none)
        List<Cell> gpBasic = cells.stream()
                .filter(c -> c.fund() == Fund.GENERAL_PUBLIC && c.type() == ExpenditureType.BASIC)
                .toList();
        if (gpBasic.isEmpty() && !basicTotal.isZero()) {
            Cell added = new Cell(
                    cells.get(0).code(),
                    Fund.GENERAL_PUBLIC,
                    ExpenditureType.BASIC,
                    FinalRevenueSource.GENERAL_PUBLIC,
                    zero,
                    zero,
                    zero);
            cells.add(added);
            gpBasic = List.of(added);
        }
        Map<Cell, Amount> basicShares = new LinkedHashMap<>();
        List<Amount> parts = split(basicTotal, gpBasic.size(), seed);
        for (int i = 0; i < gpBasic.size(); i++) {
            basicShares.merge(gpBasic.get(i), parts.get(i), Amount::plus);
        }
        Amount revenueTotal = zero;
        Amount spentTotal = zero;
        Map<Fund, Amount[]> funds = new LinkedHashMap<>();
        Map<String, Amount[]> fundItems = new TreeMap<>();
        for (Cell c : cells) {
            boolean basicCell = basicShares.containsKey(c);
            Amount spent = basicCell ? basicShares.remove(c) : c.spent();
            ExpenditureType type = basicCell
                    ? ExpenditureType.BASIC
                    : c.fund() == Fund.GENERAL_PUBLIC && c.type() == ExpenditureType.BASIC
                            ? ExpenditureType.PROJECT
                            : c.type();
            b.revenue(new RevenueLine(c.code(), c.source(), c.revenue()));
            b.spending(new SpendingLine(c.code(), type, c.fund(), spent));
            revenueTotal = revenueTotal.plus(c.revenue());
            spentTotal = spentTotal.plus(spent);
            if (c.fund().isFiscal()) {
                Amount[] f = funds.computeIfAbsent(c.fund(), k -> new Amount[] {zero, zero, zero});
                f[1] = f[1].plus(c.revenue());
                f[2] = f[2].plus(spent);
                if (c.fund() != Fund.GENERAL_PUBLIC) {
                    Amount[] item = fundItems.computeIfAbsent(
                            c.fund().name() + "/" + c.code().value(), k -> new Amount[] {c.opening(), zero, zero});
                    item[1] = item[1].plus(c.revenue());
                    item[2] = item[2].plus(spent);
                }
            }
        }
        basic.forEach((code, amount) -> b.basic(new BasicExpenditure(code, amount)));
        // carry-overs derived from the balance of the year; the opening raised where the closing would be negative
        Amount distribution = shape == 0 ? used : zero;
        Amount closing =
                revenueTotal.plus(used).plus(openingAll).minus(spentTotal).minus(distribution);
        Amount opening = openingAll;
        if (closing.isNegative()) {
            opening = opening.minus(closing);
            closing = zero;
        }
        b.balances(new Balances(opening, used, distribution, closing));
        for (Map.Entry<String, Amount[]> e : fundItems.entrySet()) {
            Fund fund = Fund.valueOf(e.getKey().substring(0, e.getKey().indexOf('/')));
            Amount[] v = balanced(e.getValue());
            b.fundBalance(FundBalance.of(fund, e.getKey().substring(e.getKey().indexOf('/') + 1), v[0], v[3]));
            Amount[] f = funds.get(fund);
            f[0] = f[0].plus(v[0]);
        }
        for (Map.Entry<Fund, Amount[]> e : funds.entrySet()) {
            Amount[] f = e.getValue();
            if (e.getKey() == Fund.GENERAL_PUBLIC) {
                f[0] = openingAll;
            }
            Amount[] v = balanced(f);
            if (e.getKey() == Fund.GENERAL_PUBLIC || shape != 1) {
                b.fundBalance(FundBalance.of(e.getKey(), v[0], v[3]));
            }
        }
        for (ThreePublicHeading item : items) {
            Amount spent = basic.getOrDefault(EconomicCode.of(item.economicCode()), zero)
                    .plus(threeBudget);
            b.threePublic(new ThreePublicOutturn(item, threeBudget, spent));
        }
        if (shape >= 1) {
            cells.stream()
                    .filter(c -> c.fund() == Fund.GENERAL_PUBLIC)
                    .map(Cell::code)
                    .distinct()
                    .forEach(code -> b.lineBudget(
                            new LineBudget(code, openingAll, TEXT.substring(0, 8), Optional.of(TEXT.substring(8)))));
        }
        if (kind.hasOperatingCosts() && shape != 2) {
            Amount publicUse = Amount.total(
                    unit,
                    basic.entrySet().stream()
                            .filter(e -> CostClassAssignment.standard()
                                            .classOf(e.getKey())
                                            .orElseThrow()
                                    == CostClass.PUBLIC_USE)
                            .map(Map.Entry::getValue)
                            .toList());
            b.operatingCosts(publicUse);
        }
    }

    /** {opening, revenue, spent} → {opening, revenue, spent, closing}, the opening raised so the closing is ≥ 0. */
    private static Amount[] balanced(Amount[] f) {
        Amount closing = f[0].plus(f[1]).minus(f[2]);
        Amount opening = f[0];
        if (closing.isNegative()) {
            opening = opening.minus(closing);
            closing = Amount.zero(opening.unit());
        }
        return new Amount[] {opening, f[1], f[2], closing};
    }

    /** The department's own stated facts: last year's figures, 绩效 with its grades counted. */
    private static Arbitrary<List<java.util.function.Consumer<FinalAccountsBuilder>>> stated(MoneyUnit unit) {
        Arbitrary<java.util.function.Consumer<FinalAccountsBuilder>> lastYear = Combinators.combine(
                        Arbitraries.of(LastYearFigure.values())
                                .list()
                                .uniqueElements()
                                .ofMaxSize(4),
                        BudgetArbitraries.amounts(unit))
                .as((figures, amount) -> b -> {
                    Map<LastYearFigure, Amount> f = new LinkedHashMap<>();
                    Map<LastYearFigure, String> r = new LinkedHashMap<>();
                    figures.forEach(x -> {
                        f.put(x, amount);
                        r.put(x, TEXT.substring(10, 20));
                    });
                    b.lastYear(new LastYear(f, r));
                });
        Arbitrary<java.util.function.Consumer<FinalAccountsBuilder>> performance = Combinators.combine(
                        Arbitraries.integers().between(0, 50).list().ofSize(4), BudgetArbitraries.amounts(unit),
                        Arbitraries.integers().between(0, 10000),
                                Arbitraries.integers().between(0, 20))
                .as((grades, amount, score, found) -> b -> {
                    int evaluated = grades.stream().mapToInt(Integer::intValue).sum();
                    b.performance(new PerformanceOutturn(
                            evaluated,
                            amount,
                            evaluated,
                            amount,
                            evaluated,
                            amount,
                            BigDecimal.valueOf(score, 2),
                            grades.get(0),
                            grades.get(1),
                            grades.get(2),
                            grades.get(3),
                            found,
                            found / 2));
                });
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.of())),
                Tuple.of(2, Combinators.combine(lastYear, performance).as(List::of)));
    }

    /** Splits a total into n parts that add up to it exactly (cut points drawn from the seed). */
    private static List<Amount> split(Amount total, int n, long seed) {
        if (n == 0) {
            return List.of();
        }
        long cents = total.value().movePointRight(2).longValueExact();
        List<Amount> parts = new ArrayList<>();
        long left = cents;
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < n - 1; i++) {
            long part = left == 0 ? 0 : Math.floorMod(random.nextLong(), left + 1);
            parts.add(Amount.of(BigDecimal.valueOf(part, 2), total.unit()));
            left -= part;
        }
        parts.add(Amount.of(BigDecimal.valueOf(left, 2), total.unit()));
        return parts;
    }
}
