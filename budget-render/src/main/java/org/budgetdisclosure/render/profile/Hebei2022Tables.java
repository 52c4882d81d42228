package org.budgetdisclosure.render.profile;

import static org.budgetdisclosure.render.profile.TableBuilder.amount;
import static org.budgetdisclosure.render.profile.TableBuilder.centre;
import static org.budgetdisclosure.render.profile.TableBuilder.name;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.AmountColumn;
import org.budgetdisclosure.model.statements.BudgetSummary;
import org.budgetdisclosure.model.statements.FiscalSummary;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.RowKind;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;

/**
 * The nine tables in the Hebei 2022 layout: titles, heading line, header rows and merges, 序号 column, 栏次 row,
 * columns and notes as published. Every figure is read from the statements; nothing is added here.
 */
final class Hebei2022Tables {

    private final Statements s;
    private final Budget budget;
    private final String[] headings;
    private final AmountStyle style;
    private final Amount zero;

    Hebei2022Tables(Statements statements, AmountStyle style) {
        this.s = statements;
        this.budget = statements.budget();
        this.style = style;
        this.zero = Amount.zero(budget.unit());
        this.headings = new String[] {budget.department().tableHeading(), "预算年度：" + budget.year(),
                "单位：" + style.unitWord()};
    }

    List<Table> all() {
        return List.of(budgetSummary(), revenue(), expenditure(), fiscalSummary(),
                fundTable(StatementId.GENERAL_PUBLIC_EXPENDITURE, s.generalPublicExpenditure(), "一般公共预算财政拨款"),
                basic(),
                fundTable(StatementId.GOVERNMENT_FUND_EXPENDITURE, s.governmentFundExpenditure(), "政府基金预算财政拨款"),
                fundTable(StatementId.STATE_CAPITAL_EXPENDITURE, s.stateCapitalExpenditure(), "国有资本经营预算财政拨款"),
                threePublic());
    }

    private TableBuilder start(StatementId id) {
        return new TableBuilder("table-" + id.number(), id.title()).headings(headings).landscape(true)
                .amountStyle(style);
    }

    // table 1
    private Table budgetSummary() {
        BudgetSummary t = s.budgetSummary();
        TableBuilder b = start(StatementId.BUDGET_SUMMARY).widths(6, 34, 14, 34, 14)
                .header(Cell.down("序号", 2), Cell.across("收入", 2), Cell.across("支出", 2))
                .header(centre("项  目"), centre("预算数"), centre("项  目"), centre("预算数"))
                .columnNumbers(0);
        List<RevenueSource> sources = RevenueSource.currentSources();
        List<Row<AmountColumn>> classes = t.expenditure();
        int lines = Math.max(sources.size(), classes.size());
        for (int i = 0; i < lines; i++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(centre(String.valueOf(i + 1)));
            if (i < sources.size()) {
                cells.add(name(ChineseNumerals.of(i + 1) + "、" + sources.get(i).chineseName()));
                cells.add(amount(t.revenue(sources.get(i))));
            } else {
                cells.add(name(""));
                cells.add(amount(zero));
            }
            if (i < classes.size()) {
                cells.add(name(ChineseNumerals.of(i + 1) + "、" + classes.get(i).name()));
                cells.add(amount(classes.get(i).get(AmountColumn.AMOUNT)));
            } else {
                cells.add(name(""));
                cells.add(amount(zero));
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        int n = lines;
        b.row(Table.Kind.SUBTOTAL, 0, List.of(centre(String.valueOf(++n)), centre("本年收入合计"),
                amount(t.currentRevenue()), centre("本年支出合计"), amount(t.currentExpenditure())));
        b.row(Table.Kind.DETAIL, 0, List.of(centre(String.valueOf(++n)), centre("上年结转结余"), amount(t.carryover()),
                centre("年终结转结余"), amount(t.yearEndBalance())));
        b.row(Table.Kind.TOTAL, 0, List.of(centre(String.valueOf(++n)), centre("收入总计"), amount(t.revenueTotal()),
                centre("支出总计"), amount(t.expenditureTotal())));
        return b.build();
    }

    // table 2
    private Table revenue() {
        TableBuilder b = start(StatementId.REVENUE).widths(4, 9, 24, 8, 8, 8, 7, 7, 7, 7, 8, 8, 7)
                .header(Cell.down("序号", 2), Cell.across("功能分类科目", 2), Cell.down("合计", 2),
                        Cell.across("本年收入", 8), Cell.down("上年结转", 2))
                .header(centre("科目编码"), centre("科目名称"), centre("小计"), centre("财政拨款收入"),
                        centre("财政专户收入"), centre("事业收入"), centre("经营收入"), centre("上级补助收入"),
                        centre("附属单位上缴收入"), centre("其他收入"))
                .columnNumbers(0);
        hierarchyRows(b, s.revenue());
        return b.build();
    }

    // table 3
    private Table expenditure() {
        TableBuilder b = start(StatementId.EXPENDITURE).widths(5, 10, 27, 10, 10, 10, 9, 9, 10)
                .header(Cell.down("序号", 2), Cell.across("功能分类科目", 2), Cell.down("合计", 2),
                        Cell.down("基本支出", 2), Cell.down("项目支出", 2), Cell.down("经营支出", 2),
                        Cell.down("上解上级支出", 2), Cell.down("对附属单位补助支出", 2))
                .header(centre("科目编码"), centre("科目名称"))
                .columnNumbers(0);
        hierarchyRows(b, s.expenditure());
        return b.build();
    }

    // table 4
    private Table fiscalSummary() {
        FiscalSummary t = s.fiscalSummary();
        TableBuilder b = start(StatementId.FISCAL_SUMMARY).widths(5, 22, 11, 26, 11, 11, 11, 11)
                .header(Cell.down("序号", 2), Cell.across("收入", 2), Cell.across("支出", 4))
                .header(centre("项  目"), centre("金额"), centre("项  目"), centre("合计"),
                        centre("一般公共预算财政拨款"), centre("政府性基金预算财政拨款"), centre("国有资本经营预算财政拨款"))
                .columnNumbers(0);
        List<Fund> funds = Fund.fiscalFunds();
        String[] fundRevenue = {"一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"};
        List<Row<FundColumn>> classes = t.expenditure();
        int n = 0;
        for (int i = 0; i < classes.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(centre(String.valueOf(++n)));
            if (i < funds.size()) {
                cells.add(name(ChineseNumerals.of(i + 1) + "、" + fundRevenue[i]));
                cells.add(amount(t.revenue(funds.get(i))));
            } else {
                cells.add(name(""));
                cells.add(amount(zero));
            }
            cells.add(name(ChineseNumerals.of(i + 1) + "、" + classes.get(i).name()));
            for (FundColumn c : FundColumn.values()) {
                cells.add(amount(classes.get(i).get(c)));
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        List<Cell> current = new ArrayList<>(List.of(centre(String.valueOf(++n)), centre("本年收入合计"),
                amount(t.currentRevenue()), centre("本年支出合计")));
        List<Cell> yearEnd = new ArrayList<>(List.of(centre(String.valueOf(++n)), centre("年初财政拨款结转和结余"),
                amount(t.carryoverTotal()), centre("年末财政拨款结转和结余")));
        for (FundColumn c : FundColumn.values()) {
            current.add(amount(t.currentExpenditure().get(c)));
            yearEnd.add(amount(t.yearEndBalance().get(c)));
        }
        b.row(Table.Kind.SUBTOTAL, 0, current);
        b.row(Table.Kind.DETAIL, 0, yearEnd);
        for (int i = 0; i < funds.size(); i++) {
            List<Cell> cells = new ArrayList<>(List.of(centre(String.valueOf(++n)),
                    name(ChineseNumerals.of(i + 1) + "、" + fundRevenue[i]), amount(t.carryover(funds.get(i))),
                    name("")));
            for (int c = 0; c < FundColumn.values().length; c++) {
                cells.add(amount(zero));
            }
            b.row(Table.Kind.DETAIL, 1, cells);
        }
        List<Cell> total = new ArrayList<>(List.of(centre(String.valueOf(++n)), centre("收入总计"),
                amount(t.revenueTotal()), centre("支出总计")));
        for (FundColumn c : FundColumn.values()) {
            total.add(amount(t.expenditureTotal(c)));
        }
        b.row(Table.Kind.TOTAL, 0, total);
        return b.build();
    }

    // tables 5, 7, 8
    private Table fundTable(StatementId id, Statement<?> statement, String fundName) {
        TableBuilder b = start(id).widths(6, 14, 44, 12, 12, 12)
                .header(Cell.down("序号", 2), Cell.across("功能分类科目", 2), Cell.down("合计", 2),
                        Cell.down("基本支出", 2), Cell.down("项目支出", 2))
                .header(centre("科目编码"), centre("科目名称"))
                .columnNumbers(0);
        if (statement.isEmpty()) {
            emptyRow(b, 6);
            b.note("注：无" + fundName + "预算，空表列示。");
        } else {
            hierarchyRows(b, statement);
        }
        return b.build();
    }

    // table 6
    private Table basic() {
        Statement<?> t = s.generalPublicBasicExpenditure();
        TableBuilder b = start(StatementId.GENERAL_PUBLIC_BASIC_EXPENDITURE).widths(6, 14, 44, 12, 12, 12)
                .header(Cell.down("序号", 2), Cell.across("支出部门经济分类科目", 2), Cell.across("一般公共预算基本支出", 3))
                .header(centre("科目编码"), centre("科目名称"), centre("合计"), centre("人员经费"), centre("公用经费"))
                .columnNumbers(0);
        if (t.isEmpty()) {
            emptyRow(b, 6);
            b.note("注：无一般公共预算财政拨款基本支出预算，空表列示。");
        } else {
            hierarchyRows(b, t);
        }
        return b.build();
    }

    // table 9
    private Table threePublic() {
        Statement<FundColumn> t = s.threePublic();
        TableBuilder b = start(StatementId.THREE_PUBLIC).widths(6, 40, 13, 14, 14, 14)
                .header(Cell.down("序号", 2), Cell.down("项  目", 2), Cell.across("资 金 性 质", 4))
                .header(centre("合计"), centre("一般公共预算财政拨款"), centre("政府性基金预算拨款"),
                        centre("国有资本经营预算财政拨款"))
                .columnNumbers(0);
        Row<FundColumn> total = t.total();
        b.indentColumn(1);
        String[] labels = {"", "", "一、", "其中：", "", "二、", "其中：", "", "三、"};
        for (int i = 0; i < t.rows().size(); i++) {
            Row<FundColumn> row = t.rows().get(i);
            List<Cell> cells = new ArrayList<>();
            cells.add(centre(String.valueOf(i + 1)));
            String label = i < labels.length ? labels[i] : "";
            cells.add(i < 2 ? centre(row.name()) : name(label + row.name()));
            for (FundColumn c : t.columns()) {
                // a column with any figure prints its zeros (as the reference does); an unused fund stays blank
                cells.add(amount(row.get(c), !total.get(c).isZero()));
            }
            b.row(kind(row.kind()), i < 2 ? 0 : row.level() - 1, cells);
        }
        return b.build();
    }

    private static <C extends Enum<C>> void hierarchyRows(TableBuilder b, Statement<C> statement) {
        b.indentColumn(2);
        int n = 0;
        for (Row<C> row : statement.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(centre(String.valueOf(++n)));
            cells.add(Cell.of(row.codeText(), Cell.Align.LEFT));
            cells.add(row.kind() == RowKind.TOTAL ? centre(row.name()) : name(row.name()));
            for (C column : statement.columns()) {
                cells.add(amount(row.get(column)));
            }
            b.row(kind(row.kind()), row.level(), cells);
        }
    }

    private static void emptyRow(TableBuilder b, int columns) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            cells.add(centre(""));
        }
        b.row(Table.Kind.DETAIL, 0, cells);
    }

    private static Table.Kind kind(RowKind kind) {
        return switch (kind) {
            case TOTAL -> Table.Kind.TOTAL;
            case SUBTOTAL -> Table.Kind.SUBTOTAL;
            case DETAIL -> Table.Kind.DETAIL;
        };
    }
}
