package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code hebei-2025} profile: table 1, 部门预算收支总表, as the 2025 Hebei layout prints it (五、单位资金;
 * 31 expenditure rows ending 三十一、人行科目, printed even when empty; closing rows 32 to 34), read back from the
 * PDF (PDFBox), the DOCX (POI) and the HTML (jsoup) row by row against rows worked out here from the budget's lines
 * (not from the statements): the 34 numbered rows, their labels, 单位资金 as the exact sum of its sources rounded
 * once, blank zero cells, and totals where 本年支出合计 exceeds 本年收入合计 by the carry-over. The other tables
 * are those of {@code hebei-2022}.
 */
class Hebei2025ProfileTest {

    private static final Profile HEBEI_2025 = Profile.of("hebei-2025");

    /** The left side: the five revenue rows. */
    private static final List<String> REVENUE =
            List.of("一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、财政专户管理资金收入", "五、单位资金");

    /** The right side: the 31 expenditure rows as printed, and the 类 each is fed by ("" for none). */
    private static final List<String> EXPENDITURE = List.of(
            "一、一般公共服务支出",
            "二、外交支出",
            "三、国防支出",
            "四、公共安全支出",
            "五、教育支出",
            "六、科学技术支出",
            "七、文化旅游体育与传媒支出",
            "八、社会保障和就业支出",
            "九、社会保险基金支出",
            "十、卫生健康支出",
            "十一、节能环保支出",
            "十二、城乡社区支出",
            "十三、农林水支出",
            "十四、交通运输支出",
            "十五、资源勘探工业信息等支出",
            "十六、商业服务业等支出",
            "十七、金融支出",
            "十八、援助其他地区支出",
            "十九、自然资源海洋气象等支出",
            "二十、住房保障支出",
            "二十一、粮油物资储备支出",
            "二十二、国有资本经营预算支出",
            "二十三、灾害防治及应急管理支出",
            "二十四、预备费",
            "二十五、其他支出",
            "二十六、转移性支出",
            "二十七、债务还本支出",
            "二十八、债务付息支出",
            "二十九、债务发行费用支出",
            "三十、抗疫特别国债安排的支出",
            "三十一、人行科目");

    private static final List<String> CLASSES = List.of(
            "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215",
            "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234",
            "");

    /**
     * A township-sized budget in 万元: money under eight 类 (one of them, 229, after the 21 of 2022; one, 212,
     * paid only from last year's carry-over), 事业收入, 事业单位经营收入, 上级补助收入 and 其他收入 for 单位资金, a
     * 财政专户 line, and the other 23 rows empty.
     */
    static Budget township() {
        return Budget.builder()
                .department("412", "某县某某镇人民政府", "某某镇", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "120.50")
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "30.00")
                .appropriation("2050101", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.BASIC, "45.25")
                .appropriation("2130101", RevenueSource.OTHER_REVENUE, ExpenditureType.PROJECT, "8.75")
                .appropriation("2080501", RevenueSource.FISCAL_SPECIAL_ACCOUNT, ExpenditureType.PROJECT, "12.00")
                .appropriation("2210201", RevenueSource.SUPERIOR_SUBSIDY, ExpenditureType.PROJECT, "5.00")
                .appropriation("2150517", RevenueSource.OPERATING_REVENUE, ExpenditureType.OPERATING, "3.00")
                .appropriation("2299999", RevenueSource.GOVERNMENT_FUND_BUDGET, ExpenditureType.PROJECT, "6.00")
                .appropriation(Appropriation.carryover(
                        "2120101", Fund.GENERAL_PUBLIC, ExpenditureType.PROJECT, Amount.wan("20.00")))
                .basicExpenditure("30101", "100.00")
                .basicExpenditure("30201", "20.50")
                .build();
    }

    /**
     * A ledger in 元 with ten-digit figures: 事业收入 123456.785 万元 and 其他收入 4567.895 万元 make 单位资金
     * 128024.68 万元, where their rounded figures would add up to 128024.69.
     */
    static Budget yuanLedger() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("412", "某县某某镇人民政府", "某某镇", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "1234567890.12")
                .appropriation(
                        "2050101", RevenueSource.PUBLIC_SERVICE_REVENUE, ExpenditureType.PROJECT, "1234567850.00")
                .appropriation("2130101", RevenueSource.OTHER_REVENUE, ExpenditureType.PROJECT, "45678950.00")
                .appropriation("2299999", RevenueSource.STATE_CAPITAL_BUDGET, ExpenditureType.PROJECT, "9876543210.98")
                .appropriation(Appropriation.carryover(
                        "2210201", Fund.GOVERNMENT_FUND, ExpenditureType.PROJECT, Amount.yuan("1000000000.01")))
                .build();
    }

    // ---- the rows table 1 must print, worked out from the lines ---------------------------------------------

    /** @return the 34 body rows of table 1, each its cells as printed: 序号, 项目, 预算数, 项目, 预算数 */
    static List<List<String>> expectedRows(Budget b) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal[] left = {
            sum(b, RevenueSource.GENERAL_PUBLIC_BUDGET), sum(b, RevenueSource.GOVERNMENT_FUND_BUDGET),
            sum(b, RevenueSource.STATE_CAPITAL_BUDGET), sum(b, RevenueSource.FISCAL_SPECIAL_ACCOUNT),
            unitFunds(b)
        };
        for (int i = 0; i < 31; i++) {
            String code = CLASSES.get(i);
            BigDecimal spent = code.isEmpty()
                    ? BigDecimal.ZERO
                    : b.appropriations().stream()
                            .filter(a -> a.functionCode().value().startsWith(code))
                            .map(a -> a.amount().value())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    i < 5 ? REVENUE.get(i) : "",
                    i < 5 ? printed(b, left[i]) : "",
                    EXPENDITURE.get(i),
                    printed(b, spent)));
        }
        BigDecimal carryover = sum(b, RevenueSource.PRIOR_YEAR_CARRYOVER);
        BigDecimal all =
                b.appropriations().stream().map(a -> a.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal current = all.subtract(carryover);
        rows.add(List.of("32", "本年收入合计", printed(b, current), "本年支出合计", printed(b, all)));
        rows.add(List.of("33", "上年结转结余", printed(b, carryover), "年终结转结余", ""));
        rows.add(List.of("34", "收入总计", printed(b, all), "支出总计", printed(b, all)));
        return rows;
    }

    private static BigDecimal sum(Budget b, RevenueSource source) {
        return b.appropriations().stream()
                .filter(a -> a.source() == source)
                .map(a -> a.amount().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 单位资金: 事业收入 + 事业单位经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入, exact. */
    private static BigDecimal unitFunds(Budget b) {
        return sum(b, RevenueSource.PUBLIC_SERVICE_REVENUE)
                .add(sum(b, RevenueSource.OPERATING_REVENUE))
                .add(sum(b, RevenueSource.SUPERIOR_SUBSIDY))
                .add(sum(b, RevenueSource.SUBORDINATE_REMITTANCE))
                .add(sum(b, RevenueSource.OTHER_REVENUE));
    }

    /** An exact figure of the ledger as table 1 prints it: 万元, two decimals, rounded half-up once, zero blank. */
    private static String printed(Budget b, BigDecimal exact) {
        if (exact.signum() == 0) {
            return "";
        }
        BigDecimal wan = b.unit() == MoneyUnit.YUAN ? exact.movePointLeft(4) : exact;
        return wan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // ---- the tests ------------------------------------------------------------------------------------------

    @Test
    void theExpectedRowsAreThoseOfThe2025Layout() {
        List<List<String>> rows = expectedRows(township());
        assertThat(rows).hasSize(34);
        assertThat(rows.get(4)).containsExactly("5", "五、单位资金", "62.00", "五、教育支出", "45.25");
        assertThat(rows.get(11)).containsExactly("12", "", "", "十二、城乡社区支出", "20.00");
        assertThat(rows.get(24)).containsExactly("25", "", "", "二十五、其他支出", "6.00");
        assertThat(rows.get(30)).containsExactly("31", "", "", "三十一、人行科目", "");
        assertThat(rows.subList(31, 34))
                .containsExactly(
                        List.of("32", "本年收入合计", "230.50", "本年支出合计", "250.50"),
                        List.of("33", "上年结转结余", "20.00", "年终结转结余", ""),
                        List.of("34", "收入总计", "250.50", "支出总计", "250.50"));
    }

    @Test
    void theProfileIsBundledAndListed() {
        assertThat(Profile.registered()).extracting(Profile::name).contains("hebei-2022", "hebei-2025");
        assertThat(HEBEI_2025.tableTitles()).isEqualTo(Profile.of("hebei-2022").tableTitles());
        assertThat(HEBEI_2025.description()).contains("2025");
    }

    @Test
    void htmlTableOneHasThe34RowsOf2025() {
        for (Budget b : List.of(township(), yuanLedger())) {
            Disclosure d = render(b);
            var html = ReadBack.html(d.bytes(Format.HTML));
            Element table = html.getElementById("table-1");
            assertThat(table.selectFirst("caption").text()).isEqualTo("部门预算收支总表");
            assertThat(table.select(".heading-line span").eachText()).containsExactly("412某某镇", "预算年度：2025", "单位：万元");
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : table.select("tbody tr")) {
                rows.add(tr.select("td").stream()
                        .map(e -> ReferenceRendering.normalize(e.text()))
                        .toList());
            }
            assertThat(rows).as("table 1 of a budget in %s", b.unit()).isEqualTo(expectedRows(b));
        }
    }

    @Test
    void docxTableOneHasThe34RowsOf2025() throws IOException {
        for (Budget b : List.of(township(), yuanLedger())) {
            try (XWPFDocument docx = ReadBack.docx(render(b).bytes(Format.DOCX))) {
                List<List<String>> rows = new ArrayList<>();
                List<String> header = new ArrayList<>();
                for (XWPFTableRow row : docx.getTables().get(0).getRows()) {
                    List<String> cells = row.getTableCells().stream()
                            .map(c -> ReferenceRendering.normalize(c.getText()))
                            .toList();
                    if (row.isRepeatHeader()) {
                        header.add(String.join("|", cells));
                    } else {
                        rows.add(cells);
                    }
                }
                assertThat(header).containsExactly("序号|收入|支出", "|项目|预算数|项目|预算数", "栏次|1|2|3|4");
                assertThat(rows).as("table 1 of a budget in %s", b.unit()).isEqualTo(expectedRows(b));
            }
        }
    }

    @Test
    void pdfTableOneHasThe34RowsOf2025() throws IOException {
        for (Budget b : List.of(township(), yuanLedger())) {
            try (PDDocument pdf = Loader.loadPDF(render(b).bytes(Format.PDF))) {
                PdfLines table = tableOneLines(pdf);
                List<String> expected = expectedRows(b).stream()
                        .map(row -> String.join("", row))
                        .toList();
                assertThat(table.lines())
                        .as("table 1 of a budget in %s, line by line", b.unit())
                        .isEqualTo(expected);
                assertThat(table.pages())
                        .as("its 34 rows and header stand on one page, as the 33 of 2022 do")
                        .hasSize(1);
            }
        }
    }

    @Test
    void unitFundsIsTheExactSumOfItsSourcesRoundedOnce() {
        Budget b = yuanLedger();
        Disclosure d = render(b);
        var summary = d.statements().budgetSummary();
        Amount sources = Amount.total(
                MoneyUnit.YUAN,
                List.of(
                        summary.revenue(RevenueSource.PUBLIC_SERVICE_REVENUE),
                        summary.revenue(RevenueSource.OPERATING_REVENUE),
                        summary.revenue(RevenueSource.SUPERIOR_SUBSIDY),
                        summary.revenue(RevenueSource.SUBORDINATE_REMITTANCE),
                        summary.revenue(RevenueSource.OTHER_REVENUE)));
        assertThat(sources.value()).isEqualByComparingTo("1280246800.00");
        List<String> row5 = expectedRows(b).get(4);
        // 123456.785 + 4567.895 万元 = 128024.68, not 123456.79 + 4567.90 = 128024.69
        assertThat(row5).containsExactly("5", "五、单位资金", "128024.68", "五、教育支出", "123456.79");
        var html = ReadBack.html(d.bytes(Format.HTML));
        assertThat(html.getElementById("table-1")
                        .select("tbody tr")
                        .get(4)
                        .select("td")
                        .get(2)
                        .text())
                .isEqualTo("128024.68");
        // the totals: 本年支出合计 exceeds 本年收入合计 by the carry-over; 收入总计 = 支出总计
        assertThat(summary.currentExpenditure().minus(summary.currentRevenue())).isEqualTo(summary.carryover());
        assertThat(summary.revenueTotal()).isEqualTo(summary.expenditureTotal());
        assertThat(d.validation().hasErrors()).isFalse();
    }

    @Test
    void theOtherTablesAndTheNarrativeAreThoseOfHebei2022() {
        Budget b = township();
        var ours = ReadBack.html(render(b).bytes(Format.HTML));
        var of2022 = ReadBack.html(Disclosure.of(b, RenderOptions.defaults().withProfile(Profile.of("hebei-2022")))
                .bytes(Format.HTML));
        for (int t = 2; t <= 9; t++) {
            assertThat(ours.getElementById("table-" + t).outerHtml())
                    .as("table %d", t)
                    .isEqualTo(of2022.getElementById("table-" + t).outerHtml());
        }
        assertThat(ours.select("h3").eachText())
                .isEqualTo(of2022.select("h3").eachText())
                .containsAll(ReferenceRendering.SECTIONS);
        // the 2022 table 1 lists nine sources and 30 类: the 2025 one is different
        assertThat(of2022.getElementById("table-1").select("tbody tr")).hasSize(33);
        assertThat(of2022.getElementById("table-1").text()).contains("九、其他收入").doesNotContain("单位资金");
    }

    /** Lines of a table read from a PDF, and the pages (from 1) they stand on. */
    private record PdfLines(List<String> lines, java.util.Set<Integer> pages) {}

    private static Disclosure render(Budget b) {
        return Disclosure.of(b, RenderOptions.defaults().withProfile(HEBEI_2025));
    }

    /**
     * The body lines of table 1 in the PDF, whitespace removed: from the line after its 栏次 row to the first line
     * that is no longer a numbered row (the page number, the next table); and the pages they stand on.
     */
    private static PdfLines tableOneLines(PDDocument pdf) throws IOException {
        List<String> texts = ReadBack.pdfPages(pdf);
        List<String> lines = new ArrayList<>();
        java.util.Set<Integer> pages = new java.util.TreeSet<>();
        boolean inTable = false;
        boolean body = false;
        for (int p = 1; p <= texts.size(); p++) {
            for (String line : texts.get(p - 1).split("\\R")) {
                String flat = ReferenceRendering.normalize(line);
                if (flat.equals("部门预算收支总表")) {
                    inTable = true;
                } else if (inTable && flat.startsWith("栏次")) {
                    body = true;
                } else if (body && flat.matches("\\d+\\D.*")) {
                    lines.add(flat);
                    pages.add(p);
                } else if (body && !flat.isEmpty() && !flat.matches("—\\d+—")) {
                    p = texts.size();
                    break;
                }
            }
        }
        return new PdfLines(lines, pages);
    }
}
