package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.AmountColumn;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.FundExpenditureColumn;
import org.budgetdisclosure.model.statements.RevenueColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Shanghai reference budget file against its published document ({@code pdftotext -layout} text): the file is
 * read with {@link BudgetFiles}, its statements computed, and every figure of the published tables that the
 * statements hold is parsed from the text and compared, cell for cell: 财务收支预算总表, 收入预算总表 and 支出预算总表
 * (every 类/款/项 row and the 合计), 财政拨款收支预算总表, the 一般公共预算 tables by 功能 and by 经济分类, the empty
 * fund tables and the “三公” figures (万元 in the document, 元 in the file). A blank cell is zero.
 */
abstract class ShanghaiStatementsCheck {

    private static final Pattern RIGHT_LABEL = Pattern.compile("[一二三四五六七八九十]+、\\S*支出|支出总计");

    final LayoutText text = LayoutText.load(referenceText());
    final Budget budget = BudgetFiles.read(Path.of("budgets", budgetFile()));
    final Statements statements = Statements.of(budget);
    /** The published cells compared by the running test. */
    int cells;

    ShanghaiStatementsCheck() throws Exception {}

    /** @return the reference text's file name in {@code /reference/} */
    abstract String referenceText();

    /** @return the budget file's name in {@code budgets/} */
    abstract String budgetFile();

    /** @return the tables' title prefix, such as 2025年部门 */
    abstract String titlePrefix();

    /** @return the “三公” table's title */
    abstract String threePublicTitle();

    @AfterEach
    void report(org.junit.jupiter.api.TestInfo info) {
        System.out.println(getClass().getSimpleName() + "."
                + info.getTestMethod().orElseThrow().getName() + ": " + cells + " published cells compared");
    }

    @Test
    void revenueTableEveryRowAndTheTotal() {
        Map<String, RevenueColumn> columns = new LinkedHashMap<>();
        columns.put("合计", RevenueColumn.TOTAL);
        columns.put("财政拨款收入", RevenueColumn.FISCAL);
        columns.put("事业收入", RevenueColumn.PUBLIC_SERVICE);
        columns.put("经营收入", RevenueColumn.OPERATING);
        columns.put("其他收入", RevenueColumn.OTHER);
        assertHierarchy("收入预算总表", statements.revenue(), columns);
    }

    @Test
    void expenditureTableEveryRowAndTheTotal() {
        Map<String, ExpenditureColumn> columns = new LinkedHashMap<>();
        columns.put("合计", ExpenditureColumn.TOTAL);
        columns.put("基本支出", ExpenditureColumn.BASIC);
        columns.put("项目支出", ExpenditureColumn.PROJECT);
        assertHierarchy("支出预算总表", statements.expenditure(), columns);
    }

    @Test
    void generalPublicByFunction() {
        assertHierarchy("一般公共预算支出功能分类预算表", statements.generalPublicExpenditure(), fundColumns());
    }

    @Test
    void generalPublicBasicByEconomicClassification() {
        Map<String, BasicColumn> columns = new LinkedHashMap<>();
        columns.put("合计", BasicColumn.TOTAL);
        columns.put("人员经费", BasicColumn.PERSONNEL);
        columns.put("公用经费", BasicColumn.PUBLIC_USE);
        assertHierarchy("一般公共预算基本支出部门预算经济分类预算表", statements.generalPublicBasicExpenditure(), columns);
    }

    @Test
    void governmentFundAndStateCapitalTablesAreEmpty() {
        for (String title : List.of("政府性基金预算支出功能分类预算表", "国有资本经营预算支出功能分类预算表")) {
            List<String> table = text.table(titlePrefix() + title);
            assertThat(LayoutText.codeRows(table, List.of("合计"))).as(title).isEmpty();
            assertThat(String.join("\n", table)).contains("故本表为空表");
        }
        assertThat(statements.governmentFundExpenditure().isEmpty()).isTrue();
        assertThat(statements.stateCapitalExpenditure().isEmpty()).isTrue();
        cells += 2;
    }

    @Test
    void financialSummary() {
        List<String> table = text.table(titlePrefix() + "财务收支预算总表");
        var summary = statements.budgetSummary();
        Map<String, Amount> left = Map.of(
                "财政拨款收入",
                        Amount.total(
                                summary.revenue(RevenueSource.GENERAL_PUBLIC_BUDGET),
                                summary.revenue(RevenueSource.GOVERNMENT_FUND_BUDGET),
                                summary.revenue(RevenueSource.STATE_CAPITAL_BUDGET)),
                "一般公共预算资金", summary.revenue(RevenueSource.GENERAL_PUBLIC_BUDGET),
                "政府性基金", summary.revenue(RevenueSource.GOVERNMENT_FUND_BUDGET),
                "国有资本经营预算", summary.revenue(RevenueSource.STATE_CAPITAL_BUDGET),
                "事业收入", summary.revenue(RevenueSource.PUBLIC_SERVICE_REVENUE),
                "事业单位经营收入", summary.revenue(RevenueSource.OPERATING_REVENUE),
                "其他收入", summary.revenue(RevenueSource.OTHER_REVENUE),
                "收入总计", summary.revenueTotal());
        Map<String, Row<AmountColumn>> classes = new LinkedHashMap<>();
        summary.expenditure().forEach(r -> classes.put(r.name(), r));
        List<String> printedClasses = new ArrayList<>();
        int leftSeen = 0;
        for (String line : table) {
            TwoSided row = TwoSided.of(line);
            if (!row.leftLabel().isEmpty() && left.containsKey(row.leftLabel())) {
                assertFigure(
                        row.leftFigures().isEmpty()
                                ? BigDecimal.ZERO
                                : row.leftFigures().get(0),
                        left.get(row.leftLabel()),
                        "table 1 " + row.leftLabel());
                leftSeen++;
            }
            if (row.rightLabel().isEmpty()) {
                continue;
            }
            List<BigDecimal> f = row.rightFigures();
            if (row.rightLabel().equals("支出总计")) {
                assertFigure(f.get(0), summary.expenditureTotal(), "支出总计");
                if (f.size() == 4) {
                    var basic = statements.generalPublicBasicExpenditure().total();
                    assertFigure(f.get(1), basic.get(BasicColumn.PERSONNEL), "支出总计 人员经费");
                    assertFigure(f.get(2), basic.get(BasicColumn.PUBLIC_USE), "支出总计 公用经费");
                    assertFigure(
                            f.get(3), statements.expenditure().total().get(ExpenditureColumn.PROJECT), "支出总计 项目支出");
                }
                continue;
            }
            String name = className(row.rightLabel());
            printedClasses.add(name);
            Row<AmountColumn> r = classes.get(name);
            assertThat(r).as("类 %s", name).isNotNull();
            assertFigure(f.isEmpty() ? BigDecimal.ZERO : f.get(0), r.get(AmountColumn.AMOUNT), "table 1 " + name);
            if (f.size() == 4 || f.size() == 2) {
                // the unit version splits expenditure: 合计, 人员经费, 公用经费 (a blank cell is dropped), 项目支出
                Row<ExpenditureColumn> byType =
                        statements.expenditure().row(r.codeText()).orElseThrow();
                assertFigure(
                        f.size() == 4 ? f.get(3) : BigDecimal.ZERO,
                        byType.get(ExpenditureColumn.PROJECT),
                        "table 1 " + name + " 项目支出");
            }
        }
        assertThat(leftSeen).isEqualTo(8);
        assertThat(printedClasses)
                .as("every 类 with money is printed")
                .containsAll(classes.values().stream()
                        .filter(r -> !r.get(AmountColumn.AMOUNT).isZero())
                        .map(Row::name)
                        .toList());
    }

    @Test
    void fiscalSummary() {
        List<String> table = text.table(titlePrefix() + "财政拨款收支预算总表");
        var fiscal = statements.fiscalSummary();
        Map<String, Amount> left = Map.of(
                "一般公共预算资金", fiscal.revenue(Fund.GENERAL_PUBLIC),
                "政府性基金", fiscal.revenue(Fund.GOVERNMENT_FUND),
                "国有资本经营预算", fiscal.revenue(Fund.STATE_CAPITAL),
                "收入总计", fiscal.revenueTotal());
        Map<String, Row<FundColumn>> classes = new LinkedHashMap<>();
        fiscal.expenditure().forEach(r -> classes.put(r.name(), r));
        int leftSeen = 0;
        int rightSeen = 0;
        for (String line : table) {
            TwoSided row = TwoSided.of(line);
            if (left.containsKey(row.leftLabel())) {
                assertFigure(
                        row.leftFigures().isEmpty()
                                ? BigDecimal.ZERO
                                : row.leftFigures().get(0),
                        left.get(row.leftLabel()),
                        "table 4 " + row.leftLabel());
                leftSeen++;
            }
            if (row.rightLabel().isEmpty()) {
                continue;
            }
            List<BigDecimal> f = row.rightFigures();
            for (FundColumn c : FundColumn.values()) {
                BigDecimal expected = c.ordinal() < f.size() ? f.get(c.ordinal()) : BigDecimal.ZERO;
                Amount actual = row.rightLabel().equals("支出总计")
                        ? fiscal.expenditureTotal(c)
                        : classes.get(className(row.rightLabel())).get(c);
                assertFigure(expected, actual, "table 4 " + row.rightLabel() + " " + c);
            }
            rightSeen++;
        }
        assertThat(leftSeen).isEqualTo(4);
        assertThat(rightSeen).isGreaterThanOrEqualTo(2);
    }

    @Test
    void threePublicInTenThousandYuan() {
        List<String> table = text.table(threePublicTitle());
        List<String> labels = List.of("合计", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费", "机关运行经");
        int data = -1;
        for (int i = 0; i < table.size(); i++) {
            if (!LayoutText.figuresInOrder(table.get(i).replaceAll("\\d{4}年", ""))
                    .isEmpty()) {
                data = i;
            }
        }
        Map<String, BigDecimal> published = LayoutText.figures(table, data, labels, 0, true);
        Map<String, ThreePublicLine> lines = Map.of(
                "合计",
                ThreePublicLine.TOTAL,
                "因公出国(境)费",
                ThreePublicLine.OVERSEAS,
                "公务接待费",
                ThreePublicLine.RECEPTION,
                "小计",
                ThreePublicLine.VEHICLES,
                "购置费",
                ThreePublicLine.VEHICLE_PURCHASE,
                "运行费",
                ThreePublicLine.VEHICLE_OPERATION);
        lines.forEach((label, line) -> {
            BigDecimal tenThousand = published.getOrDefault(label, BigDecimal.ZERO);
            assertFigure(
                    tenThousand.multiply(BigDecimal.valueOf(10_000)),
                    statements.threePublicRow(line).get(FundColumn.TOTAL),
                    "三公 " + label + " (万元 × 10000)");
            assertThat(statements.threePublicRow(line).get(FundColumn.GENERAL_PUBLIC))
                    .isEqualTo(statements.threePublicRow(line).get(FundColumn.TOTAL));
        });
        operatingCosts(published.getOrDefault("机关运行经", BigDecimal.ZERO));
    }

    /**
     * The stated 机关运行经费 (万元), which the format cannot carry yet.
     *
     * @param tenThousandYuan the published figure
     */
    abstract void operatingCosts(BigDecimal tenThousandYuan);

    /** The budget file is a budget the library writes back unchanged. */
    @Test
    void theFileRoundTrips() throws Exception {
        assertThat(BudgetFiles.read(
                        BudgetFiles.toJson(budget).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        budgetFile(),
                        BudgetFiles.Syntax.JSON))
                .isEqualTo(budget);
    }

    private static Map<String, FundExpenditureColumn> fundColumns() {
        Map<String, FundExpenditureColumn> columns = new LinkedHashMap<>();
        columns.put("合计", FundExpenditureColumn.TOTAL);
        columns.put("基本支出", FundExpenditureColumn.BASIC);
        columns.put("项目支出", FundExpenditureColumn.PROJECT);
        return columns;
    }

    /** Every published row and its figures against the statement's rows, in order, and the 合计 last. */
    private <C extends Enum<C>> void assertHierarchy(String title, Statement<C> statement, Map<String, C> columns) {
        List<LayoutText.CodeRow> published =
                LayoutText.codeRows(text.table(titlePrefix() + title), List.copyOf(columns.keySet()));
        assertThat(published).as(title).isNotEmpty();
        LayoutText.CodeRow total = published.get(published.size() - 1);
        assertThat(total.name()).isEqualTo("合计");
        List<LayoutText.CodeRow> body = published.subList(0, published.size() - 1);
        assertThat(body)
                .extracting(LayoutText.CodeRow::code)
                .as(title + ": the rows, in order")
                .containsExactlyElementsOf(
                        statement.body().stream().map(Row::codeText).toList());
        for (LayoutText.CodeRow row : body) {
            Row<C> computed = statement.row(row.code()).orElseThrow();
            assertThat(computed.name()).as(title + " " + row.code()).isEqualTo(publishedName(row));
            cells++;
            assertRow(title + " " + row.code(), row, computed, columns);
        }
        assertRow(title + " 合计", total, statement.total(), columns);
    }

    /** @return the name a row is published under, as the statements must name it (defects corrected) */
    String publishedName(LayoutText.CodeRow row) {
        return row.name();
    }

    private <C extends Enum<C>> void assertRow(
            String where, LayoutText.CodeRow row, Row<C> computed, Map<String, C> columns) {
        columns.forEach((label, column) -> assertFigure(
                row.figures().getOrDefault(label, BigDecimal.ZERO), computed.get(column), where + " " + label));
        assertThat(columns.keySet()).containsAll(row.figures().keySet());
    }

    void assertFigure(BigDecimal expected, Amount actual, String where) {
        assertThat(actual.value()).as(where).isEqualByComparingTo(expected);
        cells++;
    }

    /** @return the 类 name of a right-hand label such as 三、卫生健康支出 */
    String className(String label) {
        return label.replaceFirst("^[一二三四五六七八九十]+、", "");
    }

    /** A line of a two-sided table: revenue on the left, expenditure on the right. */
    record TwoSided(String leftLabel, List<BigDecimal> leftFigures, String rightLabel, List<BigDecimal> rightFigures) {

        static TwoSided of(String line) {
            Matcher m = RIGHT_LABEL.matcher(line);
            String left = line;
            String rightLabel = "";
            String right = "";
            if (m.find()) {
                left = line.substring(0, m.start());
                rightLabel = m.group();
                right = line.substring(m.end());
            }
            left = left.replaceFirst("^\\s*(\\d[.、．])", "");
            String leftLabel = left.replaceAll("[\\d,]+(\\.\\d+)?", "")
                    .replaceAll("\\s", "")
                    .replaceFirst("^[一二三四五六七八九十]+、", "");
            return new TwoSided(
                    leftLabel, LayoutText.figuresInOrder(left), rightLabel, LayoutText.figuresInOrder(right));
        }
    }
}
