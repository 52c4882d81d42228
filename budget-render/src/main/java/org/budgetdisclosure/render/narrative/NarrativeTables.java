package org.budgetdisclosure.render.narrative;

import static org.budgetdisclosure.render.tables.TableBuilder.amount;
import static org.budgetdisclosure.render.tables.TableBuilder.centre;
import static org.budgetdisclosure.render.tables.TableBuilder.name;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.TableBuilder;

/**
 * The tables of the narrative, by the name templates insert them with: {@code institutions},
 * {@code indicators-1} … (one per project), {@code procurement}, {@code assets}.
 */
public final class NarrativeTables {

    private NarrativeTables() {}

    /**
     * @param statements the statements, not null
     * @param departmentLine how the layout heads a table with the department, such as {@code 304工信局}, not null
     * @param style how the tables print amounts, not null
     * @return the tables by name, in order, never null
     */
    public static Map<String, Table> of(Statements statements, String departmentLine, AmountStyle style) {
        Budget budget = statements.budget();
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("institutions", institutions(budget));
        List<PerformanceProject> projects = budget.narrative().projects();
        for (int i = 0; i < projects.size(); i++) {
            tables.put("indicators-" + (i + 1), indicators(i + 1, projects.get(i)));
        }
        tables.put("procurement", procurement(budget, statements.figures().procurement(), style));
        tables.put("assets", assets(budget, departmentLine, style));
        return tables;
    }

    private static Table institutions(Budget budget) {
        TableBuilder b = new TableBuilder("institutions", "部门机构设置情况")
                .outline(0)
                .widths(40, 20, 20, 20)
                .header(centre("单位名称"), centre("单位性质"), centre("单位规格"), centre("经费保障形式"));
        for (Institution i : budget.narrative().institutions()) {
            b.row(
                    Table.Kind.DETAIL,
                    0,
                    List.of(name(i.name()), centre(i.kind()), centre(i.rank()), centre(i.fundingForm())));
        }
        return b.build();
    }

    private static Table indicators(int number, PerformanceProject project) {
        TableBuilder b = new TableBuilder("indicators-" + number, number + "、" + project.name() + "绩效目标表")
                .outline(3)
                .widths(12, 14, 22, 22, 14, 16);
        StringBuilder goals = new StringBuilder();
        for (int i = 0; i < project.goals().size(); i++) {
            goals.append(i == 0 ? "" : "\n")
                    .append(i + 1)
                    .append('.')
                    .append(project.goals().get(i));
        }
        b.header(centre("绩效目标"), new Cell(goals.toString(), 5, 1, Cell.Align.LEFT));
        b.header(centre("一级指标"), centre("二级指标"), centre("三级指标"), centre("绩效指标描述"), centre("指标值"), centre("指标值确定依据"));
        List<Indicator> rows = project.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            List<Cell> cells = new ArrayList<>();
            boolean first = i == 0 || !rows.get(i - 1).level1().equals(r.level1());
            if (first) {
                int span = 1;
                while (i + span < rows.size() && rows.get(i + span).level1().equals(r.level1())) {
                    span++;
                }
                cells.add(new Cell(r.level1(), 1, span, Cell.Align.CENTER));
            }
            cells.add(centre(r.level2()));
            cells.add(name(r.level3()));
            cells.add(name(r.description()));
            cells.add(centre(r.value()));
            cells.add(centre(r.basis()));
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        // a project without indicators prints no empty 绩效目标表
        return b.build().withRequired(false);
    }

    private static Table procurement(Budget budget, Amount procurementTotal, AmountStyle style) {
        List<ProcurementItem> items = budget.narrative().procurement();
        TableBuilder b = new TableBuilder("procurement", "部门政府采购预算支出一览表")
                .landscape(true)
                .outline(3)
                .amountStyle(style)
                .headings(budget.department().name(), "单位：" + style.unitWord())
                .widths(14, 8, 8, 7, 7, 9, 6, 4, 6, 5, 7, 7, 7, 7, 7)
                .header(
                        Cell.down("单位名称", 3),
                        Cell.across("所属项目", 3),
                        Cell.down("政府采购目录序号", 3),
                        Cell.down("采购物品名称", 3),
                        Cell.down("产品规格", 3),
                        Cell.down("单位", 3),
                        Cell.down("单价", 3),
                        Cell.down("数量", 3),
                        Cell.across("政府采购金额", 5))
                .header(
                        Cell.down("功能分类科目编码", 2),
                        Cell.down("项目名称", 2),
                        Cell.down("项目类型", 2),
                        Cell.down("总计", 2),
                        Cell.across("资金来源", 4))
                .header(centre("一般公共预算拨款安排"), centre("政府性基金预算拨款安排"), centre("国有资本经营预算拨款安排"), centre("其他来源收入安排"));
        List<Fund> funds = List.of(Fund.GENERAL_PUBLIC, Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL, Fund.NON_FISCAL);
        List<Cell> total = new ArrayList<>(List.of(Cell.across("合  计", 10)));
        total.add(amount(procurementTotal));
        for (Fund f : funds) {
            total.add(amount(Amount.total(
                    budget.unit(), items.stream().map(i -> i.funding(f)).toList())));
        }
        b.row(Table.Kind.TOTAL, 0, total);
        for (ProcurementItem i : items) {
            List<Cell> cells = new ArrayList<>(List.of(
                    name(i.unitName()),
                    centre(i.functionCode().value()),
                    centre(i.projectName()),
                    centre(i.projectType()),
                    centre(i.catalogueNumber()),
                    name(i.itemName()),
                    centre(i.specification()),
                    centre(i.measureUnit()),
                    Cell.of(style.formatExact(i.unitPrice()), Cell.Align.RIGHT),
                    Cell.of(i.quantity().stripTrailingZeros().toPlainString(), Cell.Align.RIGHT),
                    amount(i.amount())));
            for (Fund f : funds) {
                cells.add(amount(i.funding(f)));
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        b.note("注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。");
        return b.build();
    }

    private static Table assets(Budget budget, String departmentLine, AmountStyle style) {
        TableBuilder b = new TableBuilder("assets", "部门固定资产占用情况表")
                .outline(3)
                .headings(departmentLine, "截止时间：" + budget.narrative().assets().asOf())
                .widths(50, 20, 30)
                .amountStyle(style)
                .header(centre("项   目"), centre("数量"), centre("价值（金额单位：" + style.unitWord() + "）"));
        List<AssetCategory> categories = budget.narrative().assets().categories();
        for (int i = 0; i < categories.size(); i++) {
            AssetCategory c = categories.get(i);
            b.row(
                    Table.Kind.DETAIL,
                    0,
                    List.of(
                            name((i + 1) + "、" + c.name()),
                            Cell.of(
                                    c.quantity()
                                            .map(q -> q.stripTrailingZeros().toPlainString())
                                            .orElse(""),
                                    Cell.Align.RIGHT),
                            amount(c.value())));
        }
        b.row(
                Table.Kind.TOTAL,
                0,
                List.of(
                        centre("合   计"),
                        centre(""),
                        amount(budget.narrative().assets().total())));
        return b.build();
    }
}
