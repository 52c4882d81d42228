package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The nine statements of the reference budget equal the nine published tables, cell for cell: every row, every
 * column, every total (a blank cell is zero); and the reference validates without errors, with the expected
 * warnings.
 */
class ReferenceStatementsTest {

    private static final ReferenceDocument REFERENCE = ReferenceDocument.load();
    private final Budget budget = ReferenceBudget.build();
    private final Statements statements = Statements.of(budget);

    @Test
    void table1BudgetSummary() {
        BudgetSummary t = statements.budgetSummary();
        List<List<String>> rows = REFERENCE.body(1);
        assertThat(rows).hasSize(33);
        List<RevenueSource> sources = RevenueSource.currentSources();
        for (int i = 0; i < 30; i++) {
            List<String> cells = rows.get(i);
            assertThat(cells.get(0)).isEqualTo(String.valueOf(i + 1));
            if (i < sources.size()) {
                assertThat(unnumbered(cells.get(1))).isEqualTo(sources.get(i).chineseName());
                assertAmount(cells.get(2), t.revenue(sources.get(i)), "table 1 row " + (i + 1) + " revenue");
            } else {
                assertThat(cells.get(1)).isEmpty();
                assertThat(cells.get(2)).isEmpty();
            }
            Row<AmountColumn> right = t.expenditure().get(i);
            assertThat(unnumbered(cells.get(3))).isEqualTo(right.name());
            assertAmount(cells.get(4), right.get(AmountColumn.AMOUNT), "table 1 row " + (i + 1) + " expenditure");
        }
        assertThat(t.expenditure()).hasSize(30);
        assertThat(rows.get(30)).containsExactly("31", "本年收入合计", "2538.88", "本年支出合计", "2538.88");
        assertAmount(rows.get(30).get(2), t.currentRevenue(), "本年收入合计");
        assertAmount(rows.get(30).get(4), t.currentExpenditure(), "本年支出合计");
        assertAmount(rows.get(31).get(2), t.carryover(), "上年结转结余");
        assertAmount(rows.get(31).get(4), t.yearEndBalance(), "年终结转结余");
        assertAmount(rows.get(32).get(2), t.revenueTotal(), "收入总计");
        assertAmount(rows.get(32).get(4), t.expenditureTotal(), "支出总计");
    }

    @Test
    void table2Revenue() {
        assertHierarchy(2, statements.revenue());
    }

    @Test
    void table3Expenditure() {
        assertHierarchy(3, statements.expenditure());
    }

    @Test
    void table4FiscalSummary() {
        FiscalSummary t = statements.fiscalSummary();
        List<List<String>> rows = REFERENCE.body(4);
        assertThat(rows).hasSize(36);
        List<Fund> funds = Fund.fiscalFunds();
        for (int i = 0; i < 30; i++) {
            List<String> cells = rows.get(i);
            if (i < 3) {
                assertAmount(cells.get(2), t.revenue(funds.get(i)), "table 4 revenue " + funds.get(i));
            }
            Row<FundColumn> right = t.expenditure().get(i);
            assertThat(unnumbered(cells.get(3))).isEqualTo(right.name());
            assertAmounts(cells.subList(4, 8), right.get(List.of(FundColumn.values())), "table 4 row " + (i + 1));
        }
        assertAmount(rows.get(30).get(2), t.currentRevenue(), "本年收入合计");
        assertAmounts(rows.get(30).subList(4, 8), t.currentExpenditure().get(List.of(FundColumn.values())), "本年支出合计");
        assertAmount(rows.get(31).get(2), t.carryoverTotal(), "年初财政拨款结转和结余");
        assertAmounts(rows.get(31).subList(4, 8), t.yearEndBalance().get(List.of(FundColumn.values())), "年末结转");
        for (int f = 0; f < 3; f++) {
            assertAmount(rows.get(32 + f).get(2), t.carryover(funds.get(f)), "年初结转 " + funds.get(f));
        }
        assertAmount(rows.get(35).get(2), t.revenueTotal(), "收入总计");
        for (FundColumn c : FundColumn.values()) {
            assertAmount(rows.get(35).get(4 + c.ordinal()), t.expenditureTotal(c), "支出总计 " + c);
        }
    }

    @Test
    void table5GeneralPublicExpenditure() {
        assertHierarchy(5, statements.generalPublicExpenditure());
    }

    @Test
    void table6GeneralPublicBasicExpenditure() {
        assertHierarchy(6, statements.generalPublicBasicExpenditure());
    }

    @Test
    void tables7And8AreEmpty() {
        assertThat(REFERENCE.body(7)).allSatisfy(row -> assertThat(row).allMatch(String::isEmpty));
        assertThat(REFERENCE.body(8)).allSatisfy(row -> assertThat(row).allMatch(String::isEmpty));
        assertThat(statements.governmentFundExpenditure().isEmpty()).isTrue();
        assertThat(statements.stateCapitalExpenditure().isEmpty()).isTrue();
    }

    @Test
    void table9ThreePublic() {
        List<List<String>> rows = REFERENCE.body(9);
        Statement<FundColumn> t = statements.threePublic();
        assertThat(t.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row<FundColumn> row = t.rows().get(i);
            assertThat(rows.get(i).get(1).replaceAll("^[一二三]、|^其中：", "").strip().replaceFirst("^其中：", ""))
                    .isEqualTo(
                            row == statements.threePublicRow(ThreePublicLine.SUBTOTAL)
                                    ? subtotalLabel(row)
                                    : printedName(row));
            assertAmounts(rows.get(i).subList(2, 6), row.get(t.columns()), "table 9 row " + (i + 1));
        }
    }

    @Test
    void referenceValidatesWithoutErrorsAndWithTheExpectedWarnings() {
        ValidationReport report = Validator.validate(budget);
        assertThat(report.errors()).isEmpty();
        // “三公” covers project spending too: two items exceed their basic expenditure lines of table 6
        assertThat(report.warnings())
                .extracting(Finding::rule)
                .containsExactly("three-public.above-basic", "three-public.above-basic");
        Finding vehicles = report.warnings().get(0);
        assertThat(vehicles.location()).contains("table 9").contains("公务用车运行维护费");
        assertThat(vehicles.actual()).isEqualTo("10.67");
        assertThat(vehicles.expected()).contains("5.67").contains("30231");
        Finding reception = report.warnings().get(1);
        assertThat(reception.location()).contains("公务接待费");
        assertThat(reception.actual()).isEqualTo("2.66");
        assertThat(reception.expected()).contains("0.66").contains("30217");
    }

    @Test
    void narrativeFiguresAreTheTableFigures() {
        var f = statements.figures();
        assertThat(f.expenditureTotal()).isEqualTo(Amount.wan("2538.88"));
        assertThat(f.basic()).isEqualTo(Amount.wan("763.88"));
        assertThat(f.personnel()).isEqualTo(Amount.wan("731.02"));
        assertThat(f.publicUse()).isEqualTo(Amount.wan("32.86"));
        assertThat(f.project()).isEqualTo(Amount.wan("1775"));
        // 机关运行经费: every line, summing to the stated total (the reference omitted 其他商品和服务支出 12.12)
        assertThat(f.operatingCosts())
                .extracting(Row::name)
                .contains("其他商品和服务支出")
                .hasSize(11);
        assertThat(Amount.total(
                        org.budgetdisclosure.model.facts.MoneyUnit.TEN_THOUSAND_YUAN,
                        f.operatingCosts().stream()
                                .map(r -> r.get(org.budgetdisclosure.model.statements.BasicColumn.PUBLIC_USE))
                                .toList()))
                .isEqualTo(f.publicUse());
        var changes = f.changes();
        assertThat(changes.get(org.budgetdisclosure.model.facts.Comparison.PERSONNEL)
                        .difference())
                .isEqualTo(Amount.wan("17.59"));
        assertThat(changes.get(org.budgetdisclosure.model.facts.Comparison.PUBLIC_USE)
                        .difference())
                .isEqualTo(Amount.wan("-0.20"));
        assertThat(changes.get(org.budgetdisclosure.model.facts.Comparison.PROJECT)
                        .difference())
                .isEqualTo(Amount.wan("373.91"));
        assertThat(changes.get(org.budgetdisclosure.model.facts.Comparison.TOTAL)
                        .difference())
                .isEqualTo(Amount.wan("391.30"));
    }

    private static <C extends Enum<C>> void assertHierarchy(int table, Statement<C> statement) {
        List<List<String>> rows = REFERENCE.body(table);
        List<Row<C>> ours = statement.rows();
        List<String> expectedCodes = new ArrayList<>();
        rows.forEach(r -> expectedCodes.add(r.get(1)));
        assertThat(ours)
                .extracting(Row::codeText)
                .as("codes of table %d", table)
                .containsExactlyElementsOf(expectedCodes);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            Row<C> row = ours.get(i);
            assertThat(cells.get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(printedName(row))
                    .as("table %d row %d name", table, i + 1)
                    .isEqualTo(cells.get(2));
            assertAmounts(
                    cells.subList(3, cells.size()), row.get(statement.columns()), "table " + table + " row " + (i + 1));
        }
    }

    /** A row's name as printed: the model names no total row; the layout prints 合计 (its default label). */
    private static String printedName(Row<?> row) {
        if (row.kind() == org.budgetdisclosure.model.statements.RowKind.TOTAL) {
            assertThat(row.name()).as("the model names no printed label").isEmpty();
            return "合计";
        }
        return row.name();
    }

    /**
     * The “三公” subtotal's name as printed: the model names none; the layout prints its own label (hebei-2022's
     * {@code {line: SUBTOTAL, label: “三公”经费小计}}).
     */
    private static String subtotalLabel(Row<?> row) {
        assertThat(row.name()).as("the model names no printed label").isEmpty();
        return "“三公”经费小计";
    }

    private static void assertAmounts(List<String> printed, List<Amount> ours, String where) {
        assertThat(ours).as(where).hasSize(printed.size());
        for (int i = 0; i < printed.size(); i++) {
            assertAmount(printed.get(i), ours.get(i), where + " column " + (i + 1));
        }
    }

    private static void assertAmount(String printed, Amount ours, String where) {
        Amount expected =
                printed.isEmpty() ? Amount.zero(ours.unit()) : Amount.of(new BigDecimal(printed), ours.unit());
        assertThat(ours).as(where + " (printed '" + printed + "')").isEqualTo(expected);
    }

    private static String unnumbered(String name) {
        return name.replaceFirst("^[一二三四五六七八九十]+、", "");
    }
}
