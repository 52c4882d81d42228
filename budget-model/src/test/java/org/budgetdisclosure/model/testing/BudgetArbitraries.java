package org.budgetdisclosure.model.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.statements.Statements;

/**
 * jqwik generators of valid budgets of any shape, for the library's property tests and for users who
 * property-test their own code against realistic budgets (ship with the {@code budget-model} test-jar).
 *
 * <p>Leaf amounts are generated and every total is derived by addition, never filtered: the basic expenditure
 * by economic 款 is generated first and its total split over the 一般公共预算 basic lines; last year's total,
 * staffing totals and procurement amounts are sums and products of generated parts. Budgets range from one line
 * to thousands, over few or many 类, 款 and 项, with every revenue source and expenditure type, empty funds
 * and zero amounts.
 *
 * <pre>{@code
 * @Property
 * void myExportKeepsTheTotal(@ForAll("budgets") Budget budget) { ... }
 *
 * @Provide
 * Arbitrary<Budget> budgets() { return BudgetArbitraries.budgets(); }
 * }</pre>
 */
public final class BudgetArbitraries {

    private static final List<FunctionCode> CLASSES = Catalogue.bundled().functionClasses();
    /** Common characters (all in GB 2312, so the bundled fonts have them) for generated prose. */
    private static final String REASON_CHARACTERS = "增加减少人员经费项目支出原因公益岗工资保险基本无变化调整预算安排资金";

    private static final List<String> ECONOMIC_CLASSES = List.of("301", "302", "303", "310", "399");

    private BudgetArbitraries() {}

    /** @return valid budgets in 万元: validation finds no errors in them (unknown codes are warnings) */
    public static Arbitrary<Budget> budgets() {
        return budgets(MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * @param unit the ledger unit of the budgets; in 元 the figures run to nine and ten digits, as a large
     *     department's do
     * @return valid budgets in the unit: validation finds no errors in them (unknown codes are warnings)
     */
    public static Arbitrary<Budget> budgets(MoneyUnit unit) {
        return Combinators.combine(
                        lines(unit),
                        economicLines(unit),
                        threePublic(unit),
                        priorYear(unit),
                        procurement(unit),
                        staffing(),
                        Arbitraries.integers().between(2015, 2035))
                .as((l, e, t, p, pr, st, y) -> assemble(unit, l, e, t, p, pr, st, y));
    }

    /** @return budgets in 万元 of at least one thousand lines, for scale tests */
    public static Arbitrary<Budget> largeBudgets() {
        MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;
        return Combinators.combine(
                        lineList(unit, 1000, 3000),
                        economicLines(unit),
                        threePublic(unit),
                        priorYear(unit),
                        procurement(unit),
                        staffing(),
                        Arbitraries.just(2022))
                .as((l, e, t, p, pr, st, y) -> assemble(unit, l, e, t, p, pr, st, y));
    }

    /**
     * @return well-typed budgets that may break any rule: mismatched funds, fiscal lines of any type, negative and
     *     over-precise amounts, codes of any level and classification, unassigned economic classes, wrong totals
     */
    public static Arbitrary<Budget> wildBudgets() {
        Arbitrary<Amount> wildAmounts = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                .ofScale(3)
                .map(v -> Amount.of(v, MoneyUnit.TEN_THOUSAND_YUAN));
        Arbitrary<FunctionCode> anyCode = Arbitraries.strings()
                .numeric()
                .ofLength(7)
                .map(s -> s.substring(0, new int[] {3, 5, 7}[Math.floorMod(s.hashCode(), 3)]))
                .map(FunctionCode::of);
        Arbitrary<Appropriation> wildLine = Combinators.combine(
                        anyCode,
                        Arbitraries.of(RevenueSource.values()),
                        Arbitraries.of(Fund.values()),
                        Arbitraries.of(ExpenditureType.values()),
                        wildAmounts)
                .as((code, source, fund, type, amount) ->
                        new Appropriation(code, source, fund, type, amount, java.util.Optional.empty()));
        Arbitrary<BasicExpenditure> wildEconomic = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(5).map(s -> s.startsWith("0") ? s.substring(0, 3) : s),
                        wildAmounts)
                .as((code, amount) ->
                        new BasicExpenditure(org.budgetdisclosure.model.classification.EconomicCode.of(code), amount));
        Arbitrary<ThreePublicExpense> wildThree = Combinators.combine(
                        Arbitraries.of(ThreePublicItem.values()), Arbitraries.of(Fund.values()), wildAmounts)
                .as(ThreePublicExpense::new);
        return Combinators.combine(
                        wildLine.list().ofMaxSize(60),
                        wildEconomic.list().ofMaxSize(30),
                        wildThree.list().ofMaxSize(8),
                        budgets(),
                        Arbitraries.maps(
                                        Arbitraries.of(org.budgetdisclosure.model.facts.DeclaredTotal.values()),
                                        wildAmounts)
                                .ofMaxSize(4),
                        Arbitraries.integers().between(0, 300))
                .as((lines, economic, three, base, declared, staffTotal) -> {
                    Budget.Builder b = base.toBuilder()
                            .appropriations(lines)
                            .declaredTotals(declared)
                            .staffing(staffTotal, 1, 2, 3);
                    economic.forEach(b::basicExpenditure);
                    three.forEach(b::threePublic);
                    return b.build();
                });
    }

    /** @return a functional 项 code under a 类 of the catalogue, with a generated 款 and 项 */
    public static Arbitrary<FunctionCode> itemCodes() {
        return Combinators.combine(
                        Arbitraries.of(CLASSES),
                        Arbitraries.integers().between(1, 99),
                        Arbitraries.integers().between(1, 99))
                .as((c, section, item) -> FunctionCode.of(c.value() + two(section) + two(item)));
    }

    /** @return non-negative amounts in 万元 with two decimals, zero included, skewed to small values */
    public static Arbitrary<Amount> amounts() {
        return amounts(MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * @param unit the unit
     * @return non-negative amounts in the unit with two decimals, zero included, skewed to small values; in 元
     *     up to ten digits before the point (a large department's lines)
     */
    public static Arbitrary<Amount> amounts(MoneyUnit unit) {
        long scale = unit == MoneyUnit.YUAN ? 100 : 1;
        return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0L)),
                        Tuple.of(6, Arbitraries.longs().between(1, 10_000_00L * scale)),
                        Tuple.of(2, Arbitraries.longs().between(1, 100_000_000_00L * scale)))
                .map(cents -> Amount.of(BigDecimal.valueOf(cents, 2), unit));
    }

    // ---- lines ---------------------------------------------------------------------------------------------

    private record Line(FunctionCode code, RevenueSource source, Fund fund, ExpenditureType type, Amount amount) {}

    private static Arbitrary<List<Line>> lines(MoneyUnit unit) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, lineList(unit, 1, 1)),
                Tuple.of(12, lineList(unit, 1, 40)),
                Tuple.of(4, lineList(unit, 40, 400)),
                Tuple.of(1, lineList(unit, 400, 2500)));
    }

    private static Arbitrary<List<Line>> lineList(MoneyUnit unit, int min, int max) {
        return line(unit).list().ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<Line> line(MoneyUnit unit) {
        Arbitrary<FunctionCode> codes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(knownItems())), Tuple.of(2, itemCodes()), Tuple.of(2, narrowCodes()));
        return Combinators.combine(
                        codes,
                        Arbitraries.of(RevenueSource.values()),
                        Arbitraries.of(Fund.values()),
                        Arbitraries.of(ExpenditureType.values()),
                        amounts(unit))
                .as((code, source, carriedFund, type, amount) -> {
                    Fund fund = source.fund().orElse(carriedFund);
                    ExpenditureType t =
                            fund.isFiscal() && type != ExpenditureType.BASIC ? ExpenditureType.PROJECT : type;
                    return new Line(code, source, fund, t, amount);
                });
    }

    /** Codes under few 类 and 款, so that deep and wide hierarchies occur. */
    private static Arbitrary<FunctionCode> narrowCodes() {
        return Combinators.combine(
                        Arbitraries.of("206", "215", "221"),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 40))
                .as((c, s, i) -> FunctionCode.of(c + two(s) + two(i)));
    }

    private static List<FunctionCode> knownItems() {
        return Catalogue.bundled().functionalCodes().keySet().stream()
                .filter(c -> c.value().length() == 7)
                .toList();
    }

    // ---- table 6 -------------------------------------------------------------------------------------------

    private static Arbitrary<List<BasicExpenditure>> economicLines(MoneyUnit unit) {
        Arbitrary<BasicExpenditure> line = Combinators.combine(
                        Arbitraries.of(ECONOMIC_CLASSES), Arbitraries.integers().between(1, 99), amounts(unit))
                .as((c, k, amount) -> new BasicExpenditure(
                        org.budgetdisclosure.model.classification.EconomicCode.of(c + two(k)), amount));
        return line.list().ofMinSize(0).ofMaxSize(150);
    }

    // ---- table 9, prior year, narrative --------------------------------------------------------------------

    private static Arbitrary<List<ThreePublicExpense>> threePublic(MoneyUnit unit) {
        return Combinators.combine(
                        Arbitraries.of(ThreePublicItem.values()), Arbitraries.of(Fund.fiscalFunds()), amounts(unit))
                .as(ThreePublicExpense::new)
                .list()
                .ofMaxSize(12);
    }

    private static Arbitrary<PriorYear> priorYear(MoneyUnit unit) {
        return Combinators.combine(
                        amounts(unit),
                        amounts(unit),
                        amounts(unit),
                        Arbitraries.maps(Arbitraries.of(ThreePublicItem.values()), amounts(unit))
                                .ofMaxSize(5),
                        Arbitraries.maps(
                                        Arbitraries.of(Comparison.values()),
                                        Arbitraries.strings()
                                                .withChars(REASON_CHARACTERS)
                                                .ofMinLength(1)
                                                .ofMaxLength(20))
                                .ofMaxSize(4))
                .as((personnel, publicUse, project, three, reasons) -> {
                    Amount total = Amount.total(personnel, publicUse, project);
                    return new PriorYear(total, personnel, publicUse, project, within(three, total), reasons);
                });
    }

    private static Arbitrary<List<ProcurementItem>> procurement(MoneyUnit unit) {
        return Combinators.combine(
                        Arbitraries.of(knownItems()),
                        amounts(unit),
                        Arbitraries.integers().between(0, 500),
                        Arbitraries.of(Fund.values()),
                        Arbitraries.of("台式计算机", "复印机", "空调机", "打印机"))
                .as((code, price, quantity, fund, item) -> {
                    Amount amount = price.times(BigDecimal.valueOf(quantity)).rounded(2);
                    return new ProcurementItem(
                            "某单位",
                            code,
                            "公用经费",
                            "正常公用",
                            "",
                            item,
                            "",
                            "台",
                            price,
                            BigDecimal.valueOf(quantity),
                            amount,
                            Map.of(fund, amount));
                })
                .list()
                .ofMaxSize(8);
    }

    private record Staff(int active, int retiredCadres, int retired) {}

    private static Arbitrary<Staff> staffing() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2000),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 2000))
                .as(Staff::new);
    }

    // ---- assembly ------------------------------------------------------------------------------------------

    private static Budget assemble(
            MoneyUnit unit,
            List<Line> lines,
            List<BasicExpenditure> economic,
            List<ThreePublicExpense> three,
            PriorYear prior,
            List<ProcurementItem> procurement,
            Staff staff,
            int year) {
        Budget.Builder b = Budget.builder()
                .unit(unit)
                .department("901", "某县测试局", "测试局", DepartmentKind.ADMINISTRATIVE)
                .year(year)
                .costClasses(CostClassAssignment.standard().with("399", CostClass.PUBLIC_USE))
                .priorYear(prior)
                .staffing(
                        staff.active() + staff.retiredCadres() + staff.retired(),
                        staff.active(),
                        staff.retiredCadres(),
                        staff.retired());
        List<Line> others = new ArrayList<>();
        List<Line> generalBasic = new ArrayList<>();
        for (Line line : lines) {
            (line.fund() == Fund.GENERAL_PUBLIC && line.type() == ExpenditureType.BASIC ? generalBasic : others)
                    .add(line);
        }
        others.forEach(l -> b.appropriation(
                new Appropriation(l.code(), l.source(), l.fund(), l.type(), l.amount(), java.util.Optional.empty())));
        economic.forEach(b::basicExpenditure);
        // table 6 adds up to table 5's 基本支出: split the economic total over the general basic lines
        Amount economicTotal = Amount.total(
                unit, economic.stream().map(BasicExpenditure::amount).toList());
        if (generalBasic.isEmpty() && !economicTotal.isZero()) {
            FunctionCode code =
                    lines.isEmpty() ? FunctionCode.of("2150501") : lines.get(0).code();
            generalBasic.add(new Line(
                    code,
                    RevenueSource.GENERAL_PUBLIC_BUDGET,
                    Fund.GENERAL_PUBLIC,
                    ExpenditureType.BASIC,
                    Amount.zero(unit)));
        }
        List<Amount> parts = split(economicTotal, generalBasic);
        for (int i = 0; i < generalBasic.size(); i++) {
            Line l = generalBasic.get(i);
            b.appropriation(new Appropriation(
                    l.code(), l.source(), l.fund(), l.type(), parts.get(i), java.util.Optional.empty()));
        }
        procurement.forEach(b::procurement);
        // “三公” is part of the fiscal appropriations and of the total: keep the items that fit in both
        Statements s = Statements.of(b.build());
        Amount room =
                s.fiscalSummary().revenueTotal().compareTo(s.budgetSummary().expenditureTotal()) < 0
                        ? s.fiscalSummary().revenueTotal()
                        : s.budgetSummary().expenditureTotal();
        Amount used = Amount.zero(room.unit());
        for (ThreePublicExpense e : three) {
            if (!used.plus(e.amount()).isGreaterThan(room)) {
                b.threePublic(e);
                used = used.plus(e.amount());
            }
        }
        return b.build();
    }

    /** The entries of a map of amounts, in key order, while they add up to no more than a total. */
    private static <K> Map<K, Amount> within(Map<K, Amount> amounts, Amount total) {
        Map<K, Amount> kept = new java.util.LinkedHashMap<>();
        Amount used = Amount.zero(total.unit());
        for (Map.Entry<K, Amount> e : new java.util.TreeMap<>(amounts).entrySet()) {
            if (!used.plus(e.getValue()).isGreaterThan(total)) {
                kept.put(e.getKey(), e.getValue());
                used = used.plus(e.getValue());
            }
        }
        return kept;
    }

    /** Splits a total over the lines, using each line's generated amount as a cut point: sums exactly. */
    private static List<Amount> split(Amount total, List<Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        long cents = total.value().movePointRight(2).longValueExact();
        TreeSet<Long> cuts = new TreeSet<>();
        for (int i = 1; i < lines.size(); i++) {
            long seed = lines.get(i).amount().value().movePointRight(2).longValue();
            cuts.add(cents == 0 ? 0 : Math.floorMod(seed * 31 + i, cents + 1));
        }
        List<Long> points = new ArrayList<>(cuts);
        while (points.size() < lines.size() - 1) {
            points.add(cents);
        }
        Collections.sort(points);
        List<Amount> parts = new ArrayList<>();
        long previous = 0;
        for (long p : points) {
            parts.add(Amount.of(BigDecimal.valueOf(p - previous, 2), total.unit()));
            previous = p;
        }
        parts.add(Amount.of(BigDecimal.valueOf(cents - previous, 2), total.unit()));
        return parts;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
