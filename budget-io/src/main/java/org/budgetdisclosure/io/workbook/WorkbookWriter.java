package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;

/** Writes the fill-in workbook, empty (the template) or holding a budget. Not thread-safe: one per workbook. */
final class WorkbookWriter {

    /** Rows below the data that the drop-down lists and number checks still cover. */
    private static final int SPARE_ROWS = 2000;
    /** The most characters Excel keeps in a cell. */
    static final int MAX_CELL_TEXT = 32_767;

    private static final java.util.Set<String> AMOUNT_COLUMNS = java.util.Set.of("金额", "单价", "价值", "项目金额", "机关运行经费",
            "上年数", "一般公共预算", "政府性基金预算", "国有资本经营预算", "其他资金");
    private static final java.util.Set<String> NUMBER_COLUMNS = java.util.Set.of("数量", "项目序号", "现有数量",
            "拟购置数量");

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle amount;
    private final CellStyle number;
    private final CellStyle label;
    private final Catalogue catalogue;
    /**
     * Whether 因公出国（境）费 is offered as one item (the layout publishes it so, as Shanghai does): written as
     * 其他因公出国（境）费 under the group's name, the 上年数 sheet without the group's two item rows.
     */
    private boolean oneOverseasItem;

    private WorkbookWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        Font plain = wb.createFont();
        plain.setFontName("宋体");
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setLocked(true);
        label = wb.createCellStyle();
        label.setFont(bold);
        text = wb.createCellStyle();
        text.setFont(plain);
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        amount = wb.createCellStyle();
        amount.setFont(plain);
        amount.setDataFormat(wb.createDataFormat().getFormat("0.00####"));
        number = wb.createCellStyle();
        number.setFont(plain);
        number.setDataFormat(wb.createDataFormat().getFormat("0.######"));
    }

    /**
     * @param budget the budget, or empty for the template
     * @param profile the layout the budget names, written in 公开事项
     * @param catalogue the codes offered in the drop-down lists
     * @param year the year of the template (ignored with a budget)
     * @param out where to write, not closed
     */
    static void write(Optional<Budget> budget, Optional<String> profile, Catalogue catalogue, int year,
            OutputStream out) throws IOException {
        write(budget, profile, catalogue, year, MoneyUnit.TEN_THOUSAND_YUAN, out);
    }

    /**
     * @param unit the 金额单位 of the template (ignored with a budget): the ledger unit of its layout
     */
    static void write(Optional<Budget> budget, Optional<String> profile, Catalogue catalogue, int year,
            MoneyUnit unit, OutputStream out) throws IOException {
        write(budget, profile, catalogue, year, unit, true, out);
    }

    /**
     * @param splitOverseas whether the layout publishes 因公出国（境）费 as its two items; where it does not, the
     *     workbook offers one item, unless the budget states 教学科研人员因公出国（境）费
     */
    static void write(Optional<Budget> budget, Optional<String> profile, Catalogue catalogue, int year,
            MoneyUnit unit, boolean splitOverseas, OutputStream out) throws IOException {
        if (budget.isEmpty() && (year < 1949 || year > 9999)) {
            // the reader's bound (and Budget's): never write a workbook its own reader refuses
            throw new org.budgetdisclosure.model.errors.FactException("year",
                    "the year must be a four-digit year from 1949, found " + year);
        }
        WorkbookWriter w = new WorkbookWriter(catalogue);
        w.oneOverseasItem = !splitOverseas && budget.map(b -> b.threePublic().stream().noneMatch(t -> t.item()
                == ThreePublicItem.OVERSEAS_TEACHING_RESEARCH) && b.units().stream().allMatch(u -> u.threePublic()
                .stream().noneMatch(t -> t.item() == ThreePublicItem.OVERSEAS_TEACHING_RESEARCH))
                && b.priorYear().map(y -> !y.threePublic().containsKey(ThreePublicItem.OVERSEAS_TEACHING_RESEARCH))
                .orElse(true) && b.narrative().priorThreePublic().map(y -> !y.amounts().containsKey(
                ThreePublicItem.OVERSEAS_TEACHING_RESEARCH)).orElse(true)).orElse(true);
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        int theYear = budget.map(Budget::year).orElse(year);
        try (XSSFWorkbook wb = w.wb) {
            w.instructions();
            w.department(budget, theYear, unit);
            List<String> lineUnits = new ArrayList<>();
            List<String> basicUnits = new ArrayList<>();
            List<String> threePublicUnits = new ArrayList<>();
            w.lines(gather(budget, Budget::appropriations, lineUnits));
            w.unitColumn(LINES, LINE_COLUMNS.size(), lineUnits);
            w.basic(gather(budget, Budget::basicExpenditures, basicUnits));
            w.unitColumn(BASIC, BASIC_COLUMNS.size(), basicUnits);
            w.costClasses(budget.map(Budget::costClasses).orElse(CostClassAssignment.standard()));
            w.threePublic(gather(budget, Budget::threePublic, threePublicUnits));
            w.unitColumn(THREE_PUBLIC, THREE_PUBLIC_COLUMNS.size(), threePublicUnits);
            w.priorYear(budget.flatMap(Budget::priorYear), budget.flatMap(b -> b.narrative().priorThreePublic()));
            Narrative n = budget.map(Budget::narrative).orElse(Narrative.empty(MoneyUnit.TEN_THOUSAND_YUAN));
            w.procurement(n.procurement());
            w.assets(n.assets());
            w.projects(n.projects());
            w.text(n);
            w.institutions(n.institutions());
            w.names(budget.map(Budget::names).orElse(Map.of()));
            w.glossary(n.glossary());
            w.published(budget, profile);
            w.vehicles(n);
            w.budgetUnits(n.budgetUnits());
            w.divisions(n.internalDivisions());
            Explanations e = budget.map(Budget::explanations).orElse(Explanations.none());
            w.lineExplanations(e.lines());
            w.projectExplanations(e.projects());
            w.units(budget.map(Budget::units).orElse(List.of()));
            w.lists();
            wb.setActiveSheet(1);
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date date = Date.from(LocalDate.of(theYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            // the document's title is metadata in XML that POI writes as it is: a control character (which cells
            // carry escaped as _x0001_) would make the package unreadable, so the title goes without them
            core.setTitle(budget.map(b -> b.department().name().replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "") + theYear
                    + "年部门预算").orElse("部门预算填报工作簿"));
            core.setCreator("budget-disclosure");
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("budget-disclosure");
            ZipArchiveOutputStream stored = new ZipArchiveOutputStream(raw);
            stored.setLevel(Deflater.NO_COMPRESSION);
            wb.write(stored);
        }
        WorkbookZip.rewrite(raw.toByteArray(), out, LocalDate.of(theYear, 1, 1));
    }

    // ---- sheets ------------------------------------------------------------------------------------------

    private void instructions() {
        XSSFSheet s = wb.createSheet(INSTRUCTIONS);
        s.setColumnWidth(0, 110 * 256);
        String[] lines = {
            "部门预算填报工作簿（budget-disclosure/1）",
            "",
            "每个工作表填写一类事实：第一行是列名，从第二行起每行一条；空行不读。请勿改动工作表名称和列名，请勿合并单元格。",
            "金额填数字（单位见“部门信息”的金额单位），可用公式，读入的是公式的值；不要填日期或“12,300”这样带逗号的文字。",
            "编码（功能科目、经济科目）可从下拉列表选择“编码 名称”，也可只填编码；列表之外的编码允许填写，校验时提示。",
            "",
            DEPARTMENT + "：部门编码、全称、简称、单位性质、预算年度、金额单位；人员构成；资产截止时间（如 2021-12-31）"
                    + "与拟购置固定资产总额；“核对数”行可填财政系统给出的合计，校验时与计算结果核对。",
            LINES + "：每条预算明细一行：功能科目编码（项）、资金来源、资金性质（上年结转结余必填，其余可空）、支出类型、金额、"
                    + "经济科目编码（可空）；“用途”一列供填表人备注，不读入、不公开。",
            BASIC + "：一般公共预算基本支出按经济分类款填列（表六），合计应等于基本支出。",
            COST_CLASSES + "：哪些经济分类类属于人员经费、哪些属于公用经费。",
            THREE_PUBLIC + "：“三公”经费按项目和资金性质填列（表九）。",
            PRIOR_YEAR + "：上年预算数（用于与上年比较）及增减原因；不比较时整表留空。",
            PROCUREMENT + "：政府采购预算，每个采购品目一行；资金来源各列填金额，不涉及的留空。",
            ASSETS + "：固定资产按类别填列（数量可空）。",
            PROJECTS + "、" + INDICATORS + "：绩效项目及其指标，指标以项目序号对应项目。",
            TEXT + "：情况说明的文字，每段一行：章节从下拉列表选择；分项绩效目标、项目绩效目标需填项目序号。",
            INSTITUTIONS + "、" + NAMES + "、" + GLOSSARY + "：机构设置表、自定科目名称（覆盖目录中的名称）、名词解释。",
            PUBLISHED + "：机关运行经费、政府采购预算（货物、工程、服务及面向中小企业预留）、编报绩效目标的项目、"
                    + "车辆及设备截止日期、上年收入预算及财政拨款增减原因；不公开的事项留空（留空不是0）。",
            VEHICLES + "：现有及拟购置的车辆（按类别）和单价100万元（含）以上设备；不填的类别为0辆，整列留空为不公开。",
            BUDGET_UNITS + "、" + DIVISIONS + "：机构设置所列预算单位（是否本部）和内设机构。",
            LINE_EXPLANATIONS + "：财政拨款支出主要内容，每项一行：主要用于、上年数及口径（预算数、执行数）、增减原因。",
            PROJECT_EXPLANATIONS + "：每段一行，项目序号区分项目；事项从下拉列表选择，实施周期填“2025-01-01至2025-12-31”，"
                    + "年度预算安排填内容和金额：内容只填开头的说明文字（如“信息化系统日常维护费”），金额另填在“金额”列，"
                    + "公开时印在内容之后，不要在内容里再写金额。",
            UNITS + "：部门由多个预算单位组成时，每个单位一行（单位编码、全称、简称、性质、机关运行经费）；" + LINES + "、"
                    + BASIC + "、" + THREE_PUBLIC + "的“单位”列填该行所属单位的编码（或简称）。不分单位时整表及“单位”列留空。",
            "上年“三公”经费（不填上年预算总额等时）填在" + PRIOR_YEAR + "的“三公”各行。",
            "",
            "填好后：bin/budget validate 本文件.xlsx 检查；bin/budget render 本文件.xlsx --out out 生成公开文件。"};
        for (int i = 0; i < lines.length; i++) {
            XSSFCell c = s.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            if (i == 0) {
                c.setCellStyle(label);
            }
        }
    }

    private void department(Optional<Budget> budget, int year, MoneyUnit unit) {
        XSSFSheet s = sheet(DEPARTMENT, List.of(DEPARTMENT_LABEL, DEPARTMENT_VALUE), new int[] {24, 48});
        Map<String, Object> values = new TreeMap<>();
        values.put(YEAR, year);
        values.put(UNIT, unit.chineseName());
        budget.ifPresent(b -> {
            values.put(CODE, b.department().code().orElse(""));
            values.put(NAME, b.department().name());
            values.put(SHORT_NAME, b.department().shortName());
            values.put(KIND, b.department().kind().chineseName());
            values.put(UNIT, b.unit().chineseName());
            b.narrative().staffing().ifPresent(st -> {
                values.put(STAFF_TOTAL, st.total());
                values.put(STAFF_ACTIVE, st.active());
                values.put(STAFF_RETIRED_CADRES, st.retiredCadres());
                values.put(STAFF_RETIRED, st.retired());
            });
            AssetRegister assets = b.narrative().assets();
            if (!assets.equals(AssetRegister.none(b.unit()))) {
                values.put(ASSETS_AS_OF, assets.asOf().toString());
                values.put(PLANNED_ACQUISITIONS, assets.plannedAcquisitions());
            }
            b.declaredTotals().forEach((t, a) -> values.put(declaredLabel(t), a));
        });
        List<String> labels = departmentLabels();
        for (int i = 0; i < labels.size(); i++) {
            XSSFRow row = s.createRow(i + 1);
            XSSFCell l = row.createCell(0);
            l.setCellValue(labels.get(i));
            l.setCellStyle(label);
            value(row, 1, values.get(labels.get(i)));
        }
        list(s, 1 + labels.indexOf(KIND), 1 + labels.indexOf(KIND), 1, "单位性质");
        list(s, 1 + labels.indexOf(UNIT), 1 + labels.indexOf(UNIT), 1, "金额单位");
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
    private void unitColumn(String sheet, int column, List<String> keys) {
        XSSFSheet s = wb.getSheet(sheet);
        XSSFCell h = s.getRow(0).createCell(column);
        h.setCellValue(UNIT_COLUMN);
        h.setCellStyle(header);
        s.setColumnWidth(column, 16 * 256);
        s.setDefaultColumnStyle(column, text);
        for (int i = 0; i < keys.size(); i++) {
            value(s.getRow(i + 1), column, keys.get(i));
        }
    }

    private void units(List<Budget> units) {
        XSSFSheet s = sheet(UNITS, UNIT_COLUMNS, new int[] {14, 36, 20, 14, 14});
        for (int i = 0; i < units.size(); i++) {
            Budget u = units.get(i);
            row(s, i + 1, u.department().code().orElse(null), u.department().name(), u.department().shortName(),
                    u.department().kind().chineseName(), u.operatingCosts().orElse(null));
        }
        list(s, 1, units.size() + 200, 3, "单位性质");
        decimal(s, 1, units.size() + 200, 4);
    }

    private void lines(List<Appropriation> lines) {
        XSSFSheet s = sheet(LINES, LINE_COLUMNS, new int[] {22, 26, 20, 14, 30, 18, 18});
        for (int i = 0; i < lines.size(); i++) {
            Appropriation a = lines.get(i);
            row(s, i + 1, a.functionCode().value(), a.source().chineseName(), a.type().chineseName(), a.amount(),
                    null, a.fund().chineseName(), a.economicCode().map(EconomicCode::value).orElse(null));
        }
        int last = lines.size() + SPARE_ROWS;
        list(s, 1, last, 0, "功能科目");
        list(s, 1, last, 1, "资金来源");
        list(s, 1, last, 2, "支出类型");
        decimal(s, 1, last, 3);
        list(s, 1, last, 5, "资金性质");
        list(s, 1, last, 6, "经济科目");
    }

    private void basic(List<BasicExpenditure> lines) {
        XSSFSheet s = sheet(BASIC, BASIC_COLUMNS, new int[] {22, 14});
        for (int i = 0; i < lines.size(); i++) {
            row(s, i + 1, lines.get(i).economicCode().value(), lines.get(i).amount());
        }
        list(s, 1, lines.size() + SPARE_ROWS, 0, "经济科目");
        decimal(s, 1, lines.size() + SPARE_ROWS, 1);
    }

    private void costClasses(CostClassAssignment classes) {
        XSSFSheet s = sheet(COST_CLASSES, COST_CLASS_COLUMNS, new int[] {16, 16});
        int r = 1;
        for (Map.Entry<EconomicCode, CostClass> e : classes.classes().entrySet()) {
            row(s, r++, e.getKey().value(), e.getValue().chineseName());
        }
        list(s, 1, r + 100, 0, "经济分类类");
        list(s, 1, r + 100, 1, "经费类型");
    }

    private void threePublic(List<ThreePublicExpense> items) {
        XSSFSheet s = sheet(THREE_PUBLIC, THREE_PUBLIC_COLUMNS, new int[] {30, 20, 14});
        for (int i = 0; i < items.size(); i++) {
            ThreePublicExpense t = items.get(i);
            row(s, i + 1, itemWord(t.item()), t.fund().chineseName(), t.amount());
        }
        list(s, 1, items.size() + 200, 0, "“三公”项目");
        list(s, 1, items.size() + 200, 1, "资金性质");
        decimal(s, 1, items.size() + 200, 2);
    }

    /** The word of a “三公” item: 其他因公出国（境）费 is the group's 因公出国（境）费 where the layout has one item. */
    private String itemWord(ThreePublicItem item) {
        return oneOverseasItem && item == ThreePublicItem.OVERSEAS_OTHER ? item.group().chineseName()
                : item.chineseName();
    }

    /** 上年数: last year's figures, or (where none are stated) last year's “三公” alone on their rows. */
    private void priorYear(Optional<PriorYear> prior, Optional<PriorThreePublic> threePublic) {
        XSSFSheet s = sheet(PRIOR_YEAR, PRIOR_YEAR_COLUMNS, new int[] {30, 14, 60});
        List<PriorRow> rows = PRIOR_ROWS.stream().filter(p -> !oneOverseasItem || p.item().map(i -> i.group()
                != ThreePublicItem.Group.OVERSEAS).orElse(true)).map(p -> oneOverseasItem && p.reason()
                .filter(c -> c == Comparison.OVERSEAS).isPresent() ? new PriorRow(p.label(), p.amount(),
                Optional.of(ThreePublicItem.OVERSEAS_OTHER), p.reason()) : p).toList();
        for (int i = 0; i < rows.size(); i++) {
            PriorRow p = rows.get(i);
            XSSFRow row = s.createRow(i + 1);
            XSSFCell l = row.createCell(0);
            l.setCellValue(p.label());
            l.setCellStyle(label);
            if (prior.isPresent()) {
                PriorYear y = prior.get();
                Object amount = p.amount().map(field -> (Object) switch (field) {
                    case PRIOR_TOTAL -> y.total();
                    case PRIOR_PERSONNEL -> y.personnel();
                    case PRIOR_PUBLIC_USE -> y.publicUse();
                    default -> y.project();
                }).orElse(p.item().map(item -> (Object) y.threePublic().get(item)).orElse(null));
                value(row, 1, amount);
                value(row, 2, p.reason().flatMap(y::reason).orElse(null));
            } else if (threePublic.isPresent()) {
                PriorThreePublic y = threePublic.get();
                value(row, 1, p.item().map(item -> (Object) y.amounts().get(item)).orElse(null));
                value(row, 2, p.reason().flatMap(y::reason).orElse(null));
            }
        }
        decimal(s, 1, rows.size(), 1);
    }

    private void procurement(List<ProcurementItem> items) {
        XSSFSheet s = sheet(PROCUREMENT, PROCUREMENT_COLUMNS,
                new int[] {24, 16, 20, 14, 14, 20, 16, 10, 12, 10, 12, 14, 14, 14, 12});
        List<Fund> funds = List.of(Fund.values());
        for (int i = 0; i < items.size(); i++) {
            ProcurementItem p = items.get(i);
            List<Object> cells = new ArrayList<>(List.of(p.unitName(), p.functionCode().value(), p.projectName(),
                    p.projectType(), p.catalogueNumber(), p.itemName(), p.specification(), p.measureUnit(),
                    p.unitPrice(), new Quantity(p.quantity()), p.amount()));
            for (Fund f : funds) {
                cells.add(p.funding().get(f));
            }
            row(s, i + 1, cells.toArray());
        }
        int last = items.size() + 500;
        list(s, 1, last, 1, "功能科目");
        for (int c = 8; c < PROCUREMENT_COLUMNS.size(); c++) {
            if (c != 9) {
                decimal(s, 1, last, c);
            }
        }
    }

    private void assets(AssetRegister assets) {
        XSSFSheet s = sheet(ASSETS, ASSET_COLUMNS, new int[] {30, 12, 14});
        for (int i = 0; i < assets.categories().size(); i++) {
            AssetCategory c = assets.categories().get(i);
            row(s, i + 1, c.name(), c.quantity().map(Quantity::new).orElse(null), c.value());
        }
        decimal(s, 1, assets.categories().size() + 200, 2);
    }

    private void projects(List<PerformanceProject> projects) {
        XSSFSheet s = sheet(PROJECTS, PROJECT_COLUMNS, new int[] {10, 40, 14});
        XSSFSheet ind = sheet(INDICATORS, INDICATOR_COLUMNS, new int[] {10, 14, 14, 20, 36, 14, 20});
        int r = 1;
        for (int i = 0; i < projects.size(); i++) {
            PerformanceProject p = projects.get(i);
            row(s, i + 1, i + 1, p.name(), p.amount());
            for (Indicator x : p.indicators()) {
                row(ind, r++, i + 1, x.level1(), x.level2(), x.level3(), x.description(), x.value(), x.basis());
            }
        }
        decimal(s, 1, projects.size() + 200, 2);
    }

    private void text(Narrative n) {
        XSSFSheet s = sheet(TEXT, TEXT_COLUMNS, new int[] {20, 10, 100});
        int[] r = {1};
        paragraphs(s, r, Chapter.DUTIES, 0, n.duties());
        paragraphs(s, r, Chapter.INSTITUTION_OVERVIEW, 0, n.institutionOverview());
        paragraphs(s, r, Chapter.OVERALL_GOALS, 0, n.overallGoals());
        paragraphs(s, r, Chapter.SPECIAL_FUNDS, 0, n.specialFunds());
        for (int i = 0; i < n.projects().size(); i++) {
            paragraphs(s, r, Chapter.PROJECT_DESCRIPTION, i + 1, n.projects().get(i).description());
            paragraphs(s, r, Chapter.PROJECT_GOALS, i + 1, n.projects().get(i).goals());
        }
        paragraphs(s, r, Chapter.SAFEGUARDS, 0, n.safeguards());
        paragraphs(s, r, Chapter.OTHER_NOTES, 0, n.otherNotes());
        list(s, 1, r[0] + 500, 0, "章节");
    }

    private void paragraphs(XSSFSheet s, int[] r, Chapter chapter, int project, List<String> paragraphs) {
        for (String p : paragraphs) {
            row(s, r[0]++, chapter.label, project == 0 ? null : project, p);
        }
    }

    private void institutions(List<Institution> institutions) {
        XSSFSheet s = sheet(INSTITUTIONS, INSTITUTION_COLUMNS, new int[] {36, 14, 14, 18});
        for (int i = 0; i < institutions.size(); i++) {
            Institution x = institutions.get(i);
            row(s, i + 1, x.name(), x.kind(), x.rank(), x.fundingForm());
        }
    }

    private void names(Map<Code, String> names) {
        XSSFSheet s = sheet(NAMES, NAME_COLUMNS, new int[] {12, 16, 40});
        TreeMap<String, String> sorted = new TreeMap<>();
        names.forEach((code, name) -> sorted.put((code.classification() == Code.Classification.FUNCTIONAL ? "1" : "2")
                + code.value(), name));
        int r = 1;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            row(s, r++, e.getKey().startsWith("1") ? FUNCTIONAL : ECONOMIC, e.getKey().substring(1), e.getValue());
        }
        list(s, 1, r + 500, 0, "分类");
    }

    private void glossary(List<GlossaryEntry> glossary) {
        XSSFSheet s = sheet(GLOSSARY, GLOSSARY_COLUMNS, new int[] {24, 100});
        for (int i = 0; i < glossary.size(); i++) {
            row(s, i + 1, glossary.get(i).term(), glossary.get(i).definition());
        }
    }

    private void published(Optional<Budget> budget, Optional<String> profile) {
        XSSFSheet s = sheet(PUBLISHED, List.of(DEPARTMENT_LABEL, DEPARTMENT_VALUE), new int[] {28, 60});
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
            XSSFRow row = s.createRow(i + 1);
            XSSFCell l = row.createCell(0);
            l.setCellValue(labels.get(i));
            l.setCellStyle(label);
            value(row, 1, values.get(labels.get(i)));
        }
    }

    private void vehicles(Narrative n) {
        XSSFSheet s = sheet(VEHICLES, VEHICLE_COLUMNS, new int[] {36, 12, 12});
        Optional<VehicleCounts> held = n.heldAssets().flatMap(AssetHoldings::vehicles);
        Optional<VehicleCounts> planned = n.plannedAssets().flatMap(AssetPurchases::vehicles);
        int r = 1;
        for (VehicleCategory c : VehicleCategory.values()) {
            row(s, r++, c.chineseName(), held.map(v -> v.counts().get(c)).orElse(null),
                    planned.map(v -> v.counts().get(c)).orElse(null));
        }
        row(s, r++, VEHICLE_TOTAL, held.map(v -> (Object) Math.toIntExact(v.total())).orElse(null),
                planned.map(v -> (Object) Math.toIntExact(v.total())).orElse(null));
        row(s, r, AssetHoldings.LARGE_EQUIPMENT,
                n.heldAssets().flatMap(h -> boxed(h.largeEquipment())).orElse(null),
                n.plannedAssets().flatMap(p -> boxed(p.largeEquipment())).orElse(null));
        for (int i = 1; i <= r; i++) {
            s.getRow(i).getCell(0).setCellStyle(label);
        }
    }

    private static Optional<Object> boxed(java.util.OptionalInt n) {
        return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    private void budgetUnits(List<OrganisationUnit> units) {
        XSSFSheet s = sheet(BUDGET_UNITS, BUDGET_UNIT_COLUMNS, new int[] {36, 14, 10});
        for (int i = 0; i < units.size(); i++) {
            OrganisationUnit u = units.get(i);
            row(s, i + 1, u.name(), u.kind().chineseName(), u.headquarters() ? YES : NO);
        }
        list(s, 1, units.size() + 200, 1, "单位性质");
        list(s, 1, units.size() + 200, 2, "是否");
    }

    private void divisions(List<String> divisions) {
        XSSFSheet s = sheet(DIVISIONS, DIVISION_COLUMNS, new int[] {36});
        for (int i = 0; i < divisions.size(); i++) {
            row(s, i + 1, divisions.get(i));
        }
    }

    private void lineExplanations(List<LineExplanation> lines) {
        XSSFSheet s = sheet(LINE_EXPLANATIONS, LINE_EXPLANATION_COLUMNS, new int[] {22, 60, 14, 12, 40});
        for (int i = 0; i < lines.size(); i++) {
            LineExplanation l = lines.get(i);
            Optional<LineLastYear> y = l.lastYear();
            row(s, i + 1, l.functionCode().value(), l.purpose(), y.map(LineLastYear::amount).orElse(null),
                    y.map(v -> v.kind().chineseName()).orElse(null), y.flatMap(LineLastYear::reason).orElse(null));
        }
        int last = lines.size() + 500;
        list(s, 1, last, 0, "功能科目");
        decimal(s, 1, last, 2);
        list(s, 1, last, 3, "上年数口径");
    }

    private void projectExplanations(List<ProjectExplanation> projects) {
        XSSFSheet s = sheet(PROJECT_EXPLANATIONS, PROJECT_EXPLANATION_COLUMNS, new int[] {10, 16, 100, 14});
        int r = 1;
        for (int i = 0; i < projects.size(); i++) {
            ProjectExplanation p = projects.get(i);
            int number = i + 1;
            if (p.name().isPresent()) {
                row(s, r++, number, ProjectItem.NAME.label, p.name().get());
            }
            for (String t : p.overview()) {
                row(s, r++, number, ProjectItem.OVERVIEW.label, t);
            }
            for (String t : p.basis()) {
                row(s, r++, number, ProjectItem.BASIS.label, t);
            }
            for (String t : p.implementers()) {
                row(s, r++, number, ProjectItem.IMPLEMENTERS.label, t);
            }
            for (String t : p.plan()) {
                row(s, r++, number, ProjectItem.PLAN.label, t);
            }
            if (p.period().isPresent()) {
                row(s, r++, number, ProjectItem.PERIOD.label, p.period().get().start() + PERIOD_SEPARATOR
                        + p.period().get().end());
            }
            for (ProjectAllocation a : p.allocations()) {
                row(s, r++, number, ProjectItem.ALLOCATION.label, a.name(), a.amount());
            }
            for (String t : p.goals()) {
                row(s, r++, number, ProjectItem.GOALS.label, t);
            }
        }
        list(s, 1, r + 500, 1, "事项");
        decimal(s, 1, r + 500, 3);
    }

    /** The hidden sheet of drop-down values, one column a list, each list also a workbook name. */
    private void lists() {
        XSSFSheet s = wb.createSheet(LISTS);
        List<String> functional = new ArrayList<>();
        catalogue.functionalCodes().forEach((c, name) -> functional.add(c.value() + " " + name));
        List<String> economic = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        catalogue.economicCodes().forEach((c, name) -> {
            economic.add(c.value() + " " + name);
            if (c.parent().isEmpty()) {
                classes.add(c.value() + " " + name);
            }
        });
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        lists.put("资金来源", words(RevenueSource.values(), RevenueSource::chineseName));
        lists.put("资金性质", words(Fund.values(), Fund::chineseName));
        lists.put("支出类型", words(ExpenditureType.values(), ExpenditureType::chineseName));
        lists.put("“三公”项目", java.util.Arrays.stream(ThreePublicItem.values()).filter(i -> !oneOverseasItem
                || i != ThreePublicItem.OVERSEAS_TEACHING_RESEARCH).map(this::itemWord).toList());
        lists.put("经费类型", words(CostClass.values(), CostClass::chineseName));
        lists.put("单位性质", words(DepartmentKind.values(), DepartmentKind::chineseName));
        lists.put("金额单位", words(MoneyUnit.values(), MoneyUnit::chineseName));
        lists.put("章节", words(Chapter.values(), c -> c.label));
        lists.put("分类", List.of(FUNCTIONAL, ECONOMIC));
        lists.put("功能科目", functional);
        lists.put("经济科目", economic);
        lists.put("经济分类类", classes);
        lists.put("是否", List.of(YES, NO));
        lists.put("上年数口径", words(LineLastYear.Kind.values(), LineLastYear.Kind::chineseName));
        lists.put("事项", words(ProjectItem.values(), i -> i.label));
        int column = 0;
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            XSSFRow head = s.getRow(0) == null ? s.createRow(0) : s.getRow(0);
            head.createCell(column).setCellValue(e.getKey());
            List<String> values = e.getValue().isEmpty() ? List.of("") : e.getValue();
            for (int i = 0; i < values.size(); i++) {
                XSSFRow row = s.getRow(i + 1) == null ? s.createRow(i + 1) : s.getRow(i + 1);
                row.createCell(column).setCellValue(values.get(i));
            }
            String col = CellReference.convertNumToColString(column);
            var name = wb.createName();
            name.setNameName(listName(e.getKey()));
            name.setRefersToFormula("'" + LISTS + "'!$" + col + "$2:$" + col + "$" + (values.size() + 1));
            column++;
        }
        wb.setSheetHidden(wb.getSheetIndex(LISTS), true);
    }

    private static String listName(String list) {
        return "列表_" + list.replace("“", "").replace("”", "");
    }

    private static <E> List<String> words(E[] values, Function<E, String> word) {
        List<String> words = new ArrayList<>();
        for (E e : values) {
            words.add(word.apply(e));
        }
        return words;
    }

    // ---- cells -------------------------------------------------------------------------------------------

    /** A quantity: written as a number when a spreadsheet number holds it with its scale, else as exact text. */
    private record Quantity(BigDecimal value) {
    }

    private XSSFSheet sheet(String name, List<String> columns, int[] widths) {
        XSSFSheet s = wb.createSheet(name);
        XSSFRow row = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell c = row.createCell(i);
            c.setCellValue(columns.get(i));
            c.setCellStyle(header);
            s.setColumnWidth(i, widths[i] * 256);
            if (!name.equals(DEPARTMENT)) {
                // typed values keep their kind: codes and words as text (304 stays 304, 0101 stays 0101)
                s.setDefaultColumnStyle(i, AMOUNT_COLUMNS.contains(columns.get(i)) ? amount
                        : NUMBER_COLUMNS.contains(columns.get(i)) ? number : text);
            }
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private void row(XSSFSheet s, int r, Object... values) {
        XSSFRow row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            value(row, c, values[c]);
        }
    }

    private void value(XSSFRow row, int c, Object value) {
        if (value == null) {
            return;
        }
        XSSFCell cell = row.createCell(c);
        if (value instanceof Amount a) {
            exact(cell, a.value(), amount, false);
        } else if (value instanceof Quantity q) {
            exact(cell, q.value(), number, true);
        } else if (value instanceof Integer i) {
            cell.setCellValue(i);
            cell.setCellStyle(number);
        } else {
            String t = escaped(value.toString());
            if (t.length() > MAX_CELL_TEXT) {
                throw new IllegalArgumentException("a text of " + t.length() + " characters does not fit in a cell of "
                        + "a workbook (at most " + MAX_CELL_TEXT + "): " + row.getSheet().getSheetName() + "!"
                        + new CellReference(row.getRowNum(), c).formatAsString(false));
            }
            cell.setCellValue(t);
            cell.setCellStyle(text);
        }
    }

    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x[0-9A-Fa-f]{4}_");

    /**
     * A text as a cell carries it: XML cannot hold control characters (POI would write {@code ?}), so they go as
     * Excel writes them, {@code _x0001_}, and a text that already holds such a sequence keeps it by escaping its
     * underscore ({@code _x005F_}); POI's reader (and Excel's) decodes both.
     */
    static String escaped(String text) {
        boolean plain = text.indexOf("_x") < 0 && text.codePoints().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n'
                && c != '\r' || c == 0xFFFE || c == 0xFFFF);
        if (plain) {
            return text;
        }
        String kept = ESCAPE.matcher(text).replaceAll(m -> "_x005F" + java.util.regex.Matcher.quoteReplacement(
                m.group()));
        StringBuilder s = new StringBuilder(kept.length() + 16);
        kept.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                s.append(String.format(java.util.Locale.ROOT, "_x%04X_", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    /** A number cell when a spreadsheet number holds the value exactly (and, if asked, its scale), else text. */
    private void exact(XSSFCell cell, BigDecimal value, CellStyle style, boolean keepScale) {
        BigDecimal stripped = value.stripTrailingZeros();
        boolean fits = stripped.precision() <= 15 && Math.abs(stripped.scale()) <= 30
                && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0
                && (!keepScale || value.scale() == Math.max(0, stripped.scale()));
        if (fits) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        } else {
            cell.setCellValue(value.toPlainString());
            cell.setCellStyle(text);
        }
    }

    private void list(XSSFSheet s, int firstRow, int lastRow, int column, String list) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidationConstraint c = h.createFormulaListConstraint(listName(list));
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("不在列表中", "请从下拉列表中选择" + list + "；确需填写列表之外的值，请点“是”。");
        s.addValidationData(v);
    }

    private void decimal(XSSFSheet s, int firstRow, int lastRow, int column) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidationConstraint c = h.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "-999999999999", "999999999999");
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.createErrorBox("金额应为数字", "请填写数字（不带逗号和单位），如 12.30。");
        s.addValidationData(v);
    }
}
