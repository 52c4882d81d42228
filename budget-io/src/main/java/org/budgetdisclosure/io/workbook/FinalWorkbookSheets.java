package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookColumn.amount;
import static org.budgetdisclosure.io.workbook.WorkbookColumn.listed;
import static org.budgetdisclosure.io.workbook.WorkbookColumn.text;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.finalaccounts.StatedFigure;
import org.budgetdisclosure.model.finalaccounts.StatedPercentage;

/**
 * The declaration of the sheets of the final-accounts workbook (决算填报工作簿), one per kind of fact of
 * {@link org.budgetdisclosure.model.finalaccounts.FinalAccounts}, as {@link WorkbookSheets} declares the budget's:
 * the writer ({@link FinalWorkbookWriter}) makes them from it and the reader ({@link FinalWorkbookReader}) finds
 * their columns by it.
 */
final class FinalWorkbookSheets {

    private FinalWorkbookSheets() {}

    private static final int SPARE_ROWS = 2000;

    /**
     * The column 单位 of the list sheets, naming the unit (组成单位) of a line by its 单位编码 or 单位简称; blank for
     * accounts without units. Optional on reading: a workbook made before it reads without units.
     */
    private static final WorkbookColumn UNIT_OF =
            text(WorkbookLayout.UNIT_COLUMN, 16).asOptional();

    /** 填表说明 of the final-accounts workbook; its first line tells the workbook apart from a budget's. */
    static final String TITLE = "部门决算填报工作簿（budget-disclosure-final-accounts/1）";

    /** 基本信息: labelled rows (项目, 内容) of the department, year, unit, balances, 绩效 and the single facts. */
    static final WorkbookSheet INFO = new WorkbookSheet(
            "基本信息",
            List.of(text(WorkbookLayout.DEPARTMENT_LABEL, 28), text(WorkbookLayout.DEPARTMENT_VALUE, 48)),
            0,
            false,
            false);

    /** 收入决算: the revenue of the year by 功能 项 and source (收入来源). */
    static final WorkbookSheet REVENUES = sheet(
            "收入决算", SPARE_ROWS, listed("功能科目编码", 22, "功能科目"), listed("收入来源", 30, "收入来源"), amount("金额", 16), UNIT_OF);

    /** 支出决算: the expenditure of the year by 功能 项, type and fund. */
    static final WorkbookSheet SPENDING = sheet(
            "支出决算",
            SPARE_ROWS,
            listed("功能科目编码", 22, "功能科目"),
            listed("支出类型", 14, "支出类型"),
            listed("资金性质", 18, "资金性质"),
            amount("金额", 16),
            UNIT_OF);

    /** 财政拨款结转结余: the carry-overs of each 财政拨款 fund, as a whole (功能科目编码 blank) or by 项. */
    static final WorkbookSheet FUND_BALANCES = sheet(
            "财政拨款结转结余",
            500,
            listed("资金性质", 18, "资金性质"),
            listed("功能科目编码", 22, "功能科目"),
            amount("年初结转和结余", 16),
            amount("年末结转和结余", 16),
            UNIT_OF);

    /** 基本支出经济分类: 一般公共预算财政拨款基本支出 by economic 款. */
    static final WorkbookSheet BASIC =
            sheet("基本支出经济分类", SPARE_ROWS, listed("经济科目编码", 22, "经济科目"), amount("金额", 16), UNIT_OF);

    /** 经费划分: which economic 类 are 人员经费 and which 公用经费. */
    static final WorkbookSheet COST_CLASSES =
            sheet("经费划分", 101, listed("经济分类类", 16, "经济分类类"), listed("经费类型", 16, "经费类型"));

    /** “三公”经费: each item's 预算数 and 决算数. */
    static final WorkbookSheet THREE_PUBLIC =
            sheet("“三公”经费", 200, listed("项目", 24, "“三公”项目"), amount("预算数", 16), amount("决算数", 16), UNIT_OF);

    /** 年初预算: the 年初预算 of each 项 of 一般公共预算财政拨款, its use and the reason of the difference. */
    static final WorkbookSheet LINE_BUDGETS = sheet(
            "年初预算",
            500,
            listed("功能科目编码", 22, "功能科目"),
            amount("年初预算数", 16),
            text("主要用于", 50),
            text("调整原因", 50),
            UNIT_OF);

    /** 上年数: labelled rows of last year's figures and the reasons of the changes. */
    static final WorkbookSheet LAST_YEAR = sheet("上年数", 0, text("项目", 30), amount("上年数", 16), text("增减原因", 60));

    /** 主要职能: the paragraphs of 第一部分 一, one a row. */
    static final WorkbookSheet DUTIES = sheet("主要职能", 0, text("内容", 100));

    /** 决算单位构成: the units the accounts are made of, as 第一部分 lists them. */
    static final WorkbookSheet COMPOSITION = sheet("决算单位构成", 0, text("单位名称", 36), text("备注", 40));

    /** 科目名称: names of codes as the department states them. */
    static final WorkbookSheet NAMES =
            sheet("科目名称", 501, listed("分类", 12, "分类"), text("科目编码", 16), text("名称", 40), UNIT_OF);

    /**
     * 组成单位: the units whose accounts make up the department's, a row each, with their 机关运行经费 and their
     * carry-overs in all funds (the four all or none); the lines of the list sheets name them in the column 单位.
     * Optional: a workbook made before it reads as accounts without units.
     */
    static final WorkbookSheet UNITS = new WorkbookSheet(
            WorkbookLayout.UNITS,
            List.of(
                    text("单位编码", 14),
                    text("单位全称", 36),
                    text("单位简称", 20),
                    listed("单位性质", 14, "单位性质"),
                    amount("机关运行经费", 16),
                    amount("年初结转和结余", 16),
                    amount("使用非财政拨款结余", 16),
                    amount("提取和分配结余", 16),
                    amount("年末结转和结余", 16)),
            200,
            true,
            true);

    /**
     * 资产: labelled rows (项目, 内容) of the assets held at year end: 截止日期 (a date such as 2024-12-31), the
     * vehicles by category, 车辆合计 (where given, the categories' sum) and the large equipment. Optional: a
     * workbook made before it states no assets.
     */
    static final WorkbookSheet ASSETS =
            new WorkbookSheet("资产", List.of(text("项目", 40), text("内容", 16)), 0, false, true);

    /** 资产: the label of the date of the counts. */
    static final String ASSETS_AS_OF = "截止日期";

    /** The sheets in the order written after 填表说明. */
    static final List<WorkbookSheet> ALL = List.of(
            INFO,
            REVENUES,
            SPENDING,
            FUND_BALANCES,
            BASIC,
            COST_CLASSES,
            THREE_PUBLIC,
            LINE_BUDGETS,
            LAST_YEAR,
            DUTIES,
            COMPOSITION,
            NAMES,
            UNITS,
            ASSETS);

    // ---- 基本信息: the labels ----------------------------------------------------------------------------

    static final String CODE = "部门编码";
    static final String NAME = "部门全称";
    static final String SHORT_NAME = "部门简称";
    static final String KIND = "单位性质";
    static final String YEAR = "决算年度";
    static final String UNIT = "金额单位";
    static final String PROFILE = "公开版式";
    static final String OPERATING_COSTS = "机关运行经费";
    static final String OPENING_BUDGET_REASON = "年初预算与决算差异原因";
    /** Whether the figures are declared rounded (是/否): {@code FinalAccounts.rounded}. */
    static final String ROUNDED = "数字已四舍五入";
    /** The prefix of the rows of the stated totals (StatedFigure), such as 核对数：收入支出总计. */
    static final String STATED_PREFIX = "核对数：";
    /** The prefix of the rows of the stated percentages (StatedPercentage), such as 核对比例：基本支出占本年支出合计. */
    static final String SHARE_PREFIX = "核对比例：";
    /** The four figures of the carry-overs in all funds (Balances), in the order of its components. */
    static final List<String> BALANCES = List.of("年初结转和结余", "使用非财政拨款结余", "提取和分配结余", "年末结转和结余");
    /** The thirteen figures of 预算绩效管理 (PerformanceOutturn), in the order of its components. */
    static final List<String> PERFORMANCE = List.of(
            "绩效目标项目个数",
            "绩效目标金额",
            "绩效监控项目个数",
            "绩效监控金额",
            "绩效自评项目个数",
            "绩效自评金额",
            "自评平均分",
            "自评优",
            "自评良",
            "自评中",
            "自评差",
            "发现问题个数",
            "整改问题个数");

    /** The eight figures of 政府采购 (ProcurementOutturn), in the order of its components. */
    static final List<String> PROCUREMENT = List.of(
            "政府采购：货物",
            "政府采购：工程",
            "政府采购：服务",
            "面向中小企业预留",
            "其中：面向小微企业预留",
            "预留项目中由中小企业中标或成交",
            "其中：由小微企业中标或成交",
            "其他项目中由中小企业中标或成交");
    /** The eight counts of the “三公” activity (ThreePublicActivity), in the order of its components. */
    static final List<String> ACTIVITY =
            List.of("因公出国（境）团组", "因公出国（境）人次", "公务用车购置数", "公务用车保有量", "国内公务接待批次", "国内公务接待人次", "外事接待批次", "外事接待人次");

    /** @return the labelled rows of 基本信息 in order */
    static List<String> infoLabels() {
        List<String> labels = new ArrayList<>(List.of(
                CODE, NAME, SHORT_NAME, KIND, YEAR, UNIT, PROFILE, ROUNDED, OPERATING_COSTS, OPENING_BUDGET_REASON));
        labels.addAll(BALANCES);
        labels.addAll(PERFORMANCE);
        labels.addAll(PROCUREMENT);
        labels.addAll(ACTIVITY);
        for (StatedFigure f : StatedFigure.values()) {
            labels.add(STATED_PREFIX + f.chineseName());
        }
        for (StatedPercentage p : StatedPercentage.values()) {
            labels.add(SHARE_PREFIX + p.chineseName());
        }
        return labels;
    }

    private static WorkbookSheet sheet(String name, int spareRows, WorkbookColumn... columns) {
        return new WorkbookSheet(name, List.of(columns), spareRows, true, false);
    }
}
