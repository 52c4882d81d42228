package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.data.CsvRenderer;
import org.budgetdisclosure.render.data.TableData;
import org.budgetdisclosure.render.data.TableFigure;
import org.junit.jupiter.api.Test;

/** The reference's tables as data (CSV and JSON): every figure with its table, row, column, exact value, unit. */
class ReferenceDataTest {

    private static final List<TableFigure> FIGURES = TableData.figures(ReferenceRendering.DISCLOSURE.document());

    private static List<String> csvLines() {
        return new String(ReferenceRendering.bytes(Format.CSV), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    @Test
    void csvHasAHeaderAndOneLinePerFigure() {
        List<String> lines = csvLines();
        assertThat(lines.get(0)).isEqualTo(CsvRenderer.HEADER);
        assertThat(lines).hasSize(FIGURES.size() + 1);
        assertThat(lines)
                .contains(
                        "table-1,部门预算收支总表,33,,收入总计,0,total,3,收入/预算数,2538.88,万元",
                        "table-1,部门预算收支总表,6,,六、科学技术支出,0,detail,5,支出/预算数,1520.00,万元",
                        "table-6,部门预算一般公共预算财政拨款基本支出表,3,30101,基本工资,1,detail,4,一般公共预算基本支出/合计,226.97,万元");
        assertThat(new String(ReferenceRendering.bytes(Format.CSV), StandardCharsets.UTF_8))
                .contains("\r\n");
    }

    @Test
    void figuresOfAClassificationTableAddUp() {
        // table 3: the 类 rows of 合计 add up to the total row
        BigDecimal classes = BigDecimal.ZERO;
        BigDecimal total = null;
        for (TableFigure f : FIGURES) {
            if (f.table().equals("table-3") && f.columnName().equals("合计")) {
                if (f.rowKind().equals("total")) {
                    total = f.value();
                } else if (f.rowCode().length() == 3) {
                    classes = classes.add(f.value());
                }
            }
        }
        assertThat(total).isEqualByComparingTo("2538.88");
        assertThat(classes).isEqualByComparingTo(total);
        assertThat(FIGURES)
                .filteredOn(f -> f.table().equals("table-3") && f.rowCode().equals("2150501"))
                .extracting(TableFigure::level)
                .containsOnly(2);
    }

    @Test
    void jsonHoldsTheSameFiguresAsExactText() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReferenceRendering.bytes(Format.JSON));
        assertThat(json.get("title").asText()).contains("乐亭县工业和信息化局");
        JsonNode figures = json.get("figures");
        assertThat(figures.size()).isEqualTo(FIGURES.size());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode f : figures) {
            assertThat(f.get("value").isTextual()).isTrue();
            fromJson.add(f.get("table").asText() + "|" + f.get("row").asInt() + "|"
                    + f.get("column").asInt() + "|" + f.get("value").asText() + "|"
                    + f.get("unit").asText());
        }
        assertThat(fromJson)
                .isEqualTo(FIGURES.stream()
                        .map(f -> f.table() + "|" + f.row() + "|" + f.column() + "|"
                                + f.value().toPlainString() + "|" + f.unit())
                        .toList());
    }
}
