package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.Test;

/**
 * The 上海市普陀区财政局 2024 决算 rendered from its file in the bundled layout {@code shanghai-2024-final-accounts}
 * and read back from HTML (jsoup), DOCX (POI) and PDF (PDFBox), against the published document
 * ({@code reference/shanghai-putuo-finance-bureau-2024-final.txt}): every amount of its nine tables, every 万元 and %
 * figure of its 决算情况说明, the nine titles, the four parts and the eleven sections.
 *
 * <p>Figures are compared as multisets of values: each figure the reference prints n times is printed at least n
 * times. Where ours differs it is listed here with its reason: the totals the publication rounded on their own
 * (docs/final-accounts.md: ours is the sum of the printed parts), and the defects of the reference, not reproduced.
 */
class ShanghaiFinalAccountsFidelityTest {

    static final Path FILE = Path.of("budgets", "shanghai-putuo-finance-bureau-2024-final.json");

    /** The totals the publication rounded on their own (25 cells), each replaced by the sum of its printed parts. */
    static final List<Object[]> TABLE_CORRECTIONS = List.of(
            new Object[] {"2946.25", "2946.26", 2}, // 本年收入合计 (tables 1, 2)
            new Object[] {"2940.05", "2940.06", 9}, // 本年支出合计, 财政拨款, 一般公共预算 totals (tables 1 to 5)
            new Object[] {"2995.39", "2995.40", 2}, // 总计 (table 1)
            new Object[] {"2961.68", "2961.69", 3}, // 财政拨款 总计 (table 4)
            new Object[] {"2336.91", "2336.92", 2}, // 基本支出 (tables 3, 5)
            new Object[] {"2082.85", "2082.86", 1}, // 301 (table 6)
            new Object[] {"171.07", "171.09", 1}, // 302 (table 6)
            new Object[] {"2152.26", "2152.27", 1}, // 人员经费合计
            new Object[] {"184.65", "184.67", 1}, // 公用经费合计
            new Object[] {"326.71", "326.72", 3}); // 社会保障和就业支出 (table 1, table 4 twice): beside 326.72

    /**
     * The narrative's figures that differ: the same rounded totals, the changes and shares computed from them, and
     * the reference's defects (to: null where the figure is not printed at all).
     */
    static final List<Object[]> NARRATIVE_CORRECTIONS = List.of(
            new Object[] {"2995.39", "2995.40", 1}, // 收入支出总计
            new Object[] {"56.95", "56.94", 1}, // its change on 2023: 3052.34 − 2995.40
            new Object[] {"2946.25", "2946.26", 1}, // 本年收入合计
            new Object[] {"2940.05", "2940.06", 5}, // 财政拨款收入, 本年支出合计, 一般公共预算 (3 times)
            new Object[] {"0.3", "2961.69", 1}, // defect: "财政拨款收入支出总计0.3万元" (the table says 2,961.68)
            new Object[] {"63.14", "63.13", 1}, // 一般公共预算 change on 2023: 3003.19 − 2940.06
            new Object[] {"2993.92", "2993.93", 1}, // 年初预算: the sum of its 项
            new Object[] {"2336.91", "2336.92", 1}, // 基本支出 of 三: by 功能 项, as tables 3 and 5
            new Object[] {"2336.91", "2336.94", 1}, // 基本支出 of 六: 人员经费 + 公用经费 (by economic 款)
            new Object[] {"2152.26", "2152.27", 1}, // 人员经费
            new Object[] {"184.65", "184.67", 1}, // 公用经费 (机关运行经费 stays 184.65, as stated)
            new Object[] {"251.25", "251.26", 1}, // 政府采购金额: 4.79 + 0 + 246.47
            new Object[] {"71.73", "71.65", 1}, // defect: 2,106.66 of 2,940.06 is 71.65%
            new Object[] {"2.07", "2.08", 1}, // the four shares of 一般公共预算 add to 100.00%
            new Object[] {"0", null, 2}); // defect: "完成预算的0%" for the two items without a budget

    static final List<String> TITLES = List.of(
            "收入支出决算总表",
            "收入决算表",
            "支出决算表",
            "财政拨款收入支出决算总表",
            "一般公共预算财政拨款支出决算表",
            "一般公共预算财政拨款基本支出决算表",
            "财政拨款“三公”经费支出决算表",
            "政府性基金预算财政拨款收入支出决算表",
            "国有资本经营预算财政拨款收入支出决算表");

    static final List<String> SECTIONS = List.of(
            "一、收入支出决算总体情况说明",
            "二、收入决算情况说明",
            "三、支出决算情况说明",
            "四、财政拨款收入支出决算总体情况说明",
            "五、一般公共预算财政拨款支出决算情况说明",
            "六、一般公共预算财政拨款基本支出决算情况说明",
            "七、财政拨款“三公”经费支出决算情况说明",
            "八、政府性基金预算财政拨款收入支出决算情况说明",
            "九、国有资本经营预算财政拨款收入支出决算情况说明",
            "十、预算绩效管理情况",
            "十一、其他重要事项的情况说明");

    static final List<String> PARTS =
            List.of("第一部分上海市普陀区财政局概况", "第二部分上海市普陀区财政局2024年度部门决算表", "第三部分上海市普陀区财政局2024年度部门决算情况说明", "第四部分名词解释");

    static final FinalDisclosure DISCLOSURE = disclosure();

    private static FinalDisclosure disclosure() {
        try {
            return FinalDisclosure.of(FinalAccountsFiles.read(FILE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String reference() throws IOException {
        try (InputStream in = ShanghaiFinalAccountsFidelityTest.class.getResourceAsStream(
                "/reference/shanghai-putuo-finance-bureau-2024-final.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<FinalAccountsText> outputs() throws IOException {
        return List.of(
                FinalAccountsText.html(DISCLOSURE.bytes(Format.HTML)),
                FinalAccountsText.docx(DISCLOSURE.bytes(Format.DOCX)),
                FinalAccountsText.pdf(DISCLOSURE.bytes(Format.PDF)));
    }

    private static Map<BigDecimal, Integer> counts(List<BigDecimal> values) {
        Map<BigDecimal, Integer> m = new TreeMap<>();
        values.forEach(v -> m.merge(v.stripTrailingZeros(), 1, Integer::sum));
        return m;
    }

    private static Map<BigDecimal, Integer> corrected(List<BigDecimal> reference, List<Object[]> corrections) {
        Map<BigDecimal, Integer> m = counts(reference);
        for (Object[] c : corrections) {
            BigDecimal from = new BigDecimal((String) c[0]).stripTrailingZeros();
            int n = (Integer) c[2];
            assertThat(m.getOrDefault(from, 0))
                    .as("the reference prints " + c[0] + " at least " + n + " times")
                    .isGreaterThanOrEqualTo(n);
            m.merge(from, -n, Integer::sum);
            if (c[1] != null) {
                m.merge(new BigDecimal((String) c[1]).stripTrailingZeros(), n, Integer::sum);
            }
        }
        m.values().removeIf(v -> v == 0);
        return m;
    }

    private static List<String> missing(Map<BigDecimal, Integer> expected, Map<BigDecimal, Integer> found) {
        List<String> missing = new ArrayList<>();
        expected.forEach((v, n) -> {
            if (found.getOrDefault(v, 0) < n) {
                missing.add(v.toPlainString() + " ×" + n + " (found " + found.getOrDefault(v, 0) + ")");
            }
        });
        return missing;
    }

    @Test
    void everyTableAmountOfTheReferenceIsPrintedInEveryFormat() throws IOException {
        String ref = reference();
        String tables =
                ref.substring(ref.lastIndexOf("第二部分 上海市普陀区财政局2024年度部门决算表"), ref.indexOf("第三部分上海市普陀区财政局2024年度部门决算情况"));
        List<BigDecimal> published = new FinalAccountsText(List.of(), List.of(tables.split("\\R"))).tableFigures();
        Map<BigDecimal, Integer> expected = corrected(published, TABLE_CORRECTIONS);
        System.out.println("final accounts fidelity: " + published.size() + " table amounts of the reference, "
                + expected.values().stream().mapToInt(Integer::intValue).sum() + " expected after corrections");
        for (FinalAccountsText out : outputs()) {
            assertThat(missing(expected, counts(out.tableFigures()))).isEmpty();
        }
    }

    @Test
    void everyAmountAndPercentageOfTheNarrativeIsPrintedInEveryFormat() throws IOException {
        String ref = reference();
        String narrative = ref.substring(ref.indexOf("第三部分上海市普陀区财政局2024年度部门决算情况"), ref.lastIndexOf("第四部分 名词解释"))
                .replaceAll("\\s", "");
        List<BigDecimal> money = FinalAccountsText.money(narrative);
        List<BigDecimal> percents = FinalAccountsText.percents(narrative);
        Map<BigDecimal, Integer> expectedMoney = corrected(
                money,
                NARRATIVE_CORRECTIONS.stream()
                        .filter(c -> !List.of("71.73", "2.07", "0").contains(c[0]))
                        .toList());
        Map<BigDecimal, Integer> expectedPercents = corrected(
                percents,
                NARRATIVE_CORRECTIONS.stream()
                        .filter(c -> List.of("71.73", "2.07", "0").contains(c[0]))
                        .toList());
        System.out.println("final accounts fidelity: " + money.size() + " 万元 figures and " + percents.size()
                + " percentages in the reference's narrative");
        for (FinalAccountsText out : outputs()) {
            String prose = out.prose();
            String ours = prose.substring(prose.lastIndexOf("第三部分"), prose.lastIndexOf("第四部分"));
            assertThat(missing(expectedMoney, counts(FinalAccountsText.money(ours))))
                    .as("万元")
                    .isEmpty();
            assertThat(missing(expectedPercents, counts(FinalAccountsText.percents(ours))))
                    .as("%")
                    .isEmpty();
        }
    }

    @Test
    void theNineTitlesTheFourPartsAndTheElevenSectionsInEveryFormat() throws IOException {
        for (FinalAccountsText out : outputs()) {
            String prose = out.prose();
            String all = prose + String.join("", out.cells()).replaceAll("\\s", "");
            for (String title : TITLES) {
                assertThat(all).contains(title);
            }
            for (String s : SECTIONS) {
                assertThat(prose).contains(s);
            }
            for (String p : PARTS) {
                assertThat(prose).contains(p);
            }
            assertThat(prose)
                    .contains(
                            "一、主要职能",
                            "二、部门决算单位构成",
                            "说明：上海市普陀区财政局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
                            "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
                            "十一、机关运行经费：");
            // the defects, not reproduced
            assertThat(prose).doesNotContain("0.3万元").doesNotContain("完成预算的0%").doesNotContain("71.73%");
        }
    }

    @Test
    void theContentsListTheFourPartsAndTheirEntriesInOrder() throws IOException {
        List<String> html =
                FinalAccountsText.html(DISCLOSURE.bytes(Format.HTML)).paragraphs();
        int contents = html.indexOf("目录");
        assertThat(contents).isNotNegative();
        List<String> entries = html.subList(contents + 1, contents + 1 + 2 + 2 + 1 + 9 + 1 + 11 + 1).stream()
                .map(s -> s.replaceAll("\\s", ""))
                .toList();
        assertThat(entries.get(0)).isEqualTo(PARTS.get(0));
        assertThat(entries.subList(4, 13)).containsExactlyElementsOf(TITLES);
        assertThat(entries.get(13)).isEqualTo(PARTS.get(2));
        assertThat(entries.subList(14, 25)).containsExactlyElementsOf(SECTIONS);
        assertThat(entries.get(25)).isEqualTo(PARTS.get(3));
    }

    /**
     * The “三公” table's header as the template draws it: 合计, 因公出国（境）费 and 公务接待费 each over the two rows
     * above their 预算数 / 决算数 pair, no blank header cell; in HTML (rowspan and colspan) and XLSX (merged blocks).
     */
    @Test
    void theThreePublicHeaderMergesItsThreeCellsOverTwoRows() throws IOException {
        var html = org.jsoup.Jsoup.parse(new String(DISCLOSURE.bytes(Format.HTML), StandardCharsets.UTF_8));
        var table = html.select("figure.table").stream()
                .filter(f -> f.text().contains("财政拨款“三公”经费支出决算表"))
                .findFirst()
                .orElseThrow()
                .selectFirst("table");
        var rows = table.select("thead tr");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).select("th").eachText()).containsExactly("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费");
        for (String merged : List.of("合计", "因公出国（境）费", "公务接待费")) {
            var th = rows.get(1).select("th").stream()
                    .filter(c -> c.text().equals(merged))
                    .findFirst()
                    .orElseThrow();
            assertThat(th.attr("rowspan")).as(merged).isEqualTo("2");
            assertThat(th.attr("colspan")).as(merged).isEqualTo("2");
        }
        assertThat(rows.get(2).select("th").eachText()).containsExactly("小计", "公务用车购置费", "公务用车运行维护费");
        assertThat(table.select("thead th").eachText()).doesNotContain("");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(DISCLOSURE.bytes(Format.XLSX)))) {
            var sheet = java.util.stream.IntStream.range(0, book.getNumberOfSheets())
                    .mapToObj(book::getSheetAt)
                    .filter(sh -> sh.getRow(0) != null
                            && sh.getRow(0).getCell(0).getStringCellValue().contains("三公"))
                    .findFirst()
                    .orElseThrow();
            long blocks = sheet.getMergedRegions().stream()
                    .filter(r -> r.getLastRow() - r.getFirstRow() == 1 && r.getLastColumn() - r.getFirstColumn() == 1)
                    .count();
            assertThat(blocks).isEqualTo(3);
        }
    }

    /**
     * No table's note (注：本表反映…) stands alone at the top of a PDF page: the page it is on shows rows of its
     * table above it (tables 4 and 6 of the reference file fill their page to within two lines of the foot).
     */
    @Test
    void noTableNoteStandsAloneOnAPdfPage() throws IOException {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(DISCLOSURE.bytes(Format.PDF))) {
            var strip = new org.apache.pdfbox.text.PDFTextStripper();
            strip.setSortByPosition(true); // top to bottom, as on the page
            int notes = 0;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                String text = strip.getText(pdf);
                int at = text.indexOf("注：本表反映");
                if (at >= 0) {
                    notes++;
                    // rows with figures, or (an empty fund table) the table's heading line
                    assertThat(text.substring(0, at))
                            .as("page " + p + " above its note")
                            .containsPattern("\\d\\.\\d\\d|单位：万元");
                }
            }
            assertThat(notes).isEqualTo(9);
        }
    }
}
