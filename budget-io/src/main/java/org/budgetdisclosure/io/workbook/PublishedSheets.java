package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;

/**
 * 公开事项 and 车辆及设备, written and read: the single facts the Shanghai layouts publish (机关运行经费, 政府采购预算,
 * 绩效目标, 上年收入预算, 公开版式) as labelled rows, and the vehicles (车辆) and large equipment held and to buy. Both
 * sheets are optional: a missing sheet or row, or a blank value, states nothing.
 */
final class PublishedSheets {

    private PublishedSheets() {}

    /**
     * What the two sheets state beside 机关运行经费 (which goes to the builder).
     *
     * @param procurementTotals 政府采购预算 by kind, if stated
     * @param performanceTargets the projects with performance goals, if stated
     * @param heldAssets the vehicles and equipment held, if stated
     * @param plannedAssets the vehicles and equipment to buy, if stated
     * @param priorRevenue last year's revenue, if stated
     * @param profile the layout the workbook names (公开版式), if any
     */
    record Facts(
            Optional<ProcurementTotals> procurementTotals,
            Optional<PerformanceTargets> performanceTargets,
            Optional<AssetHoldings> heldAssets,
            Optional<AssetPurchases> plannedAssets,
            Optional<PriorRevenue> priorRevenue,
            Optional<String> profile) {}

    // ---- writing -----------------------------------------------------------------------------------------

    /** Writes 公开事项 and 车辆及设备. */
    static void write(SheetWriter w, Optional<Budget> budget, Optional<String> profile) {
        XSSFSheet s = w.sheet(WorkbookSheets.PUBLISHED);
        Map<String, Object> values = new TreeMap<>();
        budget.ifPresent(b -> {
            Narrative n = b.narrative();
            b.operatingCosts().ifPresent(a -> values.put(OPERATING_COSTS, a));
            n.procurementTotals().ifPresent(t -> {
                values.put(PROCUREMENT_GOODS, t.goods());
                values.put(PROCUREMENT_WORKS, t.works());
                values.put(PROCUREMENT_SERVICES, t.services());
                t.reservedForSmes().ifPresent(a -> values.put(RESERVED_SMES, a));
                t.reservedForSmallAndMicro().ifPresent(a -> values.put(RESERVED_SMALL_MICRO, a));
            });
            n.performanceTargets().ifPresent(t -> {
                values.put(TARGET_PROJECTS, t.projects());
                values.put(TARGET_AMOUNT, t.amount());
            });
            n.heldAssets().ifPresent(h -> values.put(HELD_AS_OF, h.asOf().toString()));
            b.explanations().priorRevenue().ifPresent(r -> {
                r.bySource().forEach((source, a) -> values.put(PRIOR_REVENUE_PREFIX + source.chineseName(), a));
                r.fiscalReason().ifPresent(t -> values.put(PRIOR_FISCAL_REASON, t));
            });
        });
        profile.ifPresent(p -> values.put(PROFILE, p));
        List<String> labels = publishedLabels();
        for (int i = 0; i < labels.size(); i++) {
            w.row(s, WorkbookSheets.PUBLISHED, i + 1)
                    .label(DEPARTMENT_LABEL, labels.get(i))
                    .set(DEPARTMENT_VALUE, values.get(labels.get(i)));
        }
        vehicles(w, budget.map(Budget::narrative));
    }

    private static void vehicles(SheetWriter w, Optional<Narrative> narrative) {
        XSSFSheet s = w.sheet(WorkbookSheets.VEHICLES);
        Narrative n = narrative.orElse(Narrative.empty(MoneyUnit.TEN_THOUSAND_YUAN));
        Optional<VehicleCounts> held = n.heldAssets().flatMap(AssetHoldings::vehicles);
        Optional<VehicleCounts> planned = n.plannedAssets().flatMap(AssetPurchases::vehicles);
        WorkbookSheet declared = WorkbookSheets.VEHICLES;
        int r = 1;
        for (VehicleCategory c : VehicleCategory.values()) {
            w.row(s, declared, r++)
                    .label("项目", c.chineseName())
                    .set("现有数量", held.map(v -> v.counts().get(c)).orElse(null))
                    .set("拟购置数量", planned.map(v -> v.counts().get(c)).orElse(null));
        }
        w.row(s, declared, r++)
                .label("项目", VEHICLE_TOTAL)
                .set("现有数量", held.map(v -> (Object) Math.toIntExact(v.total())).orElse(null))
                .set(
                        "拟购置数量",
                        planned.map(v -> (Object) Math.toIntExact(v.total())).orElse(null));
        w.row(s, declared, r)
                .label("项目", AssetHoldings.LARGE_EQUIPMENT)
                .set(
                        "现有数量",
                        n.heldAssets().flatMap(h -> boxed(h.largeEquipment())).orElse(null))
                .set(
                        "拟购置数量",
                        n.plannedAssets()
                                .flatMap(p -> boxed(p.largeEquipment()))
                                .orElse(null));
    }

    private static Optional<Object> boxed(OptionalInt n) {
        return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** What the sheets state, gathered as they are read. */
    private static final class Draft {
        Optional<ProcurementTotals> procurementTotals = Optional.empty();
        Optional<PerformanceTargets> performanceTargets = Optional.empty();
        Optional<AssetHoldings> heldAssets = Optional.empty();
        Optional<AssetPurchases> plannedAssets = Optional.empty();
        Optional<LocalDate> heldAsOf = Optional.empty();
        SheetRow heldAsOfRow;
        Optional<PriorRevenue> priorRevenue = Optional.empty();
        Optional<String> profile = Optional.empty();
    }

    /** Reads 公开事项 (机关运行经费 into the builder) and 车辆及设备. */
    static Facts read(ReadContext ctx, Map<String, XSSFSheet> sheets, MoneyUnit unit, Budget.Builder b) {
        Draft facts = new Draft();
        published(ctx, sheets.get(PUBLISHED), unit, b, facts);
        vehicles(ctx, sheets.get(VEHICLES), unit, facts);
        return new Facts(
                facts.procurementTotals,
                facts.performanceTargets,
                facts.heldAssets,
                facts.plannedAssets,
                facts.priorRevenue,
                facts.profile);
    }

    /** 公开事项: labelled rows; a missing sheet or row, or a blank value, states nothing. */
    private static void published(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Budget.Builder b, Draft facts) {
        if (sheet == null) {
            return;
        }
        SheetRows rows = new SheetRows(ctx, sheet, WorkbookSheets.PUBLISHED, unit);
        Map<String, SheetRow> byLabel = new HashMap<>();
        for (SheetRow row : rows.rows()) {
            String label = row.text(DEPARTMENT_LABEL).strip();
            if (publishedLabels().contains(label)) {
                byLabel.putIfAbsent(label, row);
            } else if (!label.isEmpty() || !row.text(DEPARTMENT_VALUE).isBlank()) {
                row.fail(
                        DEPARTMENT_LABEL,
                        "must be one of the labels " + String.join(", ", publishedLabels()) + ", found \"" + label
                                + "\"");
            }
        }
        Function<String, Optional<Amount>> amount =
                l -> Optional.ofNullable(byLabel.get(l)).flatMap(r -> r.amount(DEPARTMENT_VALUE));
        Function<String, String> at = l -> Optional.ofNullable(byLabel.get(l))
                .map(r -> r.where(DEPARTMENT_VALUE))
                .orElse(PUBLISHED);
        Optional<Amount> operating = amount.apply(OPERATING_COSTS);
        ctx.locate("operatingCosts", at.apply(OPERATING_COSTS));
        operating.ifPresent(b::operatingCosts);
        // 政府采购预算: 货物, 工程 and 服务 together, the set-asides optional
        List<String> procurementLabels = List.of(
                PROCUREMENT_GOODS, PROCUREMENT_WORKS, PROCUREMENT_SERVICES, RESERVED_SMES, RESERVED_SMALL_MICRO);
        List<String> fields = List.of("goods", "works", "services", "reservedForSmes", "reservedForSmallAndMicro");
        List<Optional<Amount>> procurement = new ArrayList<>();
        for (int i = 0; i < procurementLabels.size(); i++) {
            procurement.add(amount.apply(procurementLabels.get(i)));
            ctx.locate("narrative.procurementTotals." + fields.get(i), at.apply(procurementLabels.get(i)));
        }
        if (procurement.stream().anyMatch(Optional::isPresent)) {
            ctx.locate("narrative.procurementTotals", at.apply(PROCUREMENT_GOODS));
            if (required(
                    ctx,
                    byLabel,
                    procurement.subList(0, 3),
                    procurementLabels.subList(0, 3),
                    "政府采购预算 is stated: fill 货物, 工程 and 服务 (0 for none), or leave all blank")) {
                facts.procurementTotals = Optional.of(new ProcurementTotals(
                        procurement.get(0).get(),
                        procurement.get(1).get(),
                        procurement.get(2).get(),
                        procurement.get(3),
                        procurement.get(4)));
            }
        }
        Optional<Integer> targetProjects =
                Optional.ofNullable(byLabel.get(TARGET_PROJECTS)).flatMap(r -> r.whole(DEPARTMENT_VALUE));
        Optional<Amount> targetAmount = amount.apply(TARGET_AMOUNT);
        ctx.locate("narrative.performanceTargets.projects", at.apply(TARGET_PROJECTS));
        ctx.locate("narrative.performanceTargets.amount", at.apply(TARGET_AMOUNT));
        if (targetProjects.isPresent() || targetAmount.isPresent()) {
            ctx.locate("narrative.performanceTargets", at.apply(TARGET_PROJECTS));
            if (required(
                    ctx,
                    byLabel,
                    List.of(targetProjects, targetAmount),
                    List.of(TARGET_PROJECTS, TARGET_AMOUNT),
                    "绩效目标 are stated: fill the number of projects and their amount, or neither")) {
                byLabel.get(TARGET_PROJECTS)
                        .make(() -> facts.performanceTargets =
                                Optional.of(new PerformanceTargets(targetProjects.get(), targetAmount.get())));
            }
        }
        facts.heldAsOfRow = byLabel.get(HELD_AS_OF);
        ctx.locate("narrative.heldAssets", at.apply(HELD_AS_OF));
        ctx.locate("narrative.heldAssets.asOf", at.apply(HELD_AS_OF));
        if (facts.heldAsOfRow != null) {
            facts.heldAsOf = facts.heldAsOfRow.date(DEPARTMENT_VALUE, HELD_AS_OF);
        }
        // last year's revenue: the three 财政拨款 sources together, the others and the reason optional
        Map<RevenueSource, Amount> bySource = new EnumMap<>(RevenueSource.class);
        for (RevenueSource source : priorRevenueSources()) {
            String label = PRIOR_REVENUE_PREFIX + source.chineseName();
            amount.apply(label).ifPresent(a -> bySource.put(source, a));
            ctx.locate("explanations.priorRevenue.bySource." + source.name(), at.apply(label));
        }
        String reason = Optional.ofNullable(byLabel.get(PRIOR_FISCAL_REASON))
                .map(r -> r.text(DEPARTMENT_VALUE))
                .orElse("");
        ctx.locate("explanations.priorRevenue.fiscalReason", at.apply(PRIOR_FISCAL_REASON));
        facts.profile = Optional.ofNullable(byLabel.get(PROFILE))
                .map(r -> r.text(DEPARTMENT_VALUE).strip())
                .filter(p -> !p.isEmpty());
        ctx.locate("profile", at.apply(PROFILE));
        if (!bySource.isEmpty() || !reason.isBlank()) {
            ctx.locate(
                    "explanations.priorRevenue",
                    at.apply(PRIOR_REVENUE_PREFIX + RevenueSource.GENERAL_PUBLIC_BUDGET.chineseName()));
            List<RevenueSource> fiscal = PriorRevenue.fiscalSources();
            if (required(
                    ctx,
                    byLabel,
                    fiscal.stream()
                            .map(f -> Optional.ofNullable(bySource.get(f)))
                            .toList(),
                    fiscal.stream()
                            .map(f -> PRIOR_REVENUE_PREFIX + f.chineseName())
                            .toList(),
                    "last year's revenue is stated: fill the three 财政拨款 (0 for a fund without money)")) {
                SheetRow row = byLabel.get(PRIOR_REVENUE_PREFIX + RevenueSource.GENERAL_PUBLIC_BUDGET.chineseName());
                row.make(() -> facts.priorRevenue = Optional.of(
                        new PriorRevenue(bySource, reason.isBlank() ? Optional.empty() : Optional.of(reason))));
            }
        }
    }

    /**
     * Reports each of the labelled values missing when some of a group is given.
     *
     * @return whether all are present (and none of their rows failed)
     */
    private static boolean required(
            ReadContext ctx,
            Map<String, SheetRow> byLabel,
            List<? extends Optional<?>> values,
            List<String> labels,
            String when) {
        boolean all = true;
        for (int i = 0; i < labels.size(); i++) {
            SheetRow row = byLabel.get(labels.get(i));
            if (row == null) {
                ctx.problem(PUBLISHED + "!A", "the row " + labels.get(i) + " is missing: it is required when " + when);
                all = false;
            } else if (row.failed) {
                all = false;
            } else if (values.get(i).isEmpty()) {
                row.fail(DEPARTMENT_VALUE, "(" + labels.get(i) + ") is required when " + when);
                all = false;
            }
        }
        return all;
    }

    /** 车辆及设备: a count left blank is not stated; a column all blank states no vehicles. */
    private static void vehicles(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Draft facts) {
        List<String> columns = List.of("现有数量", "拟购置数量");
        List<String> paths = List.of("narrative.heldAssets", "narrative.plannedAssets");
        List<Map<VehicleCategory, Integer>> counts =
                List.of(new EnumMap<>(VehicleCategory.class), new EnumMap<>(VehicleCategory.class));
        List<Optional<Integer>> totals = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        List<Optional<Integer>> equipment = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        SheetRow[] totalRow = new SheetRow[1];
        SheetRow[] equipmentRow = new SheetRow[1];
        boolean failed = false;
        if (sheet != null) {
            for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.VEHICLES, unit).rows()) {
                String label = row.text("项目").strip();
                Optional<VehicleCategory> category =
                        WorkbookLayout.parse(VehicleCategory.values(), VehicleCategory::chineseName, label);
                List<Optional<Integer>> values = List.of(row.whole(columns.get(0)), row.whole(columns.get(1)));
                for (int k = 0; k < 2; k++) {
                    if (values.get(k).isPresent() && values.get(k).get() < 0) {
                        row.fail(
                                columns.get(k),
                                "must not be negative, found " + values.get(k).get());
                    }
                }
                if (category.isPresent()) {
                    for (int k = 0; k < 2; k++) {
                        int at = k;
                        values.get(k).ifPresent(n -> counts.get(at).put(category.get(), n));
                        ctx.locate(paths.get(k) + ".vehicles." + category.get().name(), row.where(columns.get(k)));
                    }
                } else if (label.equals(VEHICLE_TOTAL)) {
                    totalRow[0] = row;
                    totals.set(0, values.get(0));
                    totals.set(1, values.get(1));
                    ctx.locate(paths.get(0) + ".vehicles", row.where(columns.get(0)));
                    ctx.locate(paths.get(1) + ".vehicles", row.where(columns.get(1)));
                } else if (label.equals(AssetHoldings.LARGE_EQUIPMENT)) {
                    equipmentRow[0] = row;
                    equipment.set(0, values.get(0));
                    equipment.set(1, values.get(1));
                    ctx.locate(paths.get(0) + ".largeEquipment", row.where(columns.get(0)));
                    ctx.locate(paths.get(1) + ".largeEquipment", row.where(columns.get(1)));
                } else {
                    row.fail(
                            "项目",
                            "must be a vehicle category ("
                                    + Arrays.stream(VehicleCategory.values())
                                            .map(VehicleCategory::chineseName)
                                            .collect(Collectors.joining("、"))
                                    + "), "
                                    + VEHICLE_TOTAL + " or " + AssetHoldings.LARGE_EQUIPMENT + ", found \"" + label
                                    + "\"");
                }
                failed |= row.failed;
            }
        }
        List<Optional<VehicleCounts>> vehicles = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            if (counts.get(k).isEmpty() && totals.get(k).isEmpty()) {
                vehicles.add(Optional.empty());
                continue;
            }
            VehicleCounts v = new VehicleCounts(counts.get(k));
            if (totals.get(k).isPresent() && totals.get(k).get() != v.total() && !totalRow[0].failed) {
                totalRow[0].fail(
                        columns.get(k),
                        "is " + totals.get(k).get() + " but the categories above add up to " + v.total()
                                + "; correct a count or the total (or leave the total blank)");
            }
            vehicles.add(Optional.of(v));
        }
        if (failed || (totalRow[0] != null && totalRow[0].failed)) {
            return;
        }
        OptionalInt heldEquipment = equipment.get(0).map(OptionalInt::of).orElse(OptionalInt.empty());
        OptionalInt plannedEquipment = equipment.get(1).map(OptionalInt::of).orElse(OptionalInt.empty());
        boolean held = vehicles.get(0).isPresent() || heldEquipment.isPresent();
        if (facts.heldAsOf.isPresent() || held) {
            if (facts.heldAsOf.isEmpty()) {
                if (facts.heldAsOfRow == null) {
                    ctx.problem(
                            PUBLISHED + "!A",
                            "the row " + HELD_AS_OF + " is required when vehicles or equipment "
                                    + "held are stated (sheet " + VEHICLES + ")");
                } else if (!facts.heldAsOfRow.failed) {
                    facts.heldAsOfRow.fail(
                            DEPARTMENT_VALUE,
                            "(" + HELD_AS_OF + ") is required when vehicles or "
                                    + "equipment held are stated (sheet " + VEHICLES
                                    + "): the date of the counts, such as "
                                    + "2024-08-31");
                }
            } else if (!held) {
                facts.heldAsOfRow.fail(
                        DEPARTMENT_VALUE,
                        "(" + HELD_AS_OF + ") is given but no vehicles or "
                                + "equipment held are: fill the column 现有数量 of the sheet " + VEHICLES
                                + ", or clear the date");
            } else {
                facts.heldAssets = Optional.of(new AssetHoldings(facts.heldAsOf.get(), vehicles.get(0), heldEquipment));
            }
        }
        if (vehicles.get(1).isPresent() || plannedEquipment.isPresent()) {
            facts.plannedAssets = Optional.of(new AssetPurchases(vehicles.get(1), plannedEquipment));
        }
    }
}
