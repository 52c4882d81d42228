package org.budgetdisclosure.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column widths follow the widest figure; the size shrinks to the floor; below it the table is refused. */
class TableFitTest {

    /** Every character half an em wide. */
    private static final TableFit.Measure HALF_EM = (text, bold, size) -> text.length() * size / 2;

    private static Table table(String figure, int columns) {
        List<Integer> widths = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        widths.add(30);
        cells.add(Cell.of("科目名称", Cell.Align.LEFT));
        for (int c = 1; c < columns; c++) {
            widths.add(10);
            cells.add(Cell.of(figure, Cell.Align.RIGHT));
        }
        return new Table(
                "t",
                "表",
                List.of(),
                widths,
                List.of(),
                List.of(new Table.Row(cells, Table.Kind.DETAIL, 0)),
                List.of(),
                true,
                1,
                -1);
    }

    private static double points(Table t, int column) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        return TableFit.LANDSCAPE_WIDTH * t.widths().get(column) / total;
    }

    @Test
    void aTableWhoseFiguresFitIsLeftAsItIs() {
        Table t = table("2538.88", 6);
        assertThat(TableFit.fit(t, HALF_EM, 7f)).isSameAs(t);
    }

    @Test
    void figureColumnsWidenToTheirWidestFigureAndNamesShareTheRest() {
        Table wide = table("189,767,551.37", 6); // 14 characters: 73.5 pt at 10.5 pt, in columns of 79.7 pt
        Table fitted = TableFit.fit(wide, HALF_EM, 7f);
        assertThat(fitted.cellFontSize()).isEqualTo(10.5f);
        for (int c = 1; c < 6; c++) {
            assertThat(points(fitted, c)).isGreaterThanOrEqualTo(14 * 10.5 / 2 + TableFit.CELL_PADDING - 0.01);
        }
        assertThat(points(fitted, 0)).isLessThan(points(wide, 0));
    }

    @Test
    void theSizeShrinksToTheFloorThenTheTableIsRefused() {
        Table shrinks = table("18,976,755,137.000", 8); // 18 characters: too wide at 9 and 8.5 pt, fits at 8
        Table fitted = TableFit.fit(shrinks, HALF_EM, 7f);
        assertThat(fitted.cellFontSize()).isEqualTo(8f);
        Table never = table("1,897,675,513,370,000,000,000,000.37", 13);
        assertThatThrownBy(() -> TableFit.fit(never, HALF_EM, 7f))
                .isInstanceOf(TableTooWideException.class)
                .hasMessageContaining("'表'")
                .hasMessageContaining("7.0 pt")
                .hasMessageContaining("1,897,675,513,370,000,000,000,000.37");
    }

    @Test
    void aDocumentWhoseTablesAreRefittedKeepsItsPageFlow() {
        PageFlow hebei = new PageFlow(5, 7.5f, 10.25f);
        Document document = new Document(
                "题",
                "题",
                "作者",
                "zh-CN",
                "2025-01-01",
                List.of(new Section(true, List.of(table("189,767,551.37", 6)))),
                hebei);
        Document fitted = TableFit.fit(document, HALF_EM, 7f);
        assertThat(fitted).isNotSameAs(document);
        assertThat(fitted.pageFlow()).isEqualTo(hebei);
    }
}
