package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.testing.BudgetArbitraries;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.nodes.Element;

/** Any valid budget renders in every format, and each file shows the totals of the statements. */
class RenderProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return BudgetArbitraries.budgets();
    }

    @Property(tries = 25)
    void anyValidBudgetRendersInEveryFormatWithItsTotals(@ForAll("budgets") Budget budget) throws Exception {
        Disclosure d;
        try {
            d = Disclosure.of(budget);
        } catch (org.budgetdisclosure.render.document.TableTooWideException e) {
            // figures of ten digits and more in 万元 in a 13-column table: refused clearly, never split
            assertThat(e.getMessage()).contains("cannot fit its figures on one line");
            Statistics.label("outcome").collect("refused: too wide");
            return;
        }
        Statistics.label("outcome").collect("rendered");
        Statistics.label("lines").collect(budget.appropriations().size() > 100 ? "over 100" : "up to 100");
        String total = d.statements()
                .expenditure()
                .total()
                .get(ExpenditureColumn.TOTAL)
                .format(2);

        var html = ReadBack.html(d.bytes(Format.HTML));
        Element table3 = html.getElementById("table-3");
        String printed = table3.select("tbody tr").get(0).select("td").get(3).text();
        assertThat(printed).isEqualTo(total.equals("0.00") ? "" : total);
        assertThat(html.select("figure.table")).hasSizeGreaterThanOrEqualTo(9);

        try (XWPFDocument docx = ReadBack.docx(d.bytes(Format.DOCX))) {
            assertThat(docx.getTables().get(2).getRows().stream()
                            .filter(r -> !r.isRepeatHeader())
                            .findFirst()
                            .orElseThrow()
                            .getCell(3)
                            .getText())
                    .isEqualTo(printed);
        }
        try (PDDocument pdf = Loader.loadPDF(d.bytes(Format.PDF))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(10);
        }
    }
}
