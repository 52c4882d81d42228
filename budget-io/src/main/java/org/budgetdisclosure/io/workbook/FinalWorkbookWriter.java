package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.FinalWorkbookSheets.*;
import static org.budgetdisclosure.io.workbook.WorkbookLayout.DEPARTMENT_LABEL;
import static org.budgetdisclosure.io.workbook.WorkbookLayout.DEPARTMENT_VALUE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.finalaccounts.CompositionEntry;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;

/** Writes the final-accounts workbook, empty (the template) or holding final accounts, from its declaration. */
final class FinalWorkbookWriter {

    private FinalWorkbookWriter() {}

    /**
     * @param accounts the final accounts, or empty for the template
     * @param profile the layout the workbook names (公开版式), if any
     * @param catalogue the codes offered in the drop-down lists
     * @param year the year of the template (ignored with accounts)
     * @param unit the 金额单位 of the template (ignored with accounts)
     * @param out where to write, not closed
     */
    static void write(
            Optional<FinalAccounts> accounts,
            Optional<String> profile,
            Catalogue catalogue,
            int year,
            MoneyUnit unit,
            OutputStream out)
            throws IOException {
        if (accounts.isEmpty() && (year < 1949 || year > 9999)) {
            throw new IllegalArgumentException("the year must be a four-digit year from 1949, found " + year);
        }
        int theYear = accounts.map(FinalAccounts::year).orElse(year);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetWriter w = new SheetWriter(wb);
            instructions(w);
            info(w, accounts, profile, theYear, unit);
            List<String> revenuesUnits = new ArrayList<>();
            List<RevenueLine> revenues = gather(accounts, FinalAccounts::revenues, revenuesUnits);
            XSSFSheet s = w.sheet(REVENUES);
            for (int i = 0; i < revenues.size(); i++) {
                RevenueLine l = revenues.get(i);
                w.row(s, REVENUES, i + 1)
                        .set("功能科目编码", l.functionCode().value())
                        .set("收入来源", l.source().chineseName())
                        .set("金额", l.amount());
            }
            w.checks(s, REVENUES, revenues.size());
            unitColumn(w, s, REVENUES, revenuesUnits);
            List<String> spendingUnits = new ArrayList<>();
            List<SpendingLine> spending = gather(accounts, FinalAccounts::spending, spendingUnits);
            s = w.sheet(SPENDING);
            for (int i = 0; i < spending.size(); i++) {
                SpendingLine l = spending.get(i);
                w.row(s, SPENDING, i + 1)
                        .set("功能科目编码", l.functionCode().value())
                        .set("支出类型", l.type().chineseName())
                        .set("资金性质", l.fund().chineseName())
                        .set("金额", l.amount());
            }
            w.checks(s, SPENDING, spending.size());
            unitColumn(w, s, SPENDING, spendingUnits);
            List<String> balancesUnits = new ArrayList<>();
            List<FundBalance> balances = gather(accounts, FinalAccounts::fundBalances, balancesUnits);
            s = w.sheet(FUND_BALANCES);
            for (int i = 0; i < balances.size(); i++) {
                FundBalance f = balances.get(i);
                w.row(s, FUND_BALANCES, i + 1)
                        .set("资金性质", f.fund().chineseName())
                        .set("功能科目编码", f.functionCode().map(FunctionCode::value).orElse(null))
                        .set("年初结转和结余", f.opening())
                        .set("年末结转和结余", f.closing());
            }
            w.checks(s, FUND_BALANCES, balances.size());
            unitColumn(w, s, FUND_BALANCES, balancesUnits);
            List<String> basicUnits = new ArrayList<>();
            List<BasicExpenditure> basic = gather(accounts, FinalAccounts::basicExpenditures, basicUnits);
            s = w.sheet(BASIC);
            for (int i = 0; i < basic.size(); i++) {
                w.row(s, BASIC, i + 1)
                        .set("经济科目编码", basic.get(i).economicCode().value())
                        .set("金额", basic.get(i).amount());
            }
            w.checks(s, BASIC, basic.size());
            unitColumn(w, s, BASIC, basicUnits);
            s = w.sheet(COST_CLASSES);
            int r = 0;
            for (Map.Entry<EconomicCode, CostClass> e : accounts.map(FinalAccounts::costClasses)
                    .orElse(CostClassAssignment.standard())
                    .classes()
                    .entrySet()) {
                w.row(s, COST_CLASSES, ++r)
                        .set("经济分类类", e.getKey().value())
                        .set("经费类型", e.getValue().chineseName());
            }
            w.checks(s, COST_CLASSES, r);
            List<String> threeUnits = new ArrayList<>();
            List<ThreePublicOutturn> three = gather(accounts, FinalAccounts::threePublic, threeUnits);
            s = w.sheet(THREE_PUBLIC);
            for (int i = 0; i < three.size(); i++) {
                ThreePublicOutturn t = three.get(i);
                w.row(s, THREE_PUBLIC, i + 1)
                        .set("项目", t.item().chineseName())
                        .set("预算数", t.budgeted())
                        .set("决算数", t.spent());
            }
            w.checks(s, THREE_PUBLIC, three.size());
            unitColumn(w, s, THREE_PUBLIC, threeUnits);
            List<String> linesUnits = new ArrayList<>();
            List<LineBudget> lines = gather(accounts, FinalAccounts::lineBudgets, linesUnits);
            s = w.sheet(LINE_BUDGETS);
            for (int i = 0; i < lines.size(); i++) {
                LineBudget l = lines.get(i);
                w.row(s, LINE_BUDGETS, i + 1)
                        .set("功能科目编码", l.functionCode().value())
                        .set("年初预算数", l.openingBudget())
                        .set("主要用于", l.usedFor())
                        .set("调整原因", l.reason().orElse(null));
            }
            w.checks(s, LINE_BUDGETS, lines.size());
            unitColumn(w, s, LINE_BUDGETS, linesUnits);
            s = w.sheet(LAST_YEAR);
            LastYearFigure[] figures = LastYearFigure.values();
            for (int i = 0; i < figures.length; i++) {
                LastYearFigure f = figures[i];
                w.row(s, LAST_YEAR, i + 1)
                        .label("项目", f.chineseName())
                        .set(
                                "上年数",
                                accounts.flatMap(a -> Optional.ofNullable(
                                                a.lastYear().figures().get(f)))
                                        .orElse(null))
                        .set(
                                "增减原因",
                                accounts.flatMap(a -> Optional.ofNullable(
                                                a.lastYear().reasons().get(f)))
                                        .orElse(null));
            }
            w.checks(s, LAST_YEAR, figures.length);
            narrative(w, accounts);
            units(w, accounts.map(FinalAccounts::units).orElse(List.of()));
            assets(w, accounts.flatMap(FinalAccounts::assets));
            lists(w, catalogue);
            w.save(
                    accounts.map(a ->
                                    a.department().name().replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "") + theYear + "年部门决算")
                            .orElse("部门决算填报工作簿"),
                    theYear,
                    out);
        }
    }

    private static void instructions(SheetWriter w) {
        XSSFSheet s = w.wb.createSheet(WorkbookLayout.INSTRUCTIONS);
        s.setColumnWidth(0, 110 * 256);
        String[] lines = {
            TITLE,
            "",
            "每个工作表填写一类事实：第一行是列名，从第二行起每行一条；空行不读。请勿改动工作表名称和列名，请勿合并单元格。",
            "金额填数字（单位见“基本信息”的金额单位），可用公式，读入的是公式的值；留空不是0。",
            "",
            INFO.name() + "：部门编码、全称、简称、单位性质、决算年度、金额单位、公开版式；机关运行经费；年初预算与决算差异原因；"
                    + "全部资金的年初、年末结转和结余（四项同填或同空）；预算绩效管理（十三项同填或同空）；"
                    + "政府采购（八项同填或同空）；“三公”经费的团组、人次、车辆和接待批次（八项同填或同空）。",
            REVENUES.name() + "：本年收入，每个功能科目（项）和收入来源一行。",
            SPENDING.name() + "：本年支出，每个功能科目（项）、支出类型和资金性质一行。",
            FUND_BALANCES.name() + "：财政拨款的年初、年末结转和结余：功能科目编码留空为该资金整体，填写为该项。",
            BASIC.name() + "：一般公共预算财政拨款基本支出按经济分类款填列。",
            COST_CLASSES.name() + "：哪些经济分类类属于人员经费、哪些属于公用经费。",
            THREE_PUBLIC.name() + "：“三公”经费各项目的预算数和决算数。",
            LINE_BUDGETS.name() + "：一般公共预算财政拨款各项的年初预算数、主要用于及调整原因。",
            LAST_YEAR.name() + "：上年决算数及增减原因；不比较的行留空。",
            UNITS.name() + "：部门决算由所属单位汇总时，每个单位一行（单位编码、全称、简称、性质、机关运行经费，年初、年末结转和结余四项同填或同空）；"
                    + "各表最后一列“单位”填该行所属单位的单位编码（或简称），部门本级不填。",
            ASSETS.name() + "：年末占有使用的车辆（按类别）和单价100万元（含）以上设备，填数量；填写时须填截止日期（如2024-12-31）；" + "车辆合计可不填，填写时须等于各类别之和。",
            DUTIES.name() + "：第一部分主要职能，每段一行。" + COMPOSITION.name() + "：决算单位构成，每个单位一行。" + NAMES.name()
                    + "：自定科目名称（覆盖目录中的名称）。",
            INFO.name() + "的“核对数”“核对比例”行可填公开文本中的合计和比例，校验时与计算结果核对；" + "“数字已四舍五入”填“是”时，两种分类之间在舍入范围内的差异只作提示。",
            "",
            "填好后：bin/budget validate 本文件.xlsx 检查；bin/budget render 本文件.xlsx --out out 生成公开文件。"
        };
        for (int i = 0; i < lines.length; i++) {
            var c = s.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            if (i == 0) {
                c.setCellStyle(w.label);
            }
        }
    }

    private static void info(
            SheetWriter w, Optional<FinalAccounts> accounts, Optional<String> profile, int year, MoneyUnit unit) {
        XSSFSheet s = w.sheet(INFO);
        Map<String, Object> values = new HashMap<>();
        values.put(YEAR, year);
        values.put(UNIT, unit.chineseName());
        profile.ifPresent(p -> values.put(PROFILE, p));
        accounts.ifPresent(a -> {
            values.put(CODE, a.department().code().orElse(null));
            values.put(NAME, a.department().name());
            values.put(SHORT_NAME, a.department().shortName());
            values.put(KIND, a.department().kind().chineseName());
            values.put(UNIT, a.unit().chineseName());
            values.put(ROUNDED, a.rounded() ? WorkbookLayout.YES : WorkbookLayout.NO);
            a.operatingCosts().ifPresent(c -> values.put(OPERATING_COSTS, c));
            a.statedFigures().forEach((f, v) -> values.put(STATED_PREFIX + f.chineseName(), v));
            a.statedPercentages()
                    .forEach((f, v) -> values.put(SHARE_PREFIX + f.chineseName(), new SheetWriter.Quantity(v)));
            a.openingBudgetReason().ifPresent(c -> values.put(OPENING_BUDGET_REASON, c));
            a.balances().ifPresent(b -> {
                List<Object> v = List.of(b.opening(), b.nonFiscalBalanceUsed(), b.surplusDistribution(), b.closing());
                for (int i = 0; i < BALANCES.size(); i++) {
                    values.put(BALANCES.get(i), v.get(i));
                }
            });
            a.procurement()
                    .ifPresent(p -> put(
                            values,
                            PROCUREMENT,
                            List.of(
                                    p.goods(),
                                    p.works(),
                                    p.services(),
                                    p.smeReserved(),
                                    p.smallMicroReserved(),
                                    p.smeAwarded(),
                                    p.smallMicroAwarded(),
                                    p.smeAwardedOther())));
            a.threePublicActivity()
                    .ifPresent(t -> put(
                            values,
                            ACTIVITY,
                            List.of(
                                    t.overseasGroups(),
                                    t.overseasPeople(),
                                    t.vehiclesBought(),
                                    t.vehiclesHeld(),
                                    t.domesticBatches(),
                                    t.domesticPeople(),
                                    t.foreignBatches(),
                                    t.foreignPeople())));
            a.performance().ifPresent(p -> {
                List<Object> v = List.of(
                        p.targetProjects(),
                        p.targetAmount(),
                        p.followedProjects(),
                        p.followedAmount(),
                        p.evaluatedProjects(),
                        p.evaluatedAmount(),
                        new SheetWriter.Quantity(p.averageScore()),
                        p.excellent(),
                        p.good(),
                        p.pass(),
                        p.fail(),
                        p.problemsFound(),
                        p.problemsFixed());
                for (int i = 0; i < PERFORMANCE.size(); i++) {
                    values.put(PERFORMANCE.get(i), v.get(i));
                }
            });
        });
        List<String> labels = infoLabels();
        for (int i = 0; i < labels.size(); i++) {
            w.row(s, INFO, i + 1)
                    .label(DEPARTMENT_LABEL, labels.get(i))
                    .set(DEPARTMENT_VALUE, values.get(labels.get(i)));
        }
        int value = INFO.index(DEPARTMENT_VALUE);
        w.list(s, 1 + labels.indexOf(KIND), 1 + labels.indexOf(KIND), value, "单位性质");
        w.list(s, 1 + labels.indexOf(UNIT), 1 + labels.indexOf(UNIT), value, "金额单位");
        w.list(s, 1 + labels.indexOf(ROUNDED), 1 + labels.indexOf(ROUNDED), value, "是否");
    }

    private static void put(Map<String, Object> values, List<String> labels, List<?> figures) {
        for (int i = 0; i < labels.size(); i++) {
            values.put(labels.get(i), figures.get(i));
        }
    }

    /** Writes 主要职能, 决算单位构成 and 科目名称. */
    private static void narrative(SheetWriter w, Optional<FinalAccounts> accounts) {
        XSSFSheet s = w.sheet(DUTIES);
        List<String> duties = accounts.map(FinalAccounts::duties).orElse(List.of());
        for (int i = 0; i < duties.size(); i++) {
            w.row(s, DUTIES, i + 1).set("内容", duties.get(i));
        }
        s = w.sheet(COMPOSITION);
        List<CompositionEntry> composition =
                accounts.map(FinalAccounts::composition).orElse(List.of());
        for (int i = 0; i < composition.size(); i++) {
            w.row(s, COMPOSITION, i + 1)
                    .set("单位名称", composition.get(i).name())
                    .set(
                            "备注",
                            composition.get(i).note().isEmpty()
                                    ? null
                                    : composition.get(i).note());
        }
        s = w.sheet(NAMES);
        List<String> keys = new ArrayList<>();
        int r = names(w, s, accounts.map(FinalAccounts::names).orElse(Map.of()), 0);
        for (int i = 0; i < r; i++) {
            keys.add(null);
        }
        for (FinalAccounts u : accounts.map(FinalAccounts::units).orElse(List.of())) {
            int from = r;
            r = names(w, s, u.names(), r);
            for (int i = from; i < r; i++) {
                keys.add(unitKey(u));
            }
        }
        w.checks(s, NAMES, r);
        unitColumn(w, s, NAMES, keys);
    }

    /** Writes names of codes, sorted (功能 before 经济, by code), from the row after {@code r}; returns the last row. */
    private static int names(SheetWriter w, XSSFSheet s, Map<Code, String> names, int r) {
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        names.forEach((code, name) ->
                sorted.put((code.classification() == Code.Classification.FUNCTIONAL ? "1" : "2") + code.value(), name));
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            w.row(s, NAMES, ++r)
                    .set("分类", e.getKey().startsWith("1") ? WorkbookLayout.FUNCTIONAL : WorkbookLayout.ECONOMIC)
                    .set("科目编码", e.getKey().substring(1))
                    .set("名称", e.getValue());
        }
        return r;
    }

    /** Writes 资产: the date, the vehicles by category, 车辆合计 and the large equipment; blank where not stated. */
    private static void assets(SheetWriter w, Optional<AssetHoldings> assets) {
        XSSFSheet s = w.sheet(ASSETS);
        Optional<VehicleCounts> vehicles = assets.flatMap(AssetHoldings::vehicles);
        int r = 1;
        w.row(s, ASSETS, r++)
                .label("项目", ASSETS_AS_OF)
                .set("内容", assets.map(a -> a.asOf().toString()).orElse(null));
        for (VehicleCategory c : VehicleCategory.values()) {
            w.row(s, ASSETS, r++)
                    .label("项目", c.chineseName())
                    .set("内容", vehicles.map(v -> v.counts().get(c)).orElse(null));
        }
        w.row(s, ASSETS, r++)
                .label("项目", WorkbookLayout.VEHICLE_TOTAL)
                .set(
                        "内容",
                        vehicles.map(v -> (Object) Math.toIntExact(v.total())).orElse(null));
        w.row(s, ASSETS, r)
                .label("项目", AssetHoldings.LARGE_EQUIPMENT)
                .set(
                        "内容",
                        assets.filter(a -> a.largeEquipment().isPresent())
                                .map(a -> (Object) a.largeEquipment().getAsInt())
                                .orElse(null));
    }

    /** Writes 组成单位: each unit's department, 机关运行经费 and carry-overs. */
    private static void units(SheetWriter w, List<FinalAccounts> units) {
        XSSFSheet s = w.sheet(UNITS);
        for (int i = 0; i < units.size(); i++) {
            FinalAccounts u = units.get(i);
            SheetWriter.RowOut row = w.row(s, UNITS, i + 1)
                    .set("单位编码", u.department().code().orElse(null))
                    .set("单位全称", u.department().name())
                    .set("单位简称", u.department().shortName())
                    .set("单位性质", u.department().kind().chineseName())
                    .set("机关运行经费", u.operatingCosts().orElse(null));
            u.balances()
                    .ifPresent(b -> row.set(BALANCES.get(0), b.opening())
                            .set(BALANCES.get(1), b.nonFiscalBalanceUsed())
                            .set(BALANCES.get(2), b.surplusDistribution())
                            .set(BALANCES.get(3), b.closing()));
        }
        w.checks(s, UNITS, units.size());
    }

    /**
     * The facts of a kind: the accounts' own, or, for a department with units, every unit's in turn, each unit's
     * key added to {@code keys}.
     */
    private static <T> List<T> gather(
            Optional<FinalAccounts> accounts, Function<FinalAccounts, List<T>> of, List<String> keys) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<T> all = new ArrayList<>(of.apply(accounts.get()));
        for (int i = 0; i < all.size(); i++) {
            keys.add(null);
        }
        for (FinalAccounts u : accounts.get().units()) {
            for (T t : of.apply(u)) {
                all.add(t);
                keys.add(unitKey(u));
            }
        }
        return all;
    }

    /** @return how the column 单位 names a unit: its code, else its short name */
    static String unitKey(FinalAccounts unit) {
        return unit.department().code().orElse(unit.department().shortName());
    }

    /** The column 单位 of a list sheet, after its other columns: blank for the department's own lines. */
    private static void unitColumn(SheetWriter w, XSSFSheet s, WorkbookSheet declared, List<String> keys) {
        w.column(s, declared, WorkbookLayout.UNIT_COLUMN);
        for (int i = 0; i < keys.size(); i++) {
            w.value(s.getRow(i + 1), declared.index(WorkbookLayout.UNIT_COLUMN), keys.get(i));
        }
    }

    private static void lists(SheetWriter w, Catalogue catalogue) {
        XSSFSheet s = w.wb.createSheet(WorkbookLayout.LISTS);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(
                "收入来源",
                Arrays.stream(FinalRevenueSource.values())
                        .map(FinalRevenueSource::chineseName)
                        .toList());
        lists.put("资金性质", Arrays.stream(Fund.values()).map(Fund::chineseName).toList());
        lists.put(
                "支出类型",
                Arrays.stream(ExpenditureType.values())
                        .map(ExpenditureType::chineseName)
                        .toList());
        lists.put(
                "“三公”项目",
                Arrays.stream(ThreePublicHeading.values())
                        .map(ThreePublicHeading::chineseName)
                        .toList());
        lists.put(
                "经费类型",
                Arrays.stream(CostClass.values()).map(CostClass::chineseName).toList());
        lists.put(
                "单位性质",
                Arrays.stream(DepartmentKind.values())
                        .map(DepartmentKind::chineseName)
                        .toList());
        lists.put(
                "金额单位",
                Arrays.stream(MoneyUnit.values()).map(MoneyUnit::chineseName).toList());
        lists.putAll(SheetWriter.codeLists(catalogue));
        lists.put("分类", List.of(WorkbookLayout.FUNCTIONAL, WorkbookLayout.ECONOMIC));
        lists.put("是否", List.of(WorkbookLayout.YES, WorkbookLayout.NO));
        w.lists(s, lists);
        w.wb.setSheetHidden(w.wb.getSheetIndex(WorkbookLayout.LISTS), true);
    }
}
