package org.budgetdisclosure.io.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * The layout of the fill-in workbook (预算填报工作簿): its sheets, their column headers and labelled rows, and the
 * Chinese words of the enumerations. Shared by the writer and the reader, so that what one writes the other
 * reads; the columns of each sheet are declared in {@link WorkbookSheets}.
 */
final class WorkbookLayout {

    private WorkbookLayout() {}

    /** 填表说明: the instructions, not read. */
    static final String INSTRUCTIONS = "填表说明";
    /** 部门信息: labelled rows (项目, 内容). */
    static final String DEPARTMENT = "部门信息";
    /** 收支明细: the budget lines. */
    static final String LINES = "收支明细";
    /** 基本支出经济分类: 一般公共预算 basic expenditure by economic 款. */
    static final String BASIC = "基本支出经济分类";
    /** 经费划分: which economic 类 are 人员经费 and which 公用经费. */
    static final String COST_CLASSES = "经费划分";
    /** “三公”经费 by item and fund. */
    static final String THREE_PUBLIC = "“三公”经费";
    /** 上年数: last year's figures and the reasons of the changes. */
    static final String PRIOR_YEAR = "上年数";
    /** 政府采购. */
    static final String PROCUREMENT = "政府采购";
    /** 资产: fixed assets by category. */
    static final String ASSETS = "资产";
    /** 绩效项目. */
    static final String PROJECTS = "绩效项目";
    /** 绩效指标. */
    static final String INDICATORS = "绩效指标";
    /** 文字说明: the prose by chapter, one paragraph a row. */
    static final String TEXT = "文字说明";
    /** 机构设置. */
    static final String INSTITUTIONS = "机构设置";
    /** 科目名称: names of codes as the department states them. */
    static final String NAMES = "科目名称";
    /** 名词解释. */
    static final String GLOSSARY = "名词解释";
    /** 代码表: the values of the drop-down lists, hidden, not read. */
    static final String LISTS = "代码表";

    /** 公开事项: labelled rows (项目, 内容) of the single facts the Shanghai layouts publish. Optional sheet. */
    static final String PUBLISHED = "公开事项";
    /** 车辆及设备: vehicles by category and large equipment, held and to buy. Optional sheet. */
    static final String VEHICLES = "车辆及设备";
    /** 预算单位: the budget units 机构设置 lists. Optional sheet. */
    static final String BUDGET_UNITS = "预算单位";
    /** 内设机构: the internal divisions 机构设置 lists. Optional sheet. */
    static final String DIVISIONS = "内设机构";
    /** 财政拨款支出主要内容: the 项 explained (编制说明). Optional sheet. */
    static final String LINE_EXPLANATIONS = "财政拨款支出主要内容";
    /**
     * 组成单位: the units (预算单位) whose budgets make up the department's, a row each; their lines are those of
     * 收支明细, 基本支出经济分类 and “三公”经费 whose column 单位 names them. Optional sheet.
     */
    static final String UNITS = "组成单位";
    /** The column of 收支明细, 基本支出经济分类 and “三公”经费 naming the unit of a line (its 单位编码, else 简称). */
    static final String UNIT_COLUMN = "单位";
    /**
     * The column of 预算单位 saying a unit's budget is not separate but the 本部's (预算不单列，并入本部): 是 or 否,
     * blank as 否; a workbook made before it lacks it.
     */
    static final String MERGED_COLUMN = "预算不单列";

    /** 项目经费情况说明: the projects explained, one paragraph a row. Optional sheet. */
    static final String PROJECT_EXPLANATIONS = "项目经费情况说明";

    // ---- 公开事项: column A the label, column B the value -------------------------------------------------

    static final String OPERATING_COSTS = "机关运行经费";
    static final String PROCUREMENT_GOODS = "政府采购预算：货物";
    static final String PROCUREMENT_WORKS = "政府采购预算：工程";
    static final String PROCUREMENT_SERVICES = "政府采购预算：服务";
    static final String RESERVED_SMES = "面向中小企业预留";
    static final String RESERVED_SMALL_MICRO = "其中：面向小微企业预留";
    static final String TARGET_PROJECTS = "编报绩效目标的项目个数";
    static final String TARGET_AMOUNT = "编报绩效目标的项目金额";
    static final String HELD_AS_OF = "车辆及设备截止日期";
    static final String PRIOR_REVENUE_PREFIX = "上年收入预算：";
    static final String PRIOR_FISCAL_REASON = "上年财政拨款增减原因";
    /** The layout (profile) the budget asks to be published in, as a budget file's {@code profile}. */
    static final String PROFILE = "公开版式";

    /** @return the revenue sources last year's revenue is stated by (all but the carry-over) */
    static List<org.budgetdisclosure.model.facts.RevenueSource> priorRevenueSources() {
        return java.util.Arrays.stream(org.budgetdisclosure.model.facts.RevenueSource.values())
                .filter(s -> s != org.budgetdisclosure.model.facts.RevenueSource.PRIOR_YEAR_CARRYOVER)
                .toList();
    }

    /** The labelled rows of 公开事项 in order. */
    static List<String> publishedLabels() {
        List<String> labels = new ArrayList<>(List.of(
                OPERATING_COSTS,
                PROCUREMENT_GOODS,
                PROCUREMENT_WORKS,
                PROCUREMENT_SERVICES,
                RESERVED_SMES,
                RESERVED_SMALL_MICRO,
                TARGET_PROJECTS,
                TARGET_AMOUNT,
                HELD_AS_OF));
        priorRevenueSources().forEach(s -> labels.add(PRIOR_REVENUE_PREFIX + s.chineseName()));
        labels.add(PRIOR_FISCAL_REASON);
        labels.add(PROFILE);
        return labels;
    }

    // ---- 车辆及设备: a row per vehicle category, their total and the large equipment -------------------------

    static final String VEHICLE_TOTAL = "车辆合计";

    // ---- the other optional sheets --------------------------------------------------------------------------

    static final String YES = "是";
    static final String NO = "否";

    /** The items of 项目经费情况说明, each a row's 事项. */
    enum ProjectItem {
        NAME("项目名称"),
        OVERVIEW("项目概述"),
        BASIS("立项依据"),
        IMPLEMENTERS("实施主体"),
        PLAN("实施方案"),
        PERIOD("实施周期"),
        ALLOCATION("年度预算安排"),
        GOALS("绩效目标");

        final String label;

        ProjectItem(String label) {
            this.label = label;
        }
    }

    /** The separator of the two days of 实施周期, such as 2025-01-01至2025-12-31. */
    static final String PERIOD_SEPARATOR = "至";

    // ---- 部门信息: column A the label, column B the value ---------------------------------------------------

    static final String DEPARTMENT_LABEL = "项目";
    static final String DEPARTMENT_VALUE = "内容";
    static final String CODE = "部门编码";
    static final String NAME = "部门全称";
    static final String SHORT_NAME = "部门简称";
    static final String KIND = "单位性质";
    static final String YEAR = "预算年度";
    static final String UNIT = "金额单位";
    static final String STAFF_TOTAL = "总人数";
    static final String STAFF_ACTIVE = "在职人员";
    static final String STAFF_RETIRED_CADRES = "离休人员";
    static final String STAFF_RETIRED = "退休人员";
    static final String ASSETS_AS_OF = "资产截止时间";
    static final String PLANNED_ACQUISITIONS = "拟购置固定资产总额";
    static final String DECLARED_PREFIX = "核对数：";

    /** @param total a declared total @return its label, such as 核对数：收入总计 */
    static String declaredLabel(DeclaredTotal total) {
        return DECLARED_PREFIX + total.chineseName();
    }

    /** The labelled rows of 部门信息 in order. */
    static List<String> departmentLabels() {
        List<String> labels = new ArrayList<>(List.of(
                CODE,
                NAME,
                SHORT_NAME,
                KIND,
                YEAR,
                UNIT,
                STAFF_TOTAL,
                STAFF_ACTIVE,
                STAFF_RETIRED_CADRES,
                STAFF_RETIRED,
                ASSETS_AS_OF,
                PLANNED_ACQUISITIONS));
        for (DeclaredTotal t : DeclaredTotal.values()) {
            labels.add(declaredLabel(t));
        }
        return labels;
    }

    static final String FUNCTIONAL = "功能分类";
    static final String ECONOMIC = "经济分类";

    // ---- 上年数: the labelled rows ---------------------------------------------------------------------------

    /**
     * A row of 上年数.
     *
     * @param label the label in column A
     * @param amount which amount column B holds, empty for a row of a reason only
     * @param item the “三公” item whose amount column B holds, if any
     * @param reason the comparison whose reason column C holds, if any
     */
    record PriorRow(
            String label, Optional<String> amount, Optional<ThreePublicItem> item, Optional<Comparison> reason) {}

    static final String PRIOR_TOTAL = "total";
    static final String PRIOR_PERSONNEL = "personnel";
    static final String PRIOR_PUBLIC_USE = "publicUse";
    static final String PRIOR_PROJECT = "project";

    static final List<PriorRow> PRIOR_ROWS = List.of(
            new PriorRow("预算安排总额", Optional.of(PRIOR_TOTAL), Optional.empty(), Optional.of(Comparison.TOTAL)),
            new PriorRow("人员经费", Optional.of(PRIOR_PERSONNEL), Optional.empty(), Optional.of(Comparison.PERSONNEL)),
            new PriorRow("公用经费", Optional.of(PRIOR_PUBLIC_USE), Optional.empty(), Optional.of(Comparison.PUBLIC_USE)),
            new PriorRow("项目支出", Optional.of(PRIOR_PROJECT), Optional.empty(), Optional.of(Comparison.PROJECT)),
            new PriorRow("“三公”经费", Optional.empty(), Optional.empty(), Optional.of(Comparison.THREE_PUBLIC)),
            new PriorRow("因公出国（境）费", Optional.empty(), Optional.empty(), Optional.of(Comparison.OVERSEAS)),
            new PriorRow(
                    ThreePublicItem.OVERSEAS_TEACHING_RESEARCH.chineseName(),
                    Optional.empty(),
                    Optional.of(ThreePublicItem.OVERSEAS_TEACHING_RESEARCH),
                    Optional.empty()),
            new PriorRow(
                    ThreePublicItem.OVERSEAS_OTHER.chineseName(),
                    Optional.empty(),
                    Optional.of(ThreePublicItem.OVERSEAS_OTHER),
                    Optional.empty()),
            new PriorRow("公务用车购置及运维费", Optional.empty(), Optional.empty(), Optional.of(Comparison.VEHICLES)),
            new PriorRow(
                    ThreePublicItem.VEHICLE_PURCHASE.chineseName(),
                    Optional.empty(),
                    Optional.of(ThreePublicItem.VEHICLE_PURCHASE),
                    Optional.of(Comparison.VEHICLE_PURCHASE)),
            new PriorRow(
                    ThreePublicItem.VEHICLE_OPERATION.chineseName(),
                    Optional.empty(),
                    Optional.of(ThreePublicItem.VEHICLE_OPERATION),
                    Optional.of(Comparison.VEHICLE_OPERATION)),
            new PriorRow(
                    ThreePublicItem.RECEPTION.chineseName(),
                    Optional.empty(),
                    Optional.of(ThreePublicItem.RECEPTION),
                    Optional.of(Comparison.RECEPTION)));

    // ---- 文字说明: the chapters ------------------------------------------------------------------------------

    /** The chapters of 文字说明, each a list of paragraphs of the narrative. */
    enum Chapter {
        DUTIES("部门职责"),
        INSTITUTION_OVERVIEW("机构及组成单位情况"),
        OVERALL_GOALS("总体绩效目标"),
        SPECIAL_FUNDS("专项资金绩效目标"),
        PROJECT_DESCRIPTION("分项绩效目标"),
        PROJECT_GOALS("项目绩效目标"),
        SAFEGUARDS("工作保障措施"),
        OTHER_NOTES("其他需要说明的事项");

        final String label;

        Chapter(String label) {
            this.label = label;
        }

        /** @return whether its paragraphs belong to a project (项目序号 needed) */
        boolean ofProject() {
            return this == PROJECT_DESCRIPTION || this == PROJECT_GOALS;
        }
    }

    /**
     * Finds an enumeration constant by its Chinese word or its Java name.
     *
     * @param values the constants
     * @param word the Chinese word of each
     * @param text the text of the cell, stripped
     * @return the constant, if any matches
     */
    static <E extends Enum<E>> Optional<E> parse(E[] values, Function<E, String> word, String text) {
        for (E e : values) {
            if (word.apply(e).equals(text) || e.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
