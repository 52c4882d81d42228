package org.budgetdisclosure.model.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * jqwik generators of valid departments with units (预算单位): 1 to 30 units, each a valid budget of its own, whose
 * lines draw their 功能 codes from a pool the department's units share (so that the consolidation adds lines of
 * several units under one code) or from codes of their own.
 *
 * <p>Leaf amounts are generated and every total is derived by addition, never filtered: each 一般公共预算 basic line
 * is paid by one economic line of the same amount (table 6 adds up to table 5's 基本支出 by construction), and each
 * “三公” amount is also a project line of its fund (so it fits the fiscal appropriations and the total). Units are
 * numbered: codes {@code 90101…} (some units have none and are known by their names), kinds 行政, 事业 and 参公.
 */
public final class UnitArbitraries {

    private static final List<String> ECONOMIC_CLASSES = List.of("301", "302", "303", "310");

    private UnitArbitraries() {}

    /** @return valid departments with 1 to 30 units, in 万元 or 元, of the year 2022 */
    public static Arbitrary<Budget> departments() {
        return Arbitraries.of(MoneyUnit.values())
                .flatMap(unit -> Combinators.combine(
                                BudgetArbitraries.itemCodes()
                                        .list()
                                        .ofMinSize(1)
                                        .ofMaxSize(12),
                                Arbitraries.frequencyOf(
                                        Tuple.of(2, Arbitraries.integers().between(1, 3)),
                                        Tuple.of(3, Arbitraries.integers().between(4, 12)),
                                        Tuple.of(2, Arbitraries.integers().between(13, 30))))
                        .as(Tuple::of)
                        .flatMap(t -> unit(unit, t.get1()).list().ofSize(t.get2()))
                        .map(units -> assemble(unit, units)));
    }

    /** The facts of one unit before it is numbered. */
    private record UnitFacts(
            List<Appropriation> lines,
            List<BasicExpenditure> basic,
            List<ThreePublicExpense> three,
            List<ProcurementItem> procurement,
            int[] staff,
            DepartmentKind kind,
            boolean coded) {}

    private static Arbitrary<UnitFacts> unit(MoneyUnit unit, List<FunctionCode> shared) {
        Arbitrary<FunctionCode> codes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(shared)), Tuple.of(1, BudgetArbitraries.itemCodes()));
        Arbitrary<Appropriation> line = Combinators.combine(
                        codes,
                        Arbitraries.of(RevenueSource.values()),
                        Arbitraries.of(Fund.values()),
                        Arbitraries.of(ExpenditureType.values()),
                        BudgetArbitraries.amounts(unit))
                .as((code, source, carried, type, amount) -> {
                    Fund fund = source.fund().orElse(carried);
                    // fiscal lines are 基本 or 项目; 一般公共预算 基本 lines come with their economic lines below
                    ExpenditureType t = fund.isFiscal() && type != ExpenditureType.BASIC
                            ? ExpenditureType.PROJECT
                            : fund == Fund.GENERAL_PUBLIC ? ExpenditureType.PROJECT : type;
                    return new Appropriation(code, source, fund, t, amount, Optional.empty());
                });
        Arbitrary<Tuple.Tuple3<FunctionCode, EconomicCode, Amount>> basic = Combinators.combine(
                        codes,
                        Arbitraries.of(ECONOMIC_CLASSES),
                        Arbitraries.integers().between(1, 30),
                        BudgetArbitraries.amounts(unit))
                .as((code, c, k, amount) ->
                        Tuple.of(code, EconomicCode.of(c + (k < 10 ? "0" + k : String.valueOf(k))), amount));
        Arbitrary<Tuple.Tuple4<ThreePublicItem, Fund, Amount, FunctionCode>> three = Combinators.combine(
                        Arbitraries.of(ThreePublicItem.values()),
                        Arbitraries.of(Fund.fiscalFunds()),
                        BudgetArbitraries.amounts(unit),
                        codes)
                .as(Tuple::of);
        Arbitrary<ProcurementItem> procurement = Combinators.combine(
                        codes,
                        BudgetArbitraries.amounts(unit),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.of(Fund.values()),
                        Arbitraries.of("台式计算机", "复印机", "空调机"))
                .as((code, price, quantity, fund, item) -> {
                    Amount amount = price.times(BigDecimal.valueOf(quantity));
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
                });
        Arbitrary<int[]> staff = Combinators.combine(
                        Arbitraries.integers().between(0, 300),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 300))
                .as((a, c, r) -> new int[] {a + c + r, a, c, r});
        return Combinators.combine(
                        line.list().ofMaxSize(30),
                        basic.list().ofMaxSize(12),
                        three.list().ofMaxSize(4),
                        procurement.list().ofMaxSize(2),
                        staff,
                        Arbitraries.of(DepartmentKind.values()),
                        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)))
                .as((lines, basics, threes, items, st, kind, coded) -> {
                    List<Appropriation> all = new ArrayList<>(lines);
                    List<BasicExpenditure> economic = new ArrayList<>();
                    for (var b : basics) {
                        all.add(Appropriation.of(
                                b.get1().value(),
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                ExpenditureType.BASIC,
                                b.get3()));
                        economic.add(new BasicExpenditure(b.get2(), b.get3()));
                    }
                    List<ThreePublicExpense> expenses = new ArrayList<>();
                    for (var t : threes) {
                        RevenueSource source = RevenueSource.currentSources().stream()
                                .filter(s -> s.fund().equals(Optional.of(t.get2())))
                                .findFirst()
                                .orElseThrow();
                        all.add(Appropriation.of(t.get4().value(), source, ExpenditureType.PROJECT, t.get3()));
                        expenses.add(new ThreePublicExpense(t.get1(), t.get2(), t.get3()));
                    }
                    return new UnitFacts(all, economic, expenses, items, st, kind, coded);
                });
    }

    private static Budget assemble(MoneyUnit unit, List<UnitFacts> units) {
        Budget.Builder department =
                Budget.builder().unit(unit).year(2022).department("901", "某区测试局", "测试局", DepartmentKind.ADMINISTRATIVE);
        for (int i = 0; i < units.size(); i++) {
            UnitFacts f = units.get(i);
            String number = String.valueOf(i + 1);
            Department d = Department.of(
                    f.coded() ? "901" + (i < 9 ? "0" : "") + number : null,
                    "某区测试局第" + number + "单位",
                    "测试单位" + number,
                    f.kind());
            department.unit(d, u -> {
                u.appropriations(f.lines());
                f.basic().forEach(u::basicExpenditure);
                f.three().forEach(u::threePublic);
                f.procurement().forEach(u::procurement);
                return u.staffing(f.staff()[0], f.staff()[1], f.staff()[2], f.staff()[3]);
            });
        }
        return department.build();
    }
}
