package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * Writes the fill-in workbook, empty (the template) or holding a budget: 填表说明, then each sheet of facts by its
 * mapper from its declaration ({@link WorkbookSheets}), then the hidden 代码表 of the drop-down lists. One per
 * workbook.
 */
final class WorkbookWriter {

    /** The most characters Excel keeps in a cell. */
    static final int MAX_CELL_TEXT = SheetWriter.MAX_CELL_TEXT;

    private final SheetWriter w;
    private final Catalogue catalogue;
    /**
     * Whether 因公出国（境）费 is offered as one item (the layout publishes it so, as Shanghai does): written as
     * 其他因公出国（境）费 under the group's name, the 上年数 sheet without the group's two item rows.
     */
    private final boolean oneOverseasItem;

    private WorkbookWriter(XSSFWorkbook wb, Catalogue catalogue, boolean oneOverseasItem) {
        this.w = new SheetWriter(wb);
        this.catalogue = catalogue;
        this.oneOverseasItem = oneOverseasItem;
    }

    /**
     * @param budget the budget, or empty for the template
     * @param profile the layout the budget names, written in 公开事项
     * @param catalogue the codes offered in the drop-down lists
     * @param year the year of the template (ignored with a budget)
     * @param out where to write, not closed
     */
    static void write(
            Optional<Budget> budget, Optional<String> profile, Catalogue catalogue, int year, OutputStream out)
            throws IOException {
        write(budget, profile, catalogue, year, MoneyUnit.TEN_THOUSAND_YUAN, out);
    }

    /**
     * @param unit the 金额单位 of the template (ignored with a budget): the ledger unit of its layout
     */
    static void write(
            Optional<Budget> budget,
            Optional<String> profile,
            Catalogue catalogue,
            int year,
            MoneyUnit unit,
            OutputStream out)
            throws IOException {
        write(budget, profile, catalogue, year, unit, true, out);
    }

    /**
     * @param splitOverseas whether the layout publishes 因公出国（境）费 as its two items; where it does not, the
     *     workbook offers one item, unless the budget states 教学科研人员因公出国（境）费
     */
    static void write(
            Optional<Budget> budget,
            Optional<String> profile,
            Catalogue catalogue,
            int year,
            MoneyUnit unit,
            boolean splitOverseas,
            OutputStream out)
            throws IOException {
        if (budget.isEmpty() && (year < 1949 || year > 9999)) {
            // the reader's bound (and Budget's): never write a workbook its own reader refuses
            throw new org.budgetdisclosure.model.errors.FactException(
                    "year", "the year must be a four-digit year from 1949, found " + year);
        }
        boolean oneOverseasItem = !splitOverseas
                && budget.map(b -> b.threePublic().stream()
                                        .noneMatch(t -> t.item() == ThreePublicItem.OVERSEAS_TEACHING_RESEARCH)
                                && b.units().stream()
                                        .allMatch(u -> u.threePublic().stream()
                                                .noneMatch(t -> t.item() == ThreePublicItem.OVERSEAS_TEACHING_RESEARCH))
                                && b.priorYear()
                                        .map(y -> !y.threePublic()
                                                .containsKey(ThreePublicItem.OVERSEAS_TEACHING_RESEARCH))
                                        .orElse(true)
                                && b.narrative()
                                        .priorThreePublic()
                                        .map(y -> !y.amounts().containsKey(ThreePublicItem.OVERSEAS_TEACHING_RESEARCH))
                                        .orElse(true))
                        .orElse(true);
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookWriter w = new WorkbookWriter(workbook, catalogue, oneOverseasItem);
        int theYear = budget.map(Budget::year).orElse(year);
        try (XSSFWorkbook wb = workbook) {
            w.instructions();
            w.sheets(budget, profile, theYear, unit);
            w.lists();
            // the document's title is metadata in XML that POI writes as it is: a control character (which cells
            // carry escaped as _x0001_) would make the package unreadable, so the title goes without them
            w.w.save(
                    budget.map(b -> b.department().name().replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "") + theYear + "年部门预算")
                            .orElse("部门预算填报工作簿"),
                    theYear,
                    out);
        }
    }

    // ---- sheets ----------------------------------------------------------------------------------------

    private void instructions() {
        XSSFSheet s = w.wb.createSheet(INSTRUCTIONS);
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
            LINES + "：每条预算明细一行：功能科目编码（项）、资金来源、资金性质（上年结转结余必填，其余可空）、支出类型、金额、" + "经济科目编码（可空）；“用途”一列供填表人备注，不读入、不公开。",
            BASIC + "：一般公共预算基本支出按经济分类款填列（表六），合计应等于基本支出。",
            COST_CLASSES + "：哪些经济分类类属于人员经费、哪些属于公用经费。",
            THREE_PUBLIC + "：“三公”经费按项目和资金性质填列（表九）。",
            PRIOR_YEAR + "：上年预算数（用于与上年比较）及增减原因；不比较时整表留空。",
            PROCUREMENT + "：政府采购预算，每个采购品目一行；资金来源各列填金额，不涉及的留空。",
            ASSETS + "：固定资产按类别填列（数量可空）。",
            PROJECTS + "、" + INDICATORS + "：绩效项目及其指标，指标以项目序号对应项目。",
            TEXT + "：情况说明的文字，每段一行：章节从下拉列表选择；分项绩效目标、项目绩效目标需填项目序号。",
            INSTITUTIONS + "、" + NAMES + "、" + GLOSSARY + "：机构设置表、自定科目名称（覆盖目录中的名称）、名词解释。",
            PUBLISHED + "：机关运行经费、政府采购预算（货物、工程、服务及面向中小企业预留）、编报绩效目标的项目、" + "车辆及设备截止日期、上年收入预算及财政拨款增减原因；不公开的事项留空（留空不是0）。",
            VEHICLES + "：现有及拟购置的车辆（按类别）和单价100万元（含）以上设备；不填的类别为0辆，整列留空为不公开。",
            BUDGET_UNITS + "、" + DIVISIONS + "：机构设置所列预算单位（是否本部；" + MERGED_COLUMN + "填“是”表示该单位"
                    + "预算不单列、并入本部，留空为“否”）和内设机构。",
            LINE_EXPLANATIONS + "：财政拨款支出主要内容，每项一行：主要用于、上年数及口径（预算数、执行数）、增减原因。",
            PROJECT_EXPLANATIONS + "：每段一行，项目序号区分项目；事项从下拉列表选择，实施周期填“2025-01-01至2025-12-31”，"
                    + "年度预算安排填内容和金额：内容只填开头的说明文字（如“信息化系统日常维护费”），金额另填在“金额”列，"
                    + "公开时印在内容之后，不要在内容里再写金额。",
            UNITS + "：部门由多个预算单位组成时，每个单位一行（单位编码、全称、简称、性质、机关运行经费）；" + LINES + "、" + BASIC + "、" + THREE_PUBLIC
                    + "的“单位”列填该行所属单位的编码（或简称）。不分单位时整表及“单位”列留空。",
            "上年“三公”经费（不填上年预算总额等时）填在" + PRIOR_YEAR + "的“三公”各行。",
            "",
            "填好后：bin/budget validate 本文件.xlsx 检查；bin/budget render 本文件.xlsx --out out 生成公开文件。"
        };
        for (int i = 0; i < lines.length; i++) {
            XSSFCell c = s.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            if (i == 0) {
                c.setCellStyle(w.label);
            }
        }
    }

    /** Writes the sheets of facts in the order of {@link WorkbookSheets#ALL}. */
    private void sheets(Optional<Budget> budget, Optional<String> profile, int year, MoneyUnit unit) {
        DepartmentSheet.write(w, budget, year, unit);
        LineSheets.write(w, budget, oneOverseasItem);
        PriorYearSheet.write(
                w,
                budget.flatMap(Budget::priorYear),
                budget.flatMap(b -> b.narrative().priorThreePublic()),
                oneOverseasItem);
        Narrative n = budget.map(Budget::narrative).orElse(Narrative.empty(MoneyUnit.TEN_THOUSAND_YUAN));
        NarrativeSheets.writeProcurementAndAssets(w, n);
        ProjectSheets.write(w, n);
        NarrativeSheets.writeInstitutionsNamesGlossary(
                w, n, budget.map(Budget::names).orElse(Map.of()));
        PublishedSheets.write(w, budget, profile);
        ExplanationSheets.writeUnitsAndDivisions(w, n.budgetUnits(), n.internalDivisions());
        Explanations e = budget.map(Budget::explanations).orElse(Explanations.none());
        ExplanationSheets.writeExplanations(w, e.lines(), e.projects());
        LineSheets.writeUnits(w, budget.map(Budget::units).orElse(List.of()));
    }

    /** The hidden sheet of drop-down values, one column a list, each list also a workbook name. */
    private void lists() {
        XSSFSheet s = w.wb.createSheet(LISTS);
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        lists.put("资金来源", words(RevenueSource.values(), RevenueSource::chineseName));
        lists.put("资金性质", words(Fund.values(), Fund::chineseName));
        lists.put("支出类型", words(ExpenditureType.values(), ExpenditureType::chineseName));
        lists.put(
                "“三公”项目",
                java.util.Arrays.stream(ThreePublicItem.values())
                        .filter(i -> !oneOverseasItem || i != ThreePublicItem.OVERSEAS_TEACHING_RESEARCH)
                        .map(i -> LineSheets.itemWord(i, oneOverseasItem))
                        .toList());
        lists.put("经费类型", words(CostClass.values(), CostClass::chineseName));
        lists.put("单位性质", words(DepartmentKind.values(), DepartmentKind::chineseName));
        lists.put("金额单位", words(MoneyUnit.values(), MoneyUnit::chineseName));
        lists.put("章节", words(Chapter.values(), c -> c.label));
        lists.put("分类", List.of(FUNCTIONAL, ECONOMIC));
        lists.putAll(SheetWriter.codeLists(catalogue));
        lists.put("是否", List.of(YES, NO));
        lists.put("上年数口径", words(LineLastYear.Kind.values(), LineLastYear.Kind::chineseName));
        lists.put("事项", words(ProjectItem.values(), i -> i.label));
        w.lists(s, lists);
        w.wb.setSheetHidden(w.wb.getSheetIndex(LISTS), true);
    }

    private static <E> List<String> words(E[] values, Function<E, String> word) {
        List<String> words = new ArrayList<>();
        for (E e : values) {
            words.add(word.apply(e));
        }
        return words;
    }
}
