package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.UNITS;
import static org.budgetdisclosure.io.workbook.WorkbookLayout.UNIT_COLUMN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * The line sheets, written and read: 收支明细 (the budget lines, 预算明细), 基本支出经济分类, 经费划分, “三公”经费, and
 * 组成单位 (the units whose lines the column 单位 of the line sheets names).
 */
final class LineSheets {

    private LineSheets() {}

    // ---- writing -----------------------------------------------------------------------------------------

    /**
     * Writes 收支明细, 基本支出经济分类, 经费划分 and “三公”经费, in that order.
     *
     * @param oneOverseasItem whether 因公出国（境）费 is offered as one item (其他因公出国（境）费 under the group's name)
     */
    static void write(SheetWriter w, Optional<Budget> budget, boolean oneOverseasItem) {
        List<String> lineUnits = new ArrayList<>();
        List<Appropriation> lines = gather(budget, Budget::appropriations, lineUnits);
        XSSFSheet s = w.sheet(WorkbookSheets.LINES);
        for (int i = 0; i < lines.size(); i++) {
            Appropriation a = lines.get(i);
            w.row(s, WorkbookSheets.LINES, i + 1)
                    .set("功能科目编码", a.functionCode().value())
                    .set("资金来源", a.source().chineseName())
                    .set("支出类型", a.type().chineseName())
                    .set("金额", a.amount())
                    .set("资金性质", a.fund().chineseName())
                    .set("经济科目编码", a.economicCode().map(EconomicCode::value).orElse(null));
        }
        w.checks(s, WorkbookSheets.LINES, lines.size());
        unitColumn(w, s, WorkbookSheets.LINES, lineUnits);
        List<String> basicUnits = new ArrayList<>();
        List<BasicExpenditure> basic = gather(budget, Budget::basicExpenditures, basicUnits);
        s = w.sheet(WorkbookSheets.BASIC);
        for (int i = 0; i < basic.size(); i++) {
            w.row(s, WorkbookSheets.BASIC, i + 1)
                    .set("经济科目编码", basic.get(i).economicCode().value())
                    .set("金额", basic.get(i).amount());
        }
        w.checks(s, WorkbookSheets.BASIC, basic.size());
        unitColumn(w, s, WorkbookSheets.BASIC, basicUnits);
        s = w.sheet(WorkbookSheets.COST_CLASSES);
        int r = 0;
        CostClassAssignment classes = budget.map(Budget::costClasses).orElse(CostClassAssignment.standard());
        for (Map.Entry<EconomicCode, CostClass> e : classes.classes().entrySet()) {
            w.row(s, WorkbookSheets.COST_CLASSES, ++r)
                    .set("经济分类类", e.getKey().value())
                    .set("经费类型", e.getValue().chineseName());
        }
        w.checks(s, WorkbookSheets.COST_CLASSES, r);
        List<String> threePublicUnits = new ArrayList<>();
        List<ThreePublicExpense> items = gather(budget, Budget::threePublic, threePublicUnits);
        s = w.sheet(WorkbookSheets.THREE_PUBLIC);
        for (int i = 0; i < items.size(); i++) {
            ThreePublicExpense t = items.get(i);
            w.row(s, WorkbookSheets.THREE_PUBLIC, i + 1)
                    .set("项目", itemWord(t.item(), oneOverseasItem))
                    .set("资金性质", t.fund().chineseName())
                    .set("金额", t.amount());
        }
        w.checks(s, WorkbookSheets.THREE_PUBLIC, items.size());
        unitColumn(w, s, WorkbookSheets.THREE_PUBLIC, threePublicUnits);
    }

    /** The word of a “三公” item: 其他因公出国（境）费 is the group's 因公出国（境）费 where the layout has one item. */
    static String itemWord(ThreePublicItem item, boolean oneOverseasItem) {
        return oneOverseasItem && item == ThreePublicItem.OVERSEAS_OTHER
                ? item.group().chineseName()
                : item.chineseName();
    }

    /** Writes 组成单位. */
    static void writeUnits(SheetWriter w, List<Budget> units) {
        XSSFSheet s = w.sheet(WorkbookSheets.UNITS);
        for (int i = 0; i < units.size(); i++) {
            Budget u = units.get(i);
            w.row(s, WorkbookSheets.UNITS, i + 1)
                    .set("单位编码", u.department().code().orElse(null))
                    .set("单位全称", u.department().name())
                    .set("单位简称", u.department().shortName())
                    .set("单位性质", u.department().kind().chineseName())
                    .set("机关运行经费", u.operatingCosts().orElse(null));
        }
        w.checks(s, WorkbookSheets.UNITS, units.size());
    }

    /**
     * The facts of a kind: the budget's own, or, for a department with units, every unit's in turn, each unit's key
     * added to {@code keys}.
     */
    private static <T> List<T> gather(Optional<Budget> budget, Function<Budget, List<T>> of, List<String> keys) {
        if (budget.isEmpty()) {
            return List.of();
        }
        if (!budget.get().hasUnits()) {
            return of.apply(budget.get());
        }
        List<T> all = new ArrayList<>();
        for (Budget u : budget.get().units()) {
            for (T t : of.apply(u)) {
                all.add(t);
                keys.add(unitKey(u));
            }
        }
        return all;
    }

    /** @return how the column 单位 names a unit: its code, else its short name */
    static String unitKey(Budget unit) {
        return unit.department().code().orElse(unit.department().shortName());
    }

    /** The column 单位 of a line sheet, after its other columns: blank for a budget without units. */
    private static void unitColumn(SheetWriter w, XSSFSheet s, WorkbookSheet declared, List<String> keys) {
        w.column(s, declared, UNIT_COLUMN);
        for (int i = 0; i < keys.size(); i++) {
            w.value(s.getRow(i + 1), declared.index(UNIT_COLUMN), keys.get(i));
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** A unit of 组成单位 and the lines that name it, gathered as the line sheets are read. */
    static final class UnitDraft {
        final Department department;
        final String path;
        final Optional<Amount> operatingCosts;
        final List<Appropriation> appropriations = new ArrayList<>();
        final List<BasicExpenditure> basic = new ArrayList<>();
        final List<ThreePublicExpense> threePublic = new ArrayList<>();

        UnitDraft(Department department, String path, Optional<Amount> operatingCosts) {
            this.department = department;
            this.path = path;
            this.operatingCosts = operatingCosts;
        }
    }

    /** @return the units of 组成单位 by 单位编码 and by 单位简称, in the order of the sheet; none without the sheet */
    static Map<String, UnitDraft> readUnits(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit) {
        Map<String, UnitDraft> units = new LinkedHashMap<>();
        if (sheet == null) {
            return units;
        }
        int[] n = {0};
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.UNITS, unit).rows()) {
            String code = row.text("单位编码").strip();
            String name = row.required("单位全称");
            String shortName = row.required("单位简称");
            DepartmentKind kind = row.requiredWord("单位性质", DepartmentKind.values(), DepartmentKind::chineseName);
            Optional<Amount> operating = row.amount("机关运行经费");
            for (String key : List.of(code, shortName)) {
                if (!key.isEmpty() && units.containsKey(key) && !row.failed) {
                    row.fail(key.equals(code) ? "单位编码" : "单位简称", "repeats \"" + key + "\" of another unit");
                }
            }
            row.make(() -> {
                String path = "units[" + n[0]++ + "]";
                UnitDraft u = new UnitDraft(Department.of(code, name, shortName, kind), path, operating);
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
     * The unit the column 单位 names: empty for the department's own line (no units), failing the row where it
     * names no unit of 组成单位 or, in a workbook with units, none.
     */
    private static Optional<UnitDraft> unit(SheetRow row, Map<String, UnitDraft> units) {
        String key = row.rows.columns.containsKey(UNIT_COLUMN)
                ? row.text(UNIT_COLUMN).strip()
                : "";
        if (key.isEmpty()) {
            if (!units.isEmpty() && !row.failed) {
                row.fail(
                        UNIT_COLUMN,
                        "is required: the workbook has units (sheet " + UNITS + "), so each line names "
                                + "its unit by 单位编码 (or 单位简称)");
            }
            return Optional.empty();
        }
        UnitDraft u = units.get(key);
        if (u == null && !row.failed) {
            row.fail(
                    UNIT_COLUMN,
                    "must be the 单位编码 or 单位简称 of a unit of the sheet " + UNITS + ", found \"" + key + "\""
                            + (units.isEmpty() ? " (the sheet lists none)" : ""));
        }
        return Optional.ofNullable(u);
    }

    /** Reads 收支明细 into the builder, or into the units its lines name. */
    static void readLines(
            ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Map<String, UnitDraft> units, Budget.Builder b) {
        SheetRows rows = new SheetRows(ctx, sheet, WorkbookSheets.LINES, unit);
        ctx.locate("appropriations", WorkbookLayout.LINES);
        int[] n = {0};
        for (SheetRow row : rows.rows()) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            RevenueSource source = row.requiredWord("资金来源", RevenueSource.values(), RevenueSource::chineseName);
            Optional<Fund> fund = row.word("资金性质", Fund.values(), Fund::chineseName);
            ExpenditureType type = row.requiredWord("支出类型", ExpenditureType.values(), ExpenditureType::chineseName);
            Amount amount = row.requiredAmount("金额");
            Optional<EconomicCode> economic = row.economicCode("经济科目编码", false);
            if (!row.failed && fund.isEmpty() && source.isCarryover()) {
                row.fail("资金性质", "is required for a line of 上年结转结余: the fund the money was carried in");
            }
            Optional<UnitDraft> of = unit(row, units);
            row.make(() -> {
                Appropriation line = new Appropriation(
                        code.orElseThrow(),
                        source,
                        fund.orElseGet(() -> source.fund().orElseThrow()),
                        type,
                        amount,
                        economic);
                String at;
                if (of.isPresent()) {
                    of.get().appropriations.add(line);
                    at = of.get().path + ".appropriations["
                            + (of.get().appropriations.size() - 1) + "]";
                } else {
                    b.appropriation(line);
                    at = "appropriations[" + n[0]++ + "]";
                }
                row.place(
                        at,
                        "functionCode",
                        "功能科目编码",
                        "source",
                        "资金来源",
                        "type",
                        "支出类型",
                        "amount",
                        "金额",
                        "fund",
                        "资金性质",
                        "economicCode",
                        "经济科目编码");
            });
        }
    }

    /** Reads 基本支出经济分类. */
    static void readBasic(
            ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Map<String, UnitDraft> units, Budget.Builder b) {
        ctx.locate("basicExpenditures", WorkbookLayout.BASIC);
        int[] n = {0};
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.BASIC, unit).rows()) {
            Optional<EconomicCode> code = row.economicCode("经济科目编码", true);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> of = unit(row, units);
            row.make(() -> {
                BasicExpenditure line = new BasicExpenditure(code.orElseThrow(), amount);
                String at;
                if (of.isPresent()) {
                    of.get().basic.add(line);
                    at = of.get().path + ".basicExpenditures[" + (of.get().basic.size() - 1) + "]";
                } else {
                    b.basicExpenditure(line);
                    at = "basicExpenditures[" + n[0]++ + "]";
                }
                row.place(at, "economicCode", "经济科目编码", "amount", "金额");
            });
        }
    }

    /** Reads 经费划分. */
    static void readCostClasses(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Budget.Builder b) {
        ctx.locate("costClasses", WorkbookLayout.COST_CLASSES);
        b.costClasses(costClasses(new SheetRows(ctx, sheet, WorkbookSheets.COST_CLASSES, unit).rows()));
    }

    /**
     * @param rows the rows of a sheet 经费划分 (of the budget's workbook or the final accounts')
     * @return the assignment of the economic 类 the rows make, each row wrong reported at its cell
     */
    static CostClassAssignment costClasses(List<SheetRow> rows) {
        Map<EconomicCode, CostClass> classes = new TreeMap<>();
        for (SheetRow row : rows) {
            Optional<EconomicCode> code = row.economicCode("经济分类类", true);
            CostClass c = row.requiredWord("经费类型", CostClass.values(), CostClass::chineseName);
            row.make(() -> {
                if (code.orElseThrow().parent().isPresent()) {
                    throw new IllegalArgumentException("经济分类类 must be an economic 类 of 3 digits, found " + code.get());
                }
                if (classes.put(code.get(), c) != null) {
                    throw new IllegalArgumentException("the 类 " + code.get() + " is assigned twice");
                }
            });
        }
        return new CostClassAssignment(classes);
    }

    /** Reads “三公”经费. */
    static void readThreePublic(
            ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Map<String, UnitDraft> units, Budget.Builder b) {
        ctx.locate("threePublic", WorkbookLayout.THREE_PUBLIC);
        int[] n = {0};
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.THREE_PUBLIC, unit).rows()) {
            // a layout publishing 因公出国（境）费 as one item (Shanghai) offers the group's name: 其他因公出国（境）费
            ThreePublicItem item = row.text("项目").strip().equals(ThreePublicItem.Group.OVERSEAS.chineseName())
                    ? ThreePublicItem.OVERSEAS_OTHER
                    : row.requiredWord("项目", ThreePublicItem.values(), ThreePublicItem::chineseName);
            Fund fund = row.requiredWord("资金性质", Fund.values(), Fund::chineseName);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> of = unit(row, units);
            row.make(() -> {
                ThreePublicExpense expense = new ThreePublicExpense(item, fund, amount);
                String at;
                if (of.isPresent()) {
                    of.get().threePublic.add(expense);
                    at = of.get().path + ".threePublic[" + (of.get().threePublic.size() - 1) + "]";
                } else {
                    b.threePublic(expense);
                    at = "threePublic[" + n[0]++ + "]";
                }
                row.place(at, "item", "项目", "fund", "资金性质", "amount", "金额");
            });
        }
    }
}
