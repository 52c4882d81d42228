package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;

/**
 * A department's budget consolidated from its units (部门预算 = 本部 + 下属预算单位): the one budget whose statements,
 * validation and narrative are the department's.
 *
 * <p>Computed, never entered twice: the lines are the units' lines summed by 功能 code, source, fund, type and
 * economic code; the basic expenditure summed by economic 款; the “三公” by item and fund; the procurement rows
 * are the units' rows; the assets are summed by category (the latest date of the units' registers, the planned
 * acquisitions summed); names of codes are the department's, then the units'. Staffing is the department's, or
 * where it states none and every unit does, the units' summed; performance projects are the department's, or where
 * it states none, the units'. The published facts (机关运行经费 of the 行政 and 参公 units, 政府采购 totals, 绩效目标,
 * vehicles and large equipment) are the department's where it states them, else the units' summed where every unit
 * concerned states them ({@link PublishedSums}: absent is not zero, so a sum over some units only is no fact); the
 * 机构设置 list is the department's, else its units. Everything else (department, year, cost classes, last year's figures, stated
 * totals, prose, rounding) is the department's own.
 *
 * <p>The result does not depend on the order of the units: they are taken in {@linkplain #ordered(List) the
 * order of their codes}, and every sum is keyed and sorted. A budget without units is its own consolidation.
 * Stateless and thread-safe.
 */
public final class Consolidation {

    /** Units by code (those without a code after those with one), then by name. */
    private static final Comparator<Budget> ORDER = Comparator.<Budget, Boolean>comparing(
                    u -> u.department().code().isEmpty())
            .thenComparing(u -> u.department().code().orElse(""))
            .thenComparing(u -> u.department().name())
            .thenComparing(u -> u.department().shortName())
            .thenComparing(u -> u.department().kind());

    private Consolidation() {}

    /**
     * @param budget a budget, not null
     * @return the department's consolidated budget, without units: the budget itself if it has none; never null
     * @throws IllegalArgumentException naming the field if a sum is outside the bounds of {@link NumberBounds}
     */
    public static Budget of(Budget budget) {
        if (!budget.hasUnits()) {
            return budget;
        }
        List<Budget> units = ordered(budget.units());
        MoneyUnit unit = budget.unit();

        Map<LineKey, BigDecimal> lines = new TreeMap<>();
        Map<EconomicCode, BigDecimal> basic = new TreeMap<>();
        Map<ThreePublicItem, Map<Fund, BigDecimal>> three = new EnumMap<>(ThreePublicItem.class);
        List<ProcurementItem> procurement = new ArrayList<>();
        Map<Code, String> names = new HashMap<>(budget.names());
        for (Budget u : units) {
            for (Appropriation a : u.appropriations()) {
                lines.merge(new LineKey(a), a.amount().value(), BigDecimal::add);
            }
            for (BasicExpenditure e : u.basicExpenditures()) {
                basic.merge(e.economicCode(), e.amount().value(), BigDecimal::add);
            }
            for (ThreePublicExpense t : u.threePublic()) {
                three.computeIfAbsent(t.item(), i -> new EnumMap<>(Fund.class))
                        .merge(t.fund(), t.amount().value(), BigDecimal::add);
            }
            procurement.addAll(u.narrative().procurement());
            u.names().forEach(names::putIfAbsent);
        }
        // the department's own facts and prose, then the computed ones
        Budget.Builder flat = Budget.builder()
                .department(budget.department())
                .year(budget.year())
                .unit(unit)
                .rounded(budget.rounded())
                .costClasses(budget.costClasses())
                .priorYear(budget.priorYear().orElse(null))
                .names(names)
                .declaredTotals(budget.declaredTotals())
                .explanations(budget.explanations());
        Narrative own = budget.narrative();
        flat.narrative(new Narrative(
                        own.duties(),
                        own.institutionOverview(),
                        own.institutions(),
                        own.staffing().or(() -> staffing(units)),
                        own.overallGoals(),
                        own.specialFunds(),
                        own.projects().isEmpty()
                                ? units.stream()
                                        .flatMap(u -> u.narrative().projects().stream())
                                        .toList()
                                : own.projects(),
                        own.safeguards(),
                        procurement,
                        assets(units, unit),
                        own.glossary(),
                        own.otherNotes())
                .withPublishedFacts(
                        own.budgetUnits().isEmpty() ? budgetUnits(units) : own.budgetUnits(),
                        own.internalDivisions(),
                        own.procurementTotals().or(() -> PublishedSums.procurementTotals(units, unit)),
                        own.performanceTargets().or(() -> PublishedSums.performanceTargets(units, unit)),
                        own.heldAssets().or(() -> PublishedSums.heldAssets(units)),
                        own.plannedAssets().or(() -> PublishedSums.plannedAssets(units)),
                        own.priorThreePublic()));
        flat.operatingCosts(budget.operatingCosts()
                .or(() -> PublishedSums.operatingCosts(operatingCostUnits(budget), unit))
                .orElse(null));
        lines.forEach((k, v) -> flat.appropriation(
                new Appropriation(k.code(), k.source(), k.fund(), k.type(), Amount.of(v, unit), k.economic())));
        basic.forEach((code, v) -> flat.basicExpenditure(new BasicExpenditure(code, Amount.of(v, unit))));
        three.forEach((item, byFund) ->
                byFund.forEach((fund, v) -> flat.threePublic(new ThreePublicExpense(item, fund, Amount.of(v, unit)))));
        try {
            return flat.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the department's figures summed from its units are out of bounds: " + "its consolidated "
                            + e.getMessage(),
                    e);
        }
    }

    /** The 机构设置 list of a department that states none: its units, a unit named …本部 being its 本部. */
    private static List<OrganisationUnit> budgetUnits(List<Budget> units) {
        return units.stream()
                .map(u -> new OrganisationUnit(
                        u.department().shortName(),
                        u.department().kind(),
                        u.department().name().endsWith("本部")))
                .toList();
    }

    /**
     * @param units units, not null
     * @return the units in the order the department's document lists them: by code, those without a code after
     *     those with one, then by name; never null
     */
    public static List<Budget> ordered(List<Budget> units) {
        return units.stream().sorted(ORDER).toList();
    }

    /**
     * The units of a budget as its document counts and lists them: its units in {@linkplain #ordered(List) order},
     * or the department itself where it has none (the one-unit case).
     *
     * @param budget a budget, not null
     * @return the units, never empty, never null
     */
    public static List<Department> institutions(Budget budget) {
        return budget.hasUnits()
                ? ordered(budget.units()).stream().map(Budget::department).toList()
                : List.of(budget.department());
    }

    /**
     * @param budget a budget, not null
     * @return how many of {@link #institutions(Budget)} are of each kind, every kind present (zero or more); never
     *     null
     */
    public static Map<DepartmentKind, Integer> countsByKind(Budget budget) {
        Map<DepartmentKind, Integer> counts = new EnumMap<>(DepartmentKind.class);
        for (DepartmentKind k : DepartmentKind.values()) {
            counts.put(k, 0);
        }
        institutions(budget).forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * The published facts a department with units states as its own while every unit states them too, and whose
     * figure is not its units' sum (the department's own is what its document prints, so its units' documents
     * would disagree with it): 政府采购 totals, 绩效目标 count and amount, held and planned vehicles and equipment; and
     * the institution list (机构设置), whose units of each kind must be as many as the department's units.
     * Vehicle counts compare by category, a category not named counting none; amounts by value.
     *
     * @param budget the department's budget or its consolidation (which keeps the department's own facts), not null
     * @param units its units, not null
     * @return the department's fields ({@code narrative.budgetUnits}, {@code narrative.procurementTotals}, …) that
     *     differ from their units', in that order; empty for no units; never null
     */
    public static List<String> differingPublishedFacts(Budget budget, List<Budget> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        MoneyUnit unit = budget.unit();
        Narrative own = budget.narrative();
        List<String> differing = new ArrayList<>();
        if (!own.budgetUnits().isEmpty() && !kinds(own.budgetUnits()).equals(kinds(budgetUnits(units)))) {
            differing.add("narrative.budgetUnits");
        }
        if (differs(own.procurementTotals(), PublishedSums.procurementTotals(units, unit), Object::equals)) {
            differing.add("narrative.procurementTotals");
        }
        if (differs(own.performanceTargets(), PublishedSums.performanceTargets(units, unit), Object::equals)) {
            differing.add("narrative.performanceTargets");
        }
        if (differs(
                own.heldAssets(),
                PublishedSums.heldAssets(units),
                (a, b) -> a.asOf().equals(b.asOf())
                        && sameVehicles(a.vehicles(), b.vehicles())
                        && a.largeEquipment().equals(b.largeEquipment()))) {
            differing.add("narrative.heldAssets");
        }
        if (differs(
                own.plannedAssets(),
                PublishedSums.plannedAssets(units),
                (a, b) -> sameVehicles(a.vehicles(), b.vehicles())
                        && a.largeEquipment().equals(b.largeEquipment()))) {
            differing.add("narrative.plannedAssets");
        }
        return List.copyOf(differing);
    }

    /** @return how many units of each kind a list of institutions holds */
    private static Map<DepartmentKind, Long> kinds(List<OrganisationUnit> list) {
        Map<DepartmentKind, Long> counts = new EnumMap<>(DepartmentKind.class);
        // a unit whose budget is the 本部's (预算不单列) is listed but has no units file of its own: not counted
        list.stream().filter(OrganisationUnit::counted).forEach(u -> counts.merge(u.kind(), 1L, Long::sum));
        return counts;
    }

    private static <T> boolean differs(Optional<T> own, Optional<T> sum, java.util.function.BiPredicate<T, T> same) {
        return own.isPresent() && sum.isPresent() && !same.test(own.get(), sum.get());
    }

    private static boolean sameVehicles(Optional<VehicleCounts> a, Optional<VehicleCounts> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() == b.isEmpty();
        }
        for (VehicleCategory c : VehicleCategory.values()) {
            if (a.get().count(c) != b.get().count(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The units whose 机关运行经费 the department's is the sum of: its 行政 and 参公 units (or the department
     * itself, if it has no units and is of one of those kinds). The stated 机关运行经费 of a department with units is
     * the sum of this list's stated figures.
     *
     * @param budget a budget, not null
     * @return those units, in {@linkplain #ordered(List) order}; never null
     */
    public static List<Budget> operatingCostUnits(Budget budget) {
        List<Budget> units = budget.hasUnits() ? ordered(budget.units()) : List.of(budget);
        return units.stream()
                .filter(u -> u.department().kind() != DepartmentKind.PUBLIC_INSTITUTION)
                .toList();
    }

    /**
     * @param unit a unit, not null
     * @return the key of a unit among its department's: its code, else its name; never null
     */
    public static String key(Budget unit) {
        return unit.department().code().orElse(unit.department().name());
    }

    private static Optional<Staffing> staffing(List<Budget> units) {
        if (units.stream().anyMatch(u -> u.narrative().staffing().isEmpty())) {
            return Optional.empty();
        }
        int total = 0;
        int active = 0;
        int cadres = 0;
        int retired = 0;
        for (Budget u : units) {
            Staffing s = u.narrative().staffing().orElseThrow();
            total += s.total();
            active += s.active();
            cadres += s.retiredCadres();
            retired += s.retired();
        }
        return Optional.of(new Staffing(total, active, cadres, retired));
    }

    /** The units' registers summed by category name (in the order of first appearance), or none if none has one. */
    private static AssetRegister assets(List<Budget> units, MoneyUnit unit) {
        AssetRegister none = AssetRegister.none(unit);
        LocalDate asOf = null;
        Map<String, BigDecimal[]> categories = new LinkedHashMap<>();
        Map<String, Boolean> counted = new HashMap<>();
        BigDecimal planned = BigDecimal.ZERO;
        for (Budget u : units) {
            AssetRegister r = u.narrative().assets();
            if (r.equals(none)) {
                continue;
            }
            asOf = asOf == null || r.asOf().isAfter(asOf) ? r.asOf() : asOf;
            planned = planned.add(r.plannedAcquisitions().value());
            for (AssetCategory c : r.categories()) {
                BigDecimal[] sum =
                        categories.computeIfAbsent(c.name(), n -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                c.quantity().ifPresent(q -> {
                    sum[0] = sum[0].add(q);
                    counted.put(c.name(), true);
                });
                sum[1] = sum[1].add(c.value().value());
            }
        }
        if (asOf == null) {
            return none;
        }
        List<AssetCategory> list = new ArrayList<>();
        categories.forEach((name, sum) -> list.add(new AssetCategory(
                name, counted.containsKey(name) ? Optional.of(sum[0]) : Optional.empty(), Amount.of(sum[1], unit))));
        return new AssetRegister(asOf, list, Amount.of(planned, unit));
    }

    /** What a consolidated line is summed by; sorted by code, source, fund, type and economic code. */
    private record LineKey(
            org.budgetdisclosure.model.classification.FunctionCode code,
            RevenueSource source,
            Fund fund,
            ExpenditureType type,
            Optional<EconomicCode> economic)
            implements Comparable<LineKey> {

        LineKey(Appropriation a) {
            this(a.functionCode(), a.source(), a.fund(), a.type(), a.economicCode());
        }

        @Override
        public int compareTo(LineKey o) {
            int c = code.value().compareTo(o.code.value());
            c = c != 0 ? c : source.compareTo(o.source);
            c = c != 0 ? c : fund.compareTo(o.fund);
            c = c != 0 ? c : type.compareTo(o.type);
            return c != 0
                    ? c
                    : economic.map(Code::value)
                            .orElse("")
                            .compareTo(o.economic.map(Code::value).orElse(""));
        }
    }
}
