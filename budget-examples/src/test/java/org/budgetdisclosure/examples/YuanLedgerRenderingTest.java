package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.AmountStyles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A budget kept in 元 the size of a Shanghai department (nine- and ten-digit figures with cents, several 类),
 * rendered with tables in 元 (separators, two decimals) and the narrative in 万元, and with everything in 万元 (the
 * Hebei profile's own styles). Read back from PDF (PDFBox), DOCX (POI) and HTML (jsoup): every narrative figure is
 * the matching table figure converted and rounded once, every figure of the PDF's tables is whole on one line,
 * and a printed total is the rounded exact total, not the sum of the rounded lines.
 */
class YuanLedgerRenderingTest {

    private static final AmountStyle WAN = AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 2);
    private static final AmountStyles YUAN_TABLES = new AmountStyles(
            AmountStyle.of(MoneyUnit.YUAN, 2).withGrouping(true).withZero(AmountStyle.Zero.BLANK), WAN);
    private static final Pattern FIGURE = Pattern.compile("-?\\d{1,3}(,\\d{3})*\\.\\d{2}|-?\\d+\\.\\d{2}");

    /** A large department in 元: 12345.675 万元 and 4567.895 万元 lines make rounded parents differ from sums. */
    static Budget shanghaiSized() {
        return Budget.builder()
                .department("035", "上海市某某管理局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .unit(MoneyUnit.YUAN)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "123456750.00")
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "45678950.00")
                .appropriation("2010150", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "1897675513.37")
                .appropriation("2050101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "356789012.49")
                .appropriation("2080501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "24567865.55")
                .appropriation("2101101", RevenueSource.GOVERNMENT_FUND_BUDGET, ExpenditureType.PROJECT, "98765432.18")
                .appropriation("2130101", RevenueSource.OTHER_REVENUE, ExpenditureType.BASIC, "12345678.91")
                .appropriation("2210201", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "7654321.05")
                .appropriation("2120101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "1234567890.12")
                // table 6 adds up to the 一般公共预算 basic lines: 169,135,700.00
                .basicExpenditure("30101", "98765432.10")
                .basicExpenditure("30102", "23456789.01")
                .basicExpenditure("30201", "30000000.55")
                .basicExpenditure("30231", "16913478.34")
                .threePublic(ThreePublicItem.VEHICLE_OPERATION, Fund.GENERAL_PUBLIC, "1234567.89")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "234567.01")
                .threePublic(ThreePublicItem.OVERSEAS_OTHER, Fund.GENERAL_PUBLIC, "345678.99")
                // 公用经费 28.89 元 below this year's: too small to print in 万元, it reads 与上年持平
                .priorYear(new PriorYear(
                        Amount.yuan("2156913450.50"),
                        Amount.yuan("110000000.00"),
                        Amount.yuan("46913450.00"),
                        Amount.yuan("2000000000.50"),
                        Map.of(ThreePublicItem.VEHICLE_OPERATION, Amount.yuan("1000000.00")),
                        Map.of(Comparison.PERSONNEL, "人员增加")))
                .build();
    }

    private static final Budget BUDGET = shanghaiSized();

    /** A narrative figure and the table cell it is read from: table, row label, index of the figure in the row. */
    private record Link(String narrative, int table, String row, int figure) {}

    private static final List<Link> LINKS = List.of(
            new Link("本年度预算收入([-\\d,.]+)万元", 1, "本年收入合计", 0),
            new Link("本年度预算支出([-\\d,.]+)万元", 1, "本年支出合计", 1),
            new Link("其中：基本支出([-\\d,.]+)万元", 3, "合计", 1),
            new Link("人员经费([-\\d,.]+)万元", 6, "合计", 1),
            new Link("日常公用经费([-\\d,.]+)万元", 6, "合计", 2),
            new Link("；项目支出([-\\d,.]+)万元", 3, "合计", 2),
            new Link("“三公”经费预算安排([-\\d,.]+)万元", 9, "合计", 0));

    @Test
    void tablesInYuanNarrativeInWan() throws IOException {
        Disclosure d = Disclosure.of(BUDGET, RenderOptions.defaults().withAmountStyles(YUAN_TABLES));
        assertThat(d.validation().hasErrors()).isFalse();
        checkEveryFormat(d, MoneyUnit.YUAN);
    }

    @Test
    void everythingInWanByTheProfilesOwnStyles() throws IOException {
        Disclosure d = Disclosure.of(BUDGET);
        checkEveryFormat(d, MoneyUnit.TEN_THOUSAND_YUAN);
        // a printed 款 of table 3 is its rounded exact total, not the sum of its printed 项:
        // 20101 holds 12345.675 + 4567.895 + 189767.551337 万元 = 206681.121337, printed 206681.12,
        // while its printed lines 12345.68 + 4567.90 + 189767.55 add up to 206681.13
        String html = new String(d.bytes(Format.HTML), StandardCharsets.UTF_8);
        String parent = null;
        BigDecimal sumOfPrinted = BigDecimal.ZERO;
        for (Element tr : Jsoup.parse(html).getElementById("table-3").select("tbody tr")) {
            String code = tr.select("td").get(1).text().strip();
            String total = tr.select("td").get(3).text().strip();
            if (code.equals("20101")) {
                parent = total;
            } else if (code.startsWith("20101")) {
                sumOfPrinted = sumOfPrinted.add(new BigDecimal(total));
            }
        }
        Amount exact = d.statements().expenditure().row("20101").orElseThrow().get(ExpenditureColumn.TOTAL);
        assertThat(parent).isEqualTo("206681.12").isEqualTo(WAN.format(exact));
        assertThat(sumOfPrinted).isEqualByComparingTo("206681.13");
        assertThat(html).doesNotContain("万元万元").contains("单位：万元");
    }

    private static void checkEveryFormat(Disclosure d, MoneyUnit tableUnit) throws IOException {
        String unitHeading = "单位：" + tableUnit.chineseName();
        // PDF
        try (PDDocument pdf = Loader.loadPDF(d.bytes(Format.PDF))) {
            List<String> pages = ReadBack.pdfPages(pdf);
            String all = String.join("\n", pages).replaceAll("\\s+", "");
            checkLinks(all, (table, row) -> pdfRow(pages, table, row), tableUnit, "PDF");
            assertThat(String.join("", pages)).contains(unitHeading);
            everyFigureWholeOnOneLine(d, pages);
        }
        // DOCX
        try (XWPFDocument docx = ReadBack.docx(d.bytes(Format.DOCX))) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : docx.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
            checkLinks(
                    text.toString().replaceAll("\\s+", ""),
                    (table, row) -> docxRow(docx, table, row),
                    tableUnit,
                    "DOCX");
            assertThat(text).contains(unitHeading);
        }
        // HTML
        org.jsoup.nodes.Document html = ReadBack.html(d.bytes(Format.HTML));
        checkLinks(
                html.select("p").text().replaceAll("\\s+", ""),
                (table, row) -> htmlRow(html, table, row),
                tableUnit,
                "HTML");
        assertThat(html.getElementById("table-1").select(".heading-line span").eachText())
                .contains(unitHeading);
    }

    /** Every linked narrative figure equals its table figure converted to 万元 and rounded once. */
    private static void checkLinks(
            String narrative, BiFunction<Integer, String, List<String>> row, MoneyUnit tableUnit, String format) {
        assertThat(narrative)
                .as(format)
                .doesNotContain("元元")
                .doesNotContain("增加0.00")
                .doesNotContain("减少0.00")
                .contains("日常公用经费与上年持平")
                .contains("人员经费增加1222.22万元");
        for (Link link : LINKS) {
            Matcher m = Pattern.compile(link.narrative()).matcher(narrative);
            assertThat(m.find())
                    .as("%s narrative has %s", format, link.narrative())
                    .isTrue();
            String printed = m.group(1);
            List<String> cells = row.apply(link.table(), link.row());
            assertThat(cells)
                    .as("%s table %d row %s", format, link.table(), link.row())
                    .hasSizeGreaterThan(link.figure());
            Amount tableFigure =
                    Amount.of(new BigDecimal(cells.get(link.figure()).replace(",", "")), tableUnit);
            assertThat(printed)
                    .as("%s: %s against table %d %s", format, link.narrative(), link.table(), link.row())
                    .isEqualTo(WAN.format(tableFigure));
            if (tableUnit == MoneyUnit.YUAN) {
                assertThat(cells.get(link.figure()))
                        .as("table figures in 元 carry separators")
                        .contains(",");
            }
        }
    }

    // ---- PDF ---------------------------------------------------------------------------------------------

    /** The table a page shows: the last title seen on it or on the pages before, 0 for other pages. */
    private static int tableOf(List<String> pages, int page) {
        for (int p = page; p >= 0; p--) {
            String text = pages.get(p).replaceAll("\\s+", "");
            if (text.contains("第一部分") || text.contains("第二部分")) {
                return 0;
            }
            for (int t = 9; t >= 1; t--) {
                if (text.contains(ReferenceRendering.TITLES.get(t - 1)
                        + BUDGET.department().label())) {
                    return t;
                }
            }
            if (p < page && !text.contains("栏次")) {
                return 0;
            }
        }
        return 0;
    }

    private static List<String> pdfRow(List<String> pages, int table, String label) {
        for (int p = 0; p < pages.size(); p++) {
            if (tableOf(pages, p) != table) {
                continue;
            }
            for (String line : pages.get(p).split("\\R")) {
                String flat = line.replaceAll("\\s+", "");
                if (flat.contains(label) && FIGURE.matcher(line).find()) {
                    return figures(line);
                }
            }
        }
        return List.of();
    }

    private static List<String> figures(String line) {
        List<String> out = new ArrayList<>();
        for (String token : line.trim().split("\\s+")) {
            if (FIGURE.matcher(token).matches()) {
                out.add(token);
            }
        }
        return out;
    }

    /**
     * Every figure of every table of the document appears whole on one line of its table's pages, in reading
     * order, and no other figure or fragment does: a figure split over two lines would leave a fragment.
     */
    private static void everyFigureWholeOnOneLine(Disclosure d, List<String> pages) {
        List<Table> tables = d.document().blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .limit(9)
                .toList();
        for (int t = 1; t <= 9; t++) {
            List<String> expected = new ArrayList<>();
            for (Table.Row row : tables.get(t - 1).body()) {
                for (Cell cell : row.cells()) {
                    if (cell.figure().isPresent() && !cell.text().isEmpty()) {
                        expected.add(cell.text());
                    }
                }
            }
            List<String> found = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (tableOf(pages, p) == t) {
                    for (String line : pages.get(p).split("\\R")) {
                        for (String token : line.trim().split("\\s+")) {
                            if (token.matches("[-\\d,.]*\\d[-\\d,.]*")
                                    && (token.contains(".") || token.contains(","))) {
                                found.add(token);
                            }
                        }
                    }
                }
            }
            assertThat(found)
                    .as("figures of table %d, each whole on one line, in reading order", t)
                    .isEqualTo(expected);
        }
    }

    // ---- DOCX and HTML -----------------------------------------------------------------------------------

    private static List<String> docxRow(XWPFDocument docx, int table, String label) {
        XWPFTable t = docx.getTables().get(table - 1);
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells =
                    row.getTableCells().stream().map(c -> c.getText().strip()).toList();
            int at = labelAt(cells, label);
            List<String> figures =
                    cells.stream().filter(c -> FIGURE.matcher(c).matches()).toList();
            if (at >= 0 && !figures.isEmpty()) {
                return figures;
            }
        }
        return List.of();
    }

    private static List<String> htmlRow(org.jsoup.nodes.Document html, int table, String label) {
        for (Element tr : html.getElementById("table-" + table).select("tbody tr")) {
            List<String> cells =
                    tr.select("td").eachText().stream().map(String::strip).toList();
            int at = labelAt(cells, label);
            List<String> figures =
                    cells.stream().filter(c -> FIGURE.matcher(c).matches()).toList();
            if (at >= 0 && !figures.isEmpty()) {
                return figures;
            }
        }
        return List.of();
    }

    private static int labelAt(List<String> cells, String label) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).replaceAll("\\s+", "").equals(label)) {
                return i;
            }
        }
        return -1;
    }

    // ---- fitting -----------------------------------------------------------------------------------------

    @Test
    void aTableThatCannotFitItsFiguresIsRefusedClearly() {
        AmountStyles huge = new AmountStyles(AmountStyle.of(MoneyUnit.YUAN, 4).withGrouping(true), WAN);
        Budget wide = BUDGET.toBuilder()
                .appropriation("2010103", RevenueSource.OPERATING_REVENUE, ExpenditureType.OPERATING, "987654321098.76")
                .appropriation(
                        "2010104", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.OPERATING, "987654321098.76")
                .appropriation("2010105", RevenueSource.SUPERIOR_SUBSIDY, ExpenditureType.OPERATING, "987654321098.76")
                .appropriation(
                        "2010106", RevenueSource.SUBORDINATE_REMITTANCE, ExpenditureType.OPERATING, "987654321098.76")
                .appropriation(
                        "2010107", RevenueSource.FISCAL_SPECIAL_ACCOUNT, ExpenditureType.OPERATING, "987654321098.76")
                .build();
        assertThatThrownBy(() -> Disclosure.of(wide, RenderOptions.defaults().withAmountStyles(huge)))
                .isInstanceOf(TableTooWideException.class)
                .hasMessageContaining("cannot fit its figures")
                .hasMessageContaining(" pt");
    }
}
