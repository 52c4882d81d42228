package org.budgetdisclosure.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.Test;

/**
 * CSV opened in a spreadsheet (issue 20): a text that starts like a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a return) is written behind a single quote, as OWASP recommends, so that Excel and WPS show it
 * as text; figures stay plain numbers, negative ones included.
 */
class CsvFormulaTest {

    private static final String[] FORMULAS = {
        "=HYPERLINK(\"http://example.com\",\"x\")", "+1+2", "-3+4", "@SUM(A1)", "\t=1+1", "\r=1+1", " =1+1"
    };

    @Test
    void textsStartingLikeAFormulaAreNeutralisedAndNumbersStayNumbers() {
        for (String formula : FORMULAS) {
            Budget budget = Budget.builder()
                    .unit(MoneyUnit.YUAN)
                    .department("304", "某局", "某局", DepartmentKind.ADMINISTRATIVE)
                    .year(2022)
                    .appropriation(
                            "2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1234567890.12")
                    .functionName("2150501", formula)
                    .basicExpenditure("30101", "1234567890.12")
                    .build();
            String csv = new String(Disclosure.of(budget).bytes(Format.CSV), StandardCharsets.UTF_8);
            List<String> rows = csv.lines().filter(l -> l.contains("2150501")).toList();
            assertThat(rows).as(formula).isNotEmpty();
            for (String row : rows) {
                String name = row.split(",2150501,", 2)[1];
                // the name field opens with a quote mark inside the CSV quotes: '=… never =…
                assertThat(name).as(formula).startsWith("\"'");
                // the figure is a plain number, never quoted
                assertThat(row).as(formula).matches(".*,-?[0-9]+(\\.[0-9]+)?,万元");
            }
            assertThat(csv).as(formula).contains(",123456.789012,万元");
        }
    }

    @Test
    void ordinaryTextsAndNegativeFiguresAreUnchanged() {
        assertThat(CsvRenderer.field("一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(CsvRenderer.field("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvRenderer.field("-")).isEqualTo("\"'-\"");
        assertThat(CsvRenderer.field("a,b")).isEqualTo("\"a,b\"");
    }
}
