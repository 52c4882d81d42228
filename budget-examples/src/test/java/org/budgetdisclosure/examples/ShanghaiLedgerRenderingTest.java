package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A budget that is no reference, rendered with {@code shanghai-2025-department}: 元 with ten-digit figures and
 * cents, several 功能 类, a 政府性基金预算 table that is not empty, 其他收入. Every cell of the nine tables of the
 * document is read back from HTML (jsoup) and DOCX (POI) at its place, and from the PDF (PDFBox) as the rows'
 * lines, each figure whole on its line.
 */
class ShanghaiLedgerRenderingTest {

    private static final Budget BUDGET = YuanLedgerRenderingTest.shanghaiSized().toBuilder()
            .operatingCosts("16913478.34")
            // the facts chapters 二 and 六 print, which the profile requires
            .budgetUnit("某某局本部", org.budgetdisclosure.model.facts.DepartmentKind.ADMINISTRATIVE, true)
            .procurementTotals("1000000.00", "0.00", "2000000.00")
            .performanceTargets(1, "1897675513.37")
            .heldAssets(new org.budgetdisclosure.model.facts.AssetHoldings(
                    java.time.LocalDate.of(2024, 12, 31), java.util.Optional.empty(), java.util.OptionalInt.of(0)))
            .plannedAssets(new org.budgetdisclosure.model.facts.AssetPurchases(
                    java.util.Optional.empty(), java.util.OptionalInt.of(0)))
            .build();
    private static final Disclosure DISCLOSURE =
            Disclosure.of(BUDGET, RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department")));

    private static List<Table> tables() {
        return DISCLOSURE.document().blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .filter(t -> t.anchor().matches("table-\\d"))
                .toList();
    }

    private static List<List<String>> rows(Table t) {
        return t.body().stream()
                .map(r -> r.cells().stream().map(Cell::text).toList())
                .filter(r -> r.stream().anyMatch(c -> !c.isBlank()))
                .toList();
    }

    @Test
    void theTablesHoldTheLedgersFigures() {
        List<Table> tables = tables();
        assertThat(tables).hasSize(9);
        // several 类 with money on the right of table 1, the ten-digit figure with separators and cents
        assertThat(rows(tables.get(0)))
                .extracting(r -> r.get(2))
                .contains("一、一般公共服务支出", "二、教育支出", "七、住房保障支出")
                .noneMatch(l -> l.contains("国防"));
        assertThat(rows(tables.get(2)).get(0)).contains("201", "一般公共服务支出");
        assertThat(tables.get(2).body().stream()
                        .flatMap(r -> r.cells().stream())
                        .map(Cell::text))
                .contains("1,897,675,513.37");
        // the 政府性基金预算 table is not empty: 210 | 11 | 01 with its figure, no note
        assertThat(rows(tables.get(5)))
                .anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("210", "11", "01"));
        assertThat(rows(tables.get(5)).get(rows(tables.get(5)).size() - 1)).contains("合计", "98,765,432.18");
        assertThat(tables.get(5).notes()).isEmpty();
        // table 9 in 万元: the stated 机关运行经费 1691.35
        assertThat(rows(tables.get(8)).get(0)).endsWith("1,691.35");
    }

    @Test
    void everyCellReadsBackFromEveryFormat() throws IOException {
        List<Table> tables = tables();
        List<String> titles = tables.stream().map(Table::title).toList();
        int html = compare("HTML", ShanghaiRenderingCheck.html(DISCLOSURE), tables);
        int docx = compare("DOCX", ShanghaiRenderingCheck.docx(DISCLOSURE, titles), tables);
        List<String> raw = new ArrayList<>();
        for (String page : ShanghaiRenderingCheck.pdfPages(DISCLOSURE)) {
            page.lines().filter(l -> !l.isBlank()).forEach(raw::add);
        }
        List<String> lines = raw.stream().map(ShanghaiRenderingCheck::flat).toList();
        // the PDF: every figure of each table whole on one line, in reading order, and nothing else that looks
        // like a figure (a name may wrap beside the widened figure columns, so rows are not single lines here)
        int pdf = 0;
        for (int n = 0; n < 9; n++) {
            int start = lines.indexOf(ShanghaiRenderingCheck.flat(titles.get(n)));
            int end = n < 8 ? lines.indexOf(ShanghaiRenderingCheck.flat(titles.get(n + 1))) : raw.size();
            assertThat(start).as("PDF title %s", titles.get(n)).isGreaterThanOrEqualTo(0);
            List<String> found = new ArrayList<>();
            for (String line : raw.subList(start + 1, end)) {
                for (String token : line.strip().split("\\s+")) {
                    if (token.matches("[\\d,]+\\.\\d{2}")) {
                        found.add(token);
                    }
                }
            }
            List<String> expected = rows(tables.get(n)).stream()
                    .flatMap(List::stream)
                    .filter(c -> c.matches("[\\d,]+\\.\\d{2}"))
                    .toList();
            assertThat(found)
                    .as("PDF figures of %s, each whole on a line, in order", titles.get(n))
                    .isEqualTo(expected);
            pdf += expected.size();
        }
        System.out.println("ShanghaiLedgerRenderingTest: cells compared HTML " + html + ", DOCX " + docx
                + ", PDF (figures) " + pdf);
        assertThat(html).isEqualTo(docx).isGreaterThan(pdf).isGreaterThan(100);
    }

    private static int compare(String format, List<ShanghaiRenderingCheck.ReadTable> read, List<Table> tables) {
        int cells = 0;
        for (int n = 0; n < 9; n++) {
            Table t = tables.get(n);
            ShanghaiRenderingCheck.ReadTable r = read.get(n);
            assertThat(r.title()).isEqualTo(t.title());
            assertThat(r.headings()).containsExactlyElementsOf(t.headings());
            List<List<String>> body = r.body().stream()
                    .filter(row -> row.stream().anyMatch(c -> !c.isBlank()))
                    .toList();
            assertThat(body).as(format + " " + t.title()).isEqualTo(rows(t));
            cells += body.stream().mapToInt(List::size).sum();
        }
        return cells;
    }
}
