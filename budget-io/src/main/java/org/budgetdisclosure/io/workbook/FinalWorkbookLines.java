package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.FinalWorkbookSheets.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.finalaccounts.Balances;
import org.budgetdisclosure.model.finalaccounts.CompositionEntry;
import org.budgetdisclosure.model.finalaccounts.FinalAccountsBuilder;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.LastYear;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;

/**
 * Reads the list sheets of the final-accounts workbook (收入决算, 支出决算, 财政拨款结转结余, 基本支出经济分类, 经费划分,
 * “三公”经费, 年初预算, 上年数), each row a fact given to the builder once the department is known.
 */
final class FinalWorkbookLines {

    private FinalWorkbookLines() {}

    private static List<SheetRow> rows(
            ReadContext ctx, Map<String, XSSFSheet> sheets, WorkbookSheet declared, MoneyUnit unit) {
        XSSFSheet sheet = sheets.get(declared.name());
        return sheet == null ? List.of() : new SheetRows(ctx, sheet, declared, unit).rows();
    }

    /** A unit of 组成单位 and the facts of the rows that name it in the column 单位, gathered as they are read. */
    static final class UnitDraft {
        final Department department;
        final String path;
        final String row;
        final List<Consumer<FinalAccountsBuilder>> facts = new ArrayList<>();
        /** The count of each kind of fact, for its path (as the department's). */
        final int[] n = new int[8];

        UnitDraft(Department department, String path, String row) {
            this.department = department;
            this.path = path;
            this.row = row;
        }
    }

    /** Where a fact of a row goes: to its unit, or to the department; returns the fact's path. */
    private static String add(
            Optional<UnitDraft> of,
            List<Consumer<FinalAccountsBuilder>> facts,
            int[] n,
            int kind,
            String field,
            Consumer<FinalAccountsBuilder> fact) {
        if (of.isPresent()) {
            of.get().facts.add(fact);
            return of.get().path + "." + field + "[" + of.get().n[kind]++ + "]";
        }
        facts.add(fact);
        return field + "[" + n[kind]++ + "]";
    }

    /** @return the units of 组成单位 by 单位编码 and by 单位简称, in the order of the sheet; none without the sheet */
    private static Map<String, UnitDraft> readUnits(
            ReadContext ctx, Map<String, XSSFSheet> sheets, MoneyUnit unit, List<UnitDraft> ordered) {
        Map<String, UnitDraft> units = new LinkedHashMap<>();
        for (SheetRow row : rows(ctx, sheets, UNITS, unit)) {
            String code = row.text("单位编码").strip();
            String name = row.required("单位全称");
            String shortName = row.required("单位简称");
            DepartmentKind kind = row.requiredWord("单位性质", DepartmentKind.values(), DepartmentKind::chineseName);
            Optional<Amount> operating = row.amount("机关运行经费");
            List<Optional<Amount>> balances = BALANCES.stream().map(row::amount).toList();
            if (!row.failed && balances.stream().anyMatch(Optional::isPresent)) {
                for (int i = 0; i < BALANCES.size(); i++) {
                    if (balances.get(i).isEmpty() && !row.failed) {
                        row.fail(
                                BALANCES.get(i),
                                "is required when the unit's carry-overs are stated: fill the four, or none");
                    }
                }
            }
            for (String key : List.of(code, shortName)) {
                if (!key.isEmpty() && units.containsKey(key) && !row.failed) {
                    row.fail(key.equals(code) ? "单位编码" : "单位简称", "repeats \"" + key + "\" of another unit");
                }
            }
            row.make(() -> {
                String path = "units[" + ordered.size() + "]";
                UnitDraft u = new UnitDraft(Department.of(code, name, shortName, kind), path, row.whereRow());
                operating.ifPresent(a -> u.facts.add(b -> b.operatingCosts(a)));
                if (balances.get(0).isPresent()) {
                    Balances b = new Balances(
                            balances.get(0).get(),
                            balances.get(1).get(),
                            balances.get(2).get(),
                            balances.get(3).get());
                    u.facts.add(x -> x.balances(b));
                }
                ordered.add(u);
                if (!code.isEmpty()) {
                    units.put(code, u);
                }
                units.put(shortName, u);
                row.place(path, "operatingCosts", "机关运行经费");
                row.place(path + ".department", "code", "单位编码", "name", "单位全称", "shortName", "单位简称", "kind", "单位性质");
            });
        }
        return units;
    }

    /**
     * The unit the column 单位 names: empty for the department's own line, failing the row where it names no unit
     * of 组成单位 or, where {@code required} and the workbook has units, none.
     */
    private static Optional<UnitDraft> unit(SheetRow row, Map<String, UnitDraft> units, boolean required) {
        String key = row.rows.columns.containsKey(WorkbookLayout.UNIT_COLUMN)
                ? row.text(WorkbookLayout.UNIT_COLUMN).strip()
                : "";
        if (key.isEmpty()) {
            if (required && !units.isEmpty() && !row.failed) {
                row.fail(
                        WorkbookLayout.UNIT_COLUMN,
                        "is required: the workbook has units (sheet " + UNITS.name() + "), so each line names "
                                + "its unit by 单位编码 (or 单位简称)");
            }
            return Optional.empty();
        }
        UnitDraft u = units.get(key);
        if (u == null && !row.failed) {
            row.fail(
                    WorkbookLayout.UNIT_COLUMN,
                    "must be the 单位编码 or 单位简称 of a unit of the sheet " + UNITS.name() + ", found \"" + key + "\""
                            + (units.isEmpty() ? " (the sheet lists none)" : ""));
        }
        return Optional.ofNullable(u);
    }

    /**
     * Reads the list sheets and 组成单位.
     *
     * @return the units of 组成单位 in order, each with the facts of its rows
     */
    static List<UnitDraft> read(
            ReadContext ctx,
            Map<String, XSSFSheet> sheets,
            MoneyUnit unit,
            List<Consumer<FinalAccountsBuilder>> facts) {
        int[] n = new int[8];
        List<UnitDraft> ordered = new ArrayList<>();
        Map<String, UnitDraft> units = readUnits(ctx, sheets, unit, ordered);
        for (SheetRow row : rows(ctx, sheets, REVENUES, unit)) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            FinalRevenueSource source =
                    row.requiredWord("收入来源", FinalRevenueSource.values(), FinalRevenueSource::chineseName);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> of = unit(row, units, true);
            row.make(() -> {
                RevenueLine line = new RevenueLine(code.orElseThrow(), source, amount);
                row.place(
                        add(of, facts, n, 0, "revenues", b -> b.revenue(line)),
                        "functionCode",
                        "功能科目编码",
                        "source",
                        "收入来源",
                        "amount",
                        "金额");
            });
        }
        for (SheetRow row : rows(ctx, sheets, SPENDING, unit)) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            ExpenditureType type = row.requiredWord("支出类型", ExpenditureType.values(), ExpenditureType::chineseName);
            Fund fund = row.requiredWord("资金性质", Fund.values(), Fund::chineseName);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> of = unit(row, units, true);
            row.make(() -> {
                SpendingLine line = new SpendingLine(code.orElseThrow(), type, fund, amount);
                row.place(
                        add(of, facts, n, 1, "spending", b -> b.spending(line)),
                        "functionCode",
                        "功能科目编码",
                        "type",
                        "支出类型",
                        "fund",
                        "资金性质",
                        "amount",
                        "金额");
            });
        }
        for (SheetRow row : rows(ctx, sheets, FUND_BALANCES, unit)) {
            Fund fund = row.requiredWord("资金性质", Fund.values(), Fund::chineseName);
            Optional<FunctionCode> code = row.functionCode("功能科目编码", false);
            Amount opening = row.requiredAmount("年初结转和结余");
            Amount closing = row.requiredAmount("年末结转和结余");
            Optional<UnitDraft> of = unit(row, units, true);
            row.make(() -> {
                FundBalance balance = new FundBalance(fund, code, opening, closing);
                row.place(
                        add(of, facts, n, 2, "fundBalances", b -> b.fundBalance(balance)),
                        "fund",
                        "资金性质",
                        "functionCode",
                        "功能科目编码",
                        "opening",
                        "年初结转和结余",
                        "closing",
                        "年末结转和结余");
            });
        }
        for (SheetRow row : rows(ctx, sheets, BASIC, unit)) {
            Optional<EconomicCode> code = row.economicCode("经济科目编码", true);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> of = unit(row, units, true);
            row.make(() -> {
                BasicExpenditure line = new BasicExpenditure(code.orElseThrow(), amount);
                row.place(
                        add(of, facts, n, 3, "basicExpenditures", b -> b.basic(line)),
                        "economicCode",
                        "经济科目编码",
                        "amount",
                        "金额");
            });
        }
        CostClassAssignment classes = LineSheets.costClasses(rows(ctx, sheets, COST_CLASSES, unit));
        facts.add(b -> b.costClasses(classes));
        for (SheetRow row : rows(ctx, sheets, THREE_PUBLIC, unit)) {
            ThreePublicHeading item =
                    row.requiredWord("项目", ThreePublicHeading.values(), ThreePublicHeading::chineseName);
            Amount budgeted = row.requiredAmount("预算数");
            Amount spent = row.requiredAmount("决算数");
            Optional<UnitDraft> of = unit(row, units, true);
            row.make(() -> {
                ThreePublicOutturn t = new ThreePublicOutturn(item, budgeted, spent);
                row.place(
                        add(of, facts, n, 4, "threePublic", b -> b.threePublic(t)),
                        "item",
                        "项目",
                        "budgeted",
                        "预算数",
                        "spent",
                        "决算数");
            });
        }
        for (SheetRow row : rows(ctx, sheets, LINE_BUDGETS, unit)) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            Amount opening = row.requiredAmount("年初预算数");
            String usedFor = row.required("主要用于");
            String reason = row.text("调整原因");
            Optional<UnitDraft> of = unit(row, units, true);
            row.make(() -> {
                LineBudget line = new LineBudget(
                        code.orElseThrow(),
                        opening,
                        usedFor,
                        reason.isBlank() ? Optional.empty() : Optional.of(reason));
                row.place(
                        add(of, facts, n, 5, "lineBudgets", b -> b.lineBudget(line)),
                        "functionCode",
                        "功能科目编码",
                        "openingBudget",
                        "年初预算数",
                        "usedFor",
                        "主要用于",
                        "reason",
                        "调整原因");
            });
        }
        Map<LastYearFigure, Amount> figures = new EnumMap<>(LastYearFigure.class);
        Map<LastYearFigure, String> reasons = new EnumMap<>(LastYearFigure.class);
        Map<String, LastYearFigure> byLabel = new HashMap<>();
        for (LastYearFigure f : LastYearFigure.values()) {
            byLabel.put(f.chineseName(), f);
        }
        for (SheetRow row : rows(ctx, sheets, LAST_YEAR, unit)) {
            String label = row.text("项目").strip();
            LastYearFigure f = byLabel.get(label);
            if (f == null) {
                row.fail(
                        "项目",
                        "must be one of the labels "
                                + String.join(
                                        ", ", byLabel.keySet().stream().sorted().toList()) + ", found \"" + label
                                + "\"");
                continue;
            }
            row.amount("上年数").ifPresent(a -> figures.put(f, a));
            String reason = row.text("增减原因");
            if (!reason.isBlank()) {
                reasons.put(f, reason);
            }
            ctx.locate("lastYear.figures." + f.name(), row.where("上年数"));
            ctx.locate("lastYear.reasons." + f.name(), row.where("增减原因"));
        }
        if (!figures.isEmpty() || !reasons.isEmpty()) {
            facts.add(b -> b.lastYear(new LastYear(figures, reasons)));
        }
        readNarrative(ctx, sheets, unit, facts, units);
        readAssets(ctx, sheets, unit, facts);
        return ordered;
    }

    /** Reads 资产: the assets held are stated where a count is; the date is then required. */
    private static void readAssets(
            ReadContext ctx,
            Map<String, XSSFSheet> sheets,
            MoneyUnit unit,
            List<Consumer<FinalAccountsBuilder>> facts) {
        Map<VehicleCategory, Integer> counts = new EnumMap<>(VehicleCategory.class);
        Optional<Integer> total = Optional.empty();
        Optional<Integer> equipment = Optional.empty();
        Optional<java.time.LocalDate> asOf = Optional.empty();
        SheetRow totalRow = null;
        SheetRow dateRow = null;
        boolean failed = false;
        for (SheetRow row : rows(ctx, sheets, ASSETS, unit)) {
            String label = row.text("项目").strip();
            Optional<VehicleCategory> category =
                    WorkbookLayout.parse(VehicleCategory.values(), VehicleCategory::chineseName, label);
            if (label.equals(ASSETS_AS_OF)) {
                dateRow = row;
                asOf = row.date("内容", ASSETS_AS_OF);
                ctx.locate("assets.asOf", row.where("内容"));
            } else if (category.isPresent()
                    || label.equals(WorkbookLayout.VEHICLE_TOTAL)
                    || label.equals(AssetHoldings.LARGE_EQUIPMENT)) {
                Optional<Integer> n = row.whole("内容");
                if (n.isPresent() && n.get() < 0) {
                    row.fail("内容", "must not be negative, found " + n.get());
                }
                if (category.isPresent()) {
                    n.ifPresent(v -> counts.put(category.get(), v));
                    ctx.locate("assets.vehicles." + category.get().name(), row.where("内容"));
                } else if (label.equals(WorkbookLayout.VEHICLE_TOTAL)) {
                    totalRow = row;
                    total = n;
                    ctx.locate("assets.vehicles", row.where("内容"));
                } else {
                    equipment = n;
                    ctx.locate("assets.largeEquipment", row.where("内容"));
                }
            } else {
                row.fail(
                        "项目",
                        "must be " + ASSETS_AS_OF + ", a vehicle category ("
                                + java.util.Arrays.stream(VehicleCategory.values())
                                        .map(VehicleCategory::chineseName)
                                        .collect(java.util.stream.Collectors.joining("、"))
                                + "), " + WorkbookLayout.VEHICLE_TOTAL + " or " + AssetHoldings.LARGE_EQUIPMENT
                                + ", found \"" + label + "\"");
            }
            failed |= row.failed;
        }
        if (failed) {
            return;
        }
        Optional<VehicleCounts> vehicles =
                counts.isEmpty() && total.isEmpty() ? Optional.empty() : Optional.of(new VehicleCounts(counts));
        if (total.isPresent() && total.get() != vehicles.get().total()) {
            totalRow.fail(
                    "内容",
                    "(" + WorkbookLayout.VEHICLE_TOTAL + ") is " + total.get() + " but the categories above add up to "
                            + vehicles.get().total() + "; correct a count or the total (or leave the total blank)");
            return;
        }
        boolean held = vehicles.isPresent() || equipment.isPresent();
        if (held && asOf.isEmpty()) {
            if (dateRow == null) {
                ctx.problem(ASSETS.name() + "!A", "the row " + ASSETS_AS_OF + " is required when assets are stated");
            } else {
                dateRow.fail("内容", "(" + ASSETS_AS_OF + ") is required when assets are stated, such as 2024-12-31");
            }
        } else if (!held && asOf.isPresent()) {
            dateRow.fail(
                    "内容",
                    "(" + ASSETS_AS_OF + ") is given but no vehicles or equipment are: fill their counts, or clear "
                            + "the date");
        } else if (held) {
            AssetHoldings assets = new AssetHoldings(
                    asOf.get(),
                    vehicles,
                    equipment.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()));
            facts.add(b -> b.assets(assets));
        }
    }

    /** Reads 主要职能, 决算单位构成 and 科目名称. */
    private static void readNarrative(
            ReadContext ctx,
            Map<String, XSSFSheet> sheets,
            MoneyUnit unit,
            List<Consumer<FinalAccountsBuilder>> facts,
            Map<String, UnitDraft> units) {
        int[] n = new int[2];
        for (SheetRow row : rows(ctx, sheets, DUTIES, unit)) {
            String duty = row.required("内容");
            row.make(() -> {
                facts.add(b -> b.duty(duty));
                ctx.locate("duties[" + n[0]++ + "]", row.where("内容"));
            });
        }
        for (SheetRow row : rows(ctx, sheets, COMPOSITION, unit)) {
            String name = row.required("单位名称");
            String note = row.text("备注").strip();
            row.make(() -> {
                CompositionEntry entry = new CompositionEntry(name, note);
                facts.add(b -> b.composition(entry));
                row.place("composition[" + n[1]++ + "]", "name", "单位名称", "note", "备注");
            });
        }
        for (SheetRow row : rows(ctx, sheets, NAMES, unit)) {
            String kind = row.required("分类");
            String name = row.required("名称");
            if (!row.failed && !kind.equals(WorkbookLayout.FUNCTIONAL) && !kind.equals(WorkbookLayout.ECONOMIC)) {
                row.fail(
                        "分类",
                        "must be " + WorkbookLayout.FUNCTIONAL + " or " + WorkbookLayout.ECONOMIC + ", found \"" + kind
                                + "\"");
            }
            if (row.failed) {
                continue;
            }
            Optional<? extends Code> code = kind.equals(WorkbookLayout.FUNCTIONAL)
                    ? row.functionCode("科目编码", true)
                    : row.economicCode("科目编码", true);
            Optional<UnitDraft> of = unit(row, units, false);
            row.make(() -> {
                Code c = code.orElseThrow();
                Consumer<FinalAccountsBuilder> fact = b -> b.name(c, name);
                if (of.isPresent()) {
                    of.get().facts.add(fact);
                } else {
                    facts.add(fact);
                }
                ctx.locate(of.map(u -> u.path + ".").orElse("") + "names." + c.value(), row.where("名称"));
            });
        }
    }
}
