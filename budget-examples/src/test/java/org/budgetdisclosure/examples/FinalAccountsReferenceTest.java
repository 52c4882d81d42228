package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.StatedFigure;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.statements.BasicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatement;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.model.finalaccounts.statements.GeneralPublicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.RevenueColumn;
import org.budgetdisclosure.model.finalaccounts.statements.SpendingColumn;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The 财政局's 2024 决算 as a final-accounts file: its nine statements, computed from the file, compared cell for
 * cell with the tables of the published document ({@code reference/shanghai-putuo-finance-bureau-2024-final.txt},
 * whose printed figures the test holds and finds in the text). Every printed cell (and every blank one, as zero)
 * matches, except the totals the publication rounded on their own from its 元 ledger: the file holds the printed
 * 万元 figures, and every total here is the sum of its printed parts (docs/final-accounts.md, "Rounding"); those
 * cells are listed one by one with both figures, and each differs by at most 0.02.
 */
class FinalAccountsReferenceTest {

    private static final Path FILE = Path.of("budgets", "shanghai-putuo-finance-bureau-2024-final.json");
    private static final String[] CLASSES = {"201", "208", "210", "221"};

    private final FinalAccounts accounts = read();
    private final FinalStatements statements = FinalStatements.of(accounts);
    private final String reference = referenceText();
    private final List<String> compared = new ArrayList<>();
    private final Map<String, String> differences = new LinkedHashMap<>();
    private int blank;

    private static FinalAccounts read() {
        try {
            return FinalAccountsFiles.read(FILE);
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String referenceText() {
        try (InputStream in = FinalAccountsReferenceTest.class.getResourceAsStream(
                "/reference/shanghai-putuo-finance-bureau-2024-final.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A printed cell: the reference's figure (empty text for a blank cell) against the computed one. */
    private void cell(String where, String printed, Amount computed) {
        if (printed.isEmpty()) {
            blank++;
            assertThat(computed.isZero())
                    .as(where + " is blank in the reference")
                    .isTrue();
            return;
        }
        assertThat(reference)
                .as("the reference prints " + printed + " (" + where + ")")
                .contains(printed);
        compared.add(where);
        BigDecimal expected = new BigDecimal(printed.replace(",", ""));
        if (expected.compareTo(computed.value()) != 0) {
            differences.put(where, printed + " → " + computed.format(2));
        }
    }

    private static String printed(Amount a) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(a.value());
    }

    private Amount amount(String text) {
        return Amount.wan(text);
    }

    @Test
    void theNineStatementsMatchThePublishedTablesCellForCell() {
        // 1 收入支出决算总表
        var s = statements.summary();
        cell("1/一般公共预算财政拨款收入", "2,940.05", s.revenue().get(FinalRevenueSource.GENERAL_PUBLIC));
        for (FinalRevenueSource source : List.of(
                FinalRevenueSource.GOVERNMENT_FUND,
                FinalRevenueSource.STATE_CAPITAL,
                FinalRevenueSource.SUPERIOR_SUBSIDY,
                FinalRevenueSource.PUBLIC_SERVICE,
                FinalRevenueSource.OPERATING,
                FinalRevenueSource.SUBORDINATE_REMITTANCE)) {
            cell("1/" + source.chineseName(), "", s.revenue().get(source));
        }
        cell("1/其他收入", "6.20", s.revenue().get(FinalRevenueSource.OTHER));
        String[] classFigures = {"2,106.66", "326.71", "60.99", "445.69"};
        for (int i = 0; i < CLASSES.length; i++) {
            cell("1/" + CLASSES[i], classFigures[i], s.classes().get(FunctionCode.of(CLASSES[i])));
        }
        assertThat(s.classes()).hasSize(4); // the other 22 类 of the table are blank
        blank += 22;
        cell("1/本年收入合计", "2,946.25", s.revenueTotal());
        cell("1/本年支出合计", "2,940.05", s.expenditureTotal());
        cell("1/使用非财政拨款结余", "", s.nonFiscalBalanceUsed());
        cell("1/结余分配", "", s.surplusDistribution());
        cell("1/年初结转和结余", "49.14", s.opening());
        cell("1/年末结转和结余", "55.34", s.closing());
        cell("1/总计(收入)", "2,995.39", s.revenueGrandTotal());
        cell("1/总计(支出)", "2,995.39", s.expenditureGrandTotal());

        // 2 收入决算表: 本年收入合计 | 财政拨款收入 | … | 其他收入
        String[][] revenue = {
            {"", "2,946.25", "2,940.05", "6.20"},
            {"201", "2,112.86", "2,106.66", "6.20"},
            {"20106", "2,112.86", "2,106.66", "6.20"},
            {"2010601", "1,511.90", "1,511.89", "0.01"},
            {"2010602", "16.19", "10.00", "6.19"},
            {"2010607", "135.25", "135.25", ""},
            {"2010608", "449.52", "449.52", ""},
            {"208", "326.72", "326.72", ""},
            {"20805", "326.72", "326.72", ""},
            {"2080501", "84.65", "84.65", ""},
            {"2080505", "160.75", "160.75", ""},
            {"2080506", "80.38", "80.38", ""},
            {"2080599", "0.94", "0.94", ""},
            {"210", "60.99", "60.99", ""},
            {"21011", "60.99", "60.99", ""},
            {"2101101", "60.99", "60.99", ""},
            {"221", "445.69", "445.69", ""},
            {"22102", "445.69", "445.69", ""},
            {"2210201", "187.19", "187.19", ""},
            {"2210203", "258.50", "258.50", ""}
        };
        FinalStatement<RevenueColumn> t2 = statements.revenueStatement();
        assertThat(t2.rows()).hasSize(revenue.length);
        for (String[] r : revenue) {
            Row<RevenueColumn> row = r[0].isEmpty() ? t2.total() : t2.row(r[0]).orElseThrow();
            cell("2/" + r[0] + "/本年收入合计", r[1], row.get(RevenueColumn.TOTAL));
            cell("2/" + r[0] + "/财政拨款收入", r[2], row.get(RevenueColumn.FISCAL));
            cell("2/" + r[0] + "/其他收入", r[3], row.get(RevenueColumn.OTHER));
            for (RevenueColumn c : List.of(
                    RevenueColumn.SUPERIOR_SUBSIDY,
                    RevenueColumn.PUBLIC_SERVICE,
                    RevenueColumn.OPERATING,
                    RevenueColumn.SUBORDINATE_REMITTANCE)) {
                cell("2/" + r[0] + "/" + c.chineseName(), "", row.get(c));
            }
        }

        // 3 支出决算表 and 5 一般公共预算财政拨款支出决算表: 合计 | 基本支出 | 项目支出
        String[][] spending = {
            {"", "2,940.05", "2,336.91", "603.14"},
            {"201", "2,106.66", "1,503.52", "603.14"},
            {"20106", "2,106.66", "1,503.52", "603.14"},
            {"2010601", "1,511.89", "1,503.52", "8.37"},
            {"2010602", "10.00", "", "10.00"},
            {"2010607", "135.25", "", "135.25"},
            {"2010608", "449.52", "", "449.52"},
            {"208", "326.72", "326.72", ""},
            {"20805", "326.72", "326.72", ""},
            {"2080501", "84.65", "84.65", ""},
            {"2080505", "160.75", "160.75", ""},
            {"2080506", "80.38", "80.38", ""},
            {"2080599", "0.94", "0.94", ""},
            {"210", "60.99", "60.99", ""},
            {"21011", "60.99", "60.99", ""},
            {"2101101", "60.99", "60.99", ""},
            {"221", "445.69", "445.69", ""},
            {"22102", "445.69", "445.69", ""},
            {"2210201", "187.19", "187.19", ""},
            {"2210203", "258.50", "258.50", ""}
        };
        FinalStatement<SpendingColumn> t3 = statements.expenditureStatement();
        FinalStatement<GeneralPublicColumn> t5 = statements.generalPublicStatement();
        assertThat(t3.rows()).hasSize(spending.length);
        assertThat(t5.rows()).hasSize(spending.length);
        for (String[] r : spending) {
            Row<SpendingColumn> row = r[0].isEmpty() ? t3.total() : t3.row(r[0]).orElseThrow();
            cell("3/" + r[0] + "/合计", r[1], row.get(SpendingColumn.TOTAL));
            cell("3/" + r[0] + "/基本支出", r[2], row.get(SpendingColumn.BASIC));
            cell("3/" + r[0] + "/项目支出", r[3], row.get(SpendingColumn.PROJECT));
            for (SpendingColumn c : List.of(
                    SpendingColumn.REMITTANCE_TO_SUPERIOR,
                    SpendingColumn.OPERATING,
                    SpendingColumn.SUBSIDY_TO_SUBORDINATES)) {
                cell("3/" + r[0] + "/" + c.chineseName(), "", row.get(c));
            }
            Row<GeneralPublicColumn> gp =
                    r[0].isEmpty() ? t5.total() : t5.row(r[0]).orElseThrow();
            cell("5/" + r[0] + "/合计", r[1], gp.get(GeneralPublicColumn.TOTAL));
            cell("5/" + r[0] + "/基本支出", r[2], gp.get(GeneralPublicColumn.BASIC));
            cell("5/" + r[0] + "/项目支出", r[3], gp.get(GeneralPublicColumn.PROJECT));
        }

        // 4 财政拨款收入支出决算总表
        var f = statements.fiscalSummary();
        cell("4/一般公共预算财政拨款(收入)", "2,940.05", f.revenue().get(Fund.GENERAL_PUBLIC));
        cell("4/政府性基金预算财政拨款(收入)", "", f.revenue().get(Fund.GOVERNMENT_FUND));
        cell("4/国有资本经营预算财政拨款(收入)", "", f.revenue().get(Fund.STATE_CAPITAL));
        cell("4/本年收入合计", "2,940.05", f.revenueTotal());
        String[] fiscalFigures = {"2,106.66", "326.71", "60.99", "445.69"};
        for (int i = 0; i < CLASSES.length; i++) {
            Row<FiscalColumn> row = f.classes().row(CLASSES[i]).orElseThrow();
            cell("4/" + CLASSES[i] + "/合计", fiscalFigures[i], row.get(FiscalColumn.TOTAL));
            cell("4/" + CLASSES[i] + "/一般公共预算财政拨款", fiscalFigures[i], row.get(FiscalColumn.GENERAL_PUBLIC));
            cell("4/" + CLASSES[i] + "/政府性基金预算财政拨款", "", row.get(FiscalColumn.GOVERNMENT_FUND));
            cell("4/" + CLASSES[i] + "/国有资本经营预算财政拨款", "", row.get(FiscalColumn.STATE_CAPITAL));
        }
        cell("4/本年支出合计/合计", "2,940.05", f.classes().total().get(FiscalColumn.TOTAL));
        cell("4/本年支出合计/一般公共预算财政拨款", "2,940.05", f.classes().total().get(FiscalColumn.GENERAL_PUBLIC));
        cell("4/年初财政拨款结转和结余", "21.63", f.openingTotal());
        cell("4/年初/一般公共预算财政拨款", "21.63", f.opening().get(Fund.GENERAL_PUBLIC));
        cell("4/年初/政府性基金预算财政拨款", "", f.opening().get(Fund.GOVERNMENT_FUND));
        cell("4/年初/国有资本经营预算财政拨款", "", f.opening().get(Fund.STATE_CAPITAL));
        cell("4/年末财政拨款结转和结余/合计", "21.63", f.closingTotal());
        cell("4/年末/一般公共预算财政拨款", "21.63", f.closing().get(Fund.GENERAL_PUBLIC));
        cell("4/总计(收入)", "2,961.68", f.revenueGrandTotal());
        cell("4/总计(支出)/合计", "2,961.68", f.expenditureGrandTotal());
        cell(
                "4/总计(支出)/一般公共预算财政拨款",
                "2,961.68",
                f.classes()
                        .total()
                        .get(FiscalColumn.GENERAL_PUBLIC)
                        .plus(f.closing().get(Fund.GENERAL_PUBLIC)));

        // 6 一般公共预算财政拨款基本支出决算表: every 款 printed (blank where zero), 人员经费合计, 公用经费合计
        String[][] economic = {
            {"301", "2,082.85"},
            {"30101", "262.33"},
            {"30102", "1,238.58"},
            {"30103", ""},
            {"30106", ""},
            {"30107", ""},
            {"30108", "160.75"},
            {"30109", "80.38"},
            {"30110", "60.99"},
            {"30111", ""},
            {"30112", "1.61"},
            {"30113", "187.19"},
            {"30114", ""},
            {"30199", "91.03"},
            {"303", "69.41"},
            {"30301", ""},
            {"30302", "69.10"},
            {"30303", ""},
            {"30304", ""},
            {"30305", ""},
            {"30307", ""},
            {"30308", ""},
            {"30309", "0.31"},
            {"30310", ""},
            {"30399", ""},
            {"302", "171.07"},
            {"30201", "21.21"},
            {"30202", "7.61"},
            {"30203", ""},
            {"30204", "0.09"},
            {"30205", ""},
            {"30206", ""},
            {"30207", "4.88"},
            {"30208", ""},
            {"30209", ""},
            {"30211", "1.20"},
            {"30212", ""},
            {"30213", "2.83"},
            {"30214", ""},
            {"30215", ""},
            {"30216", "4.05"},
            {"30217", ""},
            {"30218", ""},
            {"30224", ""},
            {"30225", ""},
            {"30226", "2.01"},
            {"30227", ""},
            {"30228", "24.42"},
            {"30229", "42.77"},
            {"30231", ""},
            {"30239", "48.49"},
            {"30240", ""},
            {"30299", "11.53"},
            {"310", "13.58"},
            {"31001", ""},
            {"31002", "13.58"},
            {"31003", ""},
            {"31007", ""},
            {"31013", ""},
            {"31019", ""},
            {"31022", ""},
            {"31099", ""}
        };
        FinalStatement<BasicColumn> t6 = statements.basicStatement().table();
        for (String[] r : economic) {
            Row<BasicColumn> row = t6.row(r[0]).orElseThrow(() -> new AssertionError("no row " + r[0]));
            cell("6/" + r[0], r[1], row.get(BasicColumn.AMOUNT));
        }
        cell("6/人员经费合计", "2,152.26", statements.basicStatement().personnel());
        cell("6/公用经费合计", "184.65", statements.basicStatement().publicUse());

        // 7 财政拨款“三公”经费支出决算表: 预算数 | 决算数 of 合计, each item and 公务用车 小计
        var t7 = statements.threePublicStatement();
        cell("7/合计/预算数", "0.95", t7.totalBudgeted());
        cell("7/合计/决算数", "", t7.totalSpent());
        cell("7/公务用车购置及运行费/预算数", "", t7.vehiclesBudgeted());
        cell("7/公务用车购置及运行费/决算数", "", t7.vehiclesSpent());
        for (ThreePublicHeading item : ThreePublicHeading.values()) {
            cell(
                    "7/" + item.chineseName() + "/预算数",
                    item == ThreePublicHeading.RECEPTION ? "0.95" : "",
                    t7.budgeted().get(item));
            cell("7/" + item.chineseName() + "/决算数", "", t7.spent().get(item));
        }

        // 8, 9: no data (…故本表无数据)
        assertThat(statements.governmentFundStatement().isEmpty()).isTrue();
        assertThat(statements.stateCapitalStatement().isEmpty()).isTrue();

        // the totals the publication rounded on its own; every other printed cell is equal
        assertThat(differences)
                .containsExactly(
                        Map.entry("1/一般公共预算财政拨款收入", "2,940.05 → 2940.06"),
                        Map.entry("1/208", "326.71 → 326.72"),
                        Map.entry("1/本年收入合计", "2,946.25 → 2946.26"),
                        Map.entry("1/本年支出合计", "2,940.05 → 2940.06"),
                        Map.entry("1/总计(收入)", "2,995.39 → 2995.40"),
                        Map.entry("1/总计(支出)", "2,995.39 → 2995.40"),
                        Map.entry("2//本年收入合计", "2,946.25 → 2946.26"),
                        Map.entry("2//财政拨款收入", "2,940.05 → 2940.06"),
                        Map.entry("3//合计", "2,940.05 → 2940.06"),
                        Map.entry("3//基本支出", "2,336.91 → 2336.92"),
                        Map.entry("5//合计", "2,940.05 → 2940.06"),
                        Map.entry("5//基本支出", "2,336.91 → 2336.92"),
                        Map.entry("4/一般公共预算财政拨款(收入)", "2,940.05 → 2940.06"),
                        Map.entry("4/本年收入合计", "2,940.05 → 2940.06"),
                        Map.entry("4/208/合计", "326.71 → 326.72"),
                        Map.entry("4/208/一般公共预算财政拨款", "326.71 → 326.72"),
                        Map.entry("4/本年支出合计/合计", "2,940.05 → 2940.06"),
                        Map.entry("4/本年支出合计/一般公共预算财政拨款", "2,940.05 → 2940.06"),
                        Map.entry("4/总计(收入)", "2,961.68 → 2961.69"),
                        Map.entry("4/总计(支出)/合计", "2,961.68 → 2961.69"),
                        Map.entry("4/总计(支出)/一般公共预算财政拨款", "2,961.68 → 2961.69"),
                        Map.entry("6/301", "2,082.85 → 2082.86"),
                        Map.entry("6/302", "171.07 → 171.09"),
                        Map.entry("6/人员经费合计", "2,152.26 → 2152.27"),
                        Map.entry("6/公用经费合计", "184.65 → 184.67"));
        for (String where : differences.keySet()) {
            BigDecimal printed =
                    new BigDecimal(differences.get(where).split(" → ")[0].replace(",", ""));
            BigDecimal computed = new BigDecimal(differences.get(where).split(" → ")[1]);
            assertThat(computed.subtract(printed).abs()).as(where).isLessThanOrEqualTo(new BigDecimal("0.02"));
        }
        System.out.println("FinalAccountsReferenceTest: " + compared.size() + " printed cells compared ("
                + (compared.size() - differences.size()) + " equal, " + differences.size()
                + " totals rounded on their own), " + blank + " blank cells zero");
        assertThat(compared).hasSize(195);
        assertThat(blank).isEqualTo(274);
    }

    @Test
    void oneFigurePrintsOneWayInEveryStatement() {
        // 社会保障和就业支出: 326.72 in the 收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表 and
        // 一般公共预算财政拨款支出决算表 (the reference printed 326.71 in two of them)
        Amount social = amount("326.72");
        assertThat(statements.summary().classes().get(FunctionCode.of("208"))).isEqualTo(social);
        assertThat(statements.revenueStatement().row("208").orElseThrow().get(RevenueColumn.TOTAL))
                .isEqualTo(social);
        assertThat(statements.expenditureStatement().row("208").orElseThrow().get(SpendingColumn.TOTAL))
                .isEqualTo(social);
        assertThat(statements.fiscalSummary().classes().row("208").orElseThrow().get(FiscalColumn.TOTAL))
                .isEqualTo(social);
        assertThat(statements.generalPublicStatement().row("208").orElseThrow().get(GeneralPublicColumn.TOTAL))
                .isEqualTo(social);
        // and every 类 of the 支出决算表 is the same number in every table that shows it
        for (String code : CLASSES) {
            Amount spent =
                    statements.expenditureStatement().row(code).orElseThrow().get(SpendingColumn.TOTAL);
            assertThat(statements.summary().classes().get(FunctionCode.of(code)))
                    .isEqualTo(spent);
            assertThat(statements
                            .fiscalSummary()
                            .classes()
                            .row(code)
                            .orElseThrow()
                            .get(FiscalColumn.TOTAL))
                    .isEqualTo(spent);
            assertThat(statements
                            .generalPublicStatement()
                            .row(code)
                            .orElseThrow()
                            .get(GeneralPublicColumn.TOTAL))
                    .isEqualTo(spent);
        }
        // the 财政拨款 total the narrative states is the table's (the reference said 0.3万元)
        assertThat(statements.figures().computed(StatedFigure.FISCAL_GRAND_TOTAL))
                .isEqualTo(statements.fiscalSummary().revenueGrandTotal());
        assertThat(printed(statements.fiscalSummary().revenueGrandTotal())).isEqualTo("2,961.69");
    }

    @Test
    void theNarrativeFiguresAreComputedOnce() {
        var n = statements.figures();
        assertThat(n.fiscalRevenueShare()).contains(new BigDecimal("99.79"));
        assertThat(n.revenueShare(RevenueColumn.OTHER)).contains(new BigDecimal("0.21"));
        assertThat(n.spendingShare(SpendingColumn.BASIC)).contains(new BigDecimal("79.49"));
        assertThat(n.spendingShare(SpendingColumn.PROJECT)).contains(new BigDecimal("20.51"));
        assertThat(n.generalPublicShare()).contains(new BigDecimal("100.00"));
        // the reference prints 71.73% for 一般公共服务支出: 2,106.66 of 2,940.05 is 71.65%
        assertThat(n.generalPublicClassShares())
                .containsExactly(
                        Map.entry(FunctionCode.of("201"), new BigDecimal("71.65")),
                        Map.entry(FunctionCode.of("208"), new BigDecimal("11.11")),
                        Map.entry(FunctionCode.of("210"), new BigDecimal("2.07")),
                        Map.entry(FunctionCode.of("221"), new BigDecimal("15.16")));
        assertThat(n.openingBudgetTotal()).contains(amount("2993.93"));
        assertThat(n.completion()).contains(new BigDecimal("98.20"));
        assertThat(n.lines()).hasSize(11);
        assertThat(n.lines().get(0).completion()).contains(new BigDecimal("96.91"));
        assertThat(n.lines().get(1).comparedWithBudget()).contains(0);
        var total = n.change(LastYearFigure.GRAND_TOTAL).orElseThrow();
        assertThat(total.difference()).isEqualTo(amount("-56.94"));
        assertThat(total.percent()).contains(new BigDecimal("-1.87"));
        var operating = n.change(LastYearFigure.OPERATING_COSTS).orElseThrow();
        assertThat(operating.difference()).isEqualTo(amount("2.55"));
        assertThat(operating.percent()).contains(new BigDecimal("1.40"));
        assertThat(n.change(LastYearFigure.FISCAL_GRAND_TOTAL)).isEmpty(); // not stated: not compared
        // “三公”: 公务接待费 0.00 of 0.95 is 0.00%; items without a budget have no completion (not "0%")
        var t7 = statements.threePublicStatement();
        assertThat(t7.completion(ThreePublicHeading.RECEPTION)).contains(new BigDecimal("0.00"));
        assertThat(t7.completion(ThreePublicHeading.OVERSEAS)).isEmpty();
        assertThat(n.change(LastYearFigure.THREE_PUBLIC_RECEPTION).orElseThrow().direction())
                .isEqualTo(org.budgetdisclosure.model.statements.Change.Direction.SAME);
        assertThat(accounts.procurement().orElseThrow().total()).isEqualTo(amount("251.26"));
        assertThat(accounts.composition()).hasSize(3);
    }

    @Test
    void theReferenceValidatesWithTheWarningsOfItsRounding() {
        ValidationReport report = FinalAccountsValidator.validate(accounts);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(Finding::rule)
                .containsExactly("tables.basic", "operating-costs.public-use");
        assertThat(report.warnings().get(0).expected()).isEqualTo("2336.92");
        assertThat(report.warnings().get(0).actual()).isEqualTo("2336.94");
    }

    @Test
    void theReferenceDefectsAreFindings() {
        // "财政拨款收入支出总计0.3万元" and "占71.73%" stated against the facts
        FinalAccounts stated = accounts.toBuilder()
                .stated(StatedFigure.FISCAL_GRAND_TOTAL, amount("0.3"))
                .stated(
                        org.budgetdisclosure.model.finalaccounts.StatedPercentage.GENERAL_PUBLIC_SHARE,
                        new BigDecimal("99.00"))
                .build();
        ValidationReport report = FinalAccountsValidator.validate(stated);
        assertThat(report.errors())
                .extracting(Finding::location)
                .containsExactly("statedFigures.FISCAL_GRAND_TOTAL", "statedPercentages.GENERAL_PUBLIC_SHARE");
        assertThat(report.errors().get(0).expected()).isEqualTo("2961.69");
        // the same facts without the declared rounding: the two classifications of 基本支出 must agree exactly
        assertThat(FinalAccountsValidator.validate(
                                accounts.toBuilder().rounded(false).build())
                        .errors())
                .extracting(Finding::rule)
                .containsExactly("tables.basic");
        assertThat(EconomicCode.of("30110")).isNotNull();
    }
}
