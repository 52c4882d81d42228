package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookColumn.amount;
import static org.budgetdisclosure.io.workbook.WorkbookColumn.listed;
import static org.budgetdisclosure.io.workbook.WorkbookColumn.number;
import static org.budgetdisclosure.io.workbook.WorkbookColumn.text;

import java.util.List;
import java.util.stream.Stream;
import org.budgetdisclosure.model.facts.Fund;

/**
 * The declaration of every sheet of the fill-in workbook (预算填报工作簿): each sheet once, with its columns
 * (header, width, kind, drop-down list). The writer makes the sheets from it and the reader finds their columns by
 * it; adding a column is a line here and the lines that write and read its fact in the sheet's mapper.
 */
final class WorkbookSheets {

    private WorkbookSheets() {}

    /** Rows below the data of the long sheets that the drop-down lists and number checks still cover. */
    private static final int SPARE_ROWS = 2000;

    /** The column 单位 of the line sheets, naming the unit (组成单位) of a line; optional on reading. */
    private static final WorkbookColumn UNIT =
            text(WorkbookLayout.UNIT_COLUMN, 16).asOptional();

    /** 部门信息: labelled rows (项目, 内容). */
    static final WorkbookSheet DEPARTMENT = new WorkbookSheet(
            WorkbookLayout.DEPARTMENT,
            List.of(text(WorkbookLayout.DEPARTMENT_LABEL, 24), text(WorkbookLayout.DEPARTMENT_VALUE, 48)),
            0,
            false,
            false);

    /** 收支明细: the budget lines (预算明细). */
    static final WorkbookSheet LINES = required(
            WorkbookLayout.LINES,
            SPARE_ROWS,
            listed("功能科目编码", 22, "功能科目"),
            listed("资金来源", 26, "资金来源"),
            listed("支出类型", 20, "支出类型"),
            amount("金额", 14),
            text("用途", 30),
            listed("资金性质", 18, "资金性质"),
            listed("经济科目编码", 18, "经济科目"),
            UNIT);

    /** 基本支出经济分类: 一般公共预算 basic expenditure (基本支出) by economic 款. */
    static final WorkbookSheet BASIC =
            required(WorkbookLayout.BASIC, SPARE_ROWS, listed("经济科目编码", 22, "经济科目"), amount("金额", 14), UNIT);

    /** 经费划分: which economic 类 are 人员经费 and which 公用经费. */
    static final WorkbookSheet COST_CLASSES =
            required(WorkbookLayout.COST_CLASSES, 101, listed("经济分类类", 16, "经济分类类"), listed("经费类型", 16, "经费类型"));

    /** “三公”经费 by item and fund. */
    static final WorkbookSheet THREE_PUBLIC = required(
            WorkbookLayout.THREE_PUBLIC,
            200,
            listed("项目", 30, "“三公”项目"),
            listed("资金性质", 20, "资金性质"),
            amount("金额", 14),
            UNIT);

    /** 上年数: labelled rows of last year's figures and the reasons of the changes. */
    static final WorkbookSheet PRIOR_YEAR =
            required(WorkbookLayout.PRIOR_YEAR, 0, text("项目", 30), amount("上年数", 14), text("增减原因", 60));

    /** 政府采购: the procurement items (政府采购预算), their funding by fund. */
    static final WorkbookSheet PROCUREMENT = required(
            WorkbookLayout.PROCUREMENT,
            500,
            Stream.concat(
                            Stream.of(
                                    text("单位名称", 24),
                                    listed("功能科目编码", 16, "功能科目"),
                                    text("项目名称", 20),
                                    text("项目类型", 14),
                                    text("采购目录序号", 14),
                                    text("采购物品名称", 20),
                                    text("产品规格", 16),
                                    text("计量单位", 10),
                                    amount("单价", 12),
                                    number("数量", 10),
                                    amount("金额", 12)),
                            Stream.of(Fund.values()).map(f -> amount(f.chineseName(), f == Fund.NON_FISCAL ? 12 : 14)))
                    .toArray(WorkbookColumn[]::new));

    /** 资产: fixed assets (固定资产) by category. */
    static final WorkbookSheet ASSETS =
            required(WorkbookLayout.ASSETS, 200, text("资产类别", 30), number("数量", 12), amount("价值", 14));

    /** 绩效项目: the projects with performance goals. */
    static final WorkbookSheet PROJECTS =
            required(WorkbookLayout.PROJECTS, 200, number("项目序号", 10), text("项目名称", 40), amount("项目金额", 14));

    /** 绩效指标: the indicators of the projects, by 项目序号. */
    static final WorkbookSheet INDICATORS = required(
            WorkbookLayout.INDICATORS,
            0,
            number("项目序号", 10),
            text("一级指标", 14),
            text("二级指标", 14),
            text("三级指标", 20),
            text("指标描述", 36),
            text("指标值", 14),
            text("指标值确定依据", 20));

    /** 文字说明: the prose by chapter, one paragraph a row. */
    static final WorkbookSheet TEXT =
            required(WorkbookLayout.TEXT, 501, listed("章节", 20, "章节"), number("项目序号", 10), text("内容", 100));

    /** 机构设置: the institutions. */
    static final WorkbookSheet INSTITUTIONS = required(
            WorkbookLayout.INSTITUTIONS, 0, text("单位名称", 36), text("单位性质", 14), text("单位规格", 14), text("经费保障形式", 18));

    /** 科目名称: names of codes as the department states them. */
    static final WorkbookSheet NAMES =
            required(WorkbookLayout.NAMES, 501, listed("分类", 12, "分类"), text("科目编码", 16), text("名称", 40));

    /** 名词解释: the glossary. */
    static final WorkbookSheet GLOSSARY = required(WorkbookLayout.GLOSSARY, 0, text("名词", 24), text("解释", 100));

    /** 公开事项: labelled rows (项目, 内容) of the single facts the Shanghai layouts publish. */
    static final WorkbookSheet PUBLISHED = optional(
            WorkbookLayout.PUBLISHED,
            0,
            text(WorkbookLayout.DEPARTMENT_LABEL, 28),
            text(WorkbookLayout.DEPARTMENT_VALUE, 60));

    /** 车辆及设备: vehicles by category and large equipment, held and to buy. */
    static final WorkbookSheet VEHICLES =
            optional(WorkbookLayout.VEHICLES, 0, text("项目", 36), number("现有数量", 12), number("拟购置数量", 12));

    /**
     * 预算单位: the budget units 机构设置 lists; 预算不单列 (是: the unit's budget is the 本部's, blank: 否) is optional
     * on reading, a workbook made before it reads as before.
     */
    static final WorkbookSheet BUDGET_UNITS = optional(
            WorkbookLayout.BUDGET_UNITS,
            200,
            text("单位名称", 36),
            listed("单位性质", 14, "单位性质"),
            listed("是否本部", 10, "是否"),
            listed(WorkbookLayout.MERGED_COLUMN, 12, "是否").asOptional());

    /** 内设机构: the internal divisions 机构设置 lists. */
    static final WorkbookSheet DIVISIONS = optional(WorkbookLayout.DIVISIONS, 0, text("内设机构名称", 36));

    /** 财政拨款支出主要内容: the 项 explained (编制说明). */
    static final WorkbookSheet LINE_EXPLANATIONS = optional(
            WorkbookLayout.LINE_EXPLANATIONS,
            500,
            listed("功能科目编码", 22, "功能科目"),
            text("主要用于", 60),
            amount("上年数", 14),
            listed("上年数口径", 12, "上年数口径"),
            text("增减原因", 40));

    /** 项目经费情况说明: the projects explained, one paragraph a row. */
    static final WorkbookSheet PROJECT_EXPLANATIONS = optional(
            WorkbookLayout.PROJECT_EXPLANATIONS,
            501,
            number("项目序号", 10),
            listed("事项", 16, "事项"),
            text("内容", 100),
            amount("金额", 14));

    /** 组成单位: the units (预算单位) whose budgets make up the department's, a row each. */
    static final WorkbookSheet UNITS = optional(
            WorkbookLayout.UNITS,
            200,
            text("单位编码", 14),
            text("单位全称", 36),
            text("单位简称", 20),
            listed("单位性质", 14, "单位性质"),
            amount("机关运行经费", 14));

    /** Every sheet of facts, in the order the writer writes them after 填表说明. */
    static final List<WorkbookSheet> ALL = List.of(
            DEPARTMENT,
            LINES,
            BASIC,
            COST_CLASSES,
            THREE_PUBLIC,
            PRIOR_YEAR,
            PROCUREMENT,
            ASSETS,
            PROJECTS,
            INDICATORS,
            TEXT,
            INSTITUTIONS,
            NAMES,
            GLOSSARY,
            PUBLISHED,
            VEHICLES,
            BUDGET_UNITS,
            DIVISIONS,
            LINE_EXPLANATIONS,
            PROJECT_EXPLANATIONS,
            UNITS);

    /** @return the names of the sheets a workbook must have */
    static List<String> requiredNames() {
        return ALL.stream().filter(s -> !s.optional()).map(WorkbookSheet::name).toList();
    }

    /** @return the names of the sheets a workbook may lack */
    static List<String> optionalNames() {
        return ALL.stream()
                .filter(WorkbookSheet::optional)
                .map(WorkbookSheet::name)
                .toList();
    }

    private static WorkbookSheet required(String name, int spareRows, WorkbookColumn... columns) {
        return new WorkbookSheet(name, List.of(columns), spareRows, true, false);
    }

    private static WorkbookSheet optional(String name, int spareRows, WorkbookColumn... columns) {
        return new WorkbookSheet(name, List.of(columns), spareRows, true, true);
    }
}
