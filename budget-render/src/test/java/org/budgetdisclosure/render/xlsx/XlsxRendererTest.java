package org.budgetdisclosure.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Figure;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.junit.jupiter.api.Test;

/** Sheet names as Excel allows them; any text and any figure written so that POI reads it back as it was. */
class XlsxRendererTest {

    @Test
    void sheetNamesAreLegalShortAndUnique() {
        SheetNames names = new SheetNames();
        String longTitle = "部门预算一般公共预算财政拨款基本支出表（按经济分类款级科目汇总列示，单位：万元）附表";
        String first = names.next(longTitle, "表1");
        assertThat(first).hasSize(31).isEqualTo(longTitle.substring(0, 31));
        assertThat(names.next(longTitle, "表2")).isEqualTo(longTitle.substring(0, 28) + "(2)");
        assertThat(names.next(longTitle, "表3")).isEqualTo(longTitle.substring(0, 28) + "(3)");
        assertThat(names.next("收入/支出:[汇总]*?\\表", "x")).isEqualTo("收入_支出__汇总____表");
        assertThat(names.next("'引号'", "x")).isEqualTo("引号");
        assertThat(names.next("  ", "表5")).isEqualTo("表5");
        assertThat(names.next("SHEET", "x")).isEqualTo("SHEET");
        assertThat(names.next("sheet", "x")).isEqualTo("sheet(2)");
        assertThat(names.next("History", "x")).isEqualTo("History(2)");
    }

    @Test
    void anyTextAndFigureIsReadBackAsWritten() throws Exception {
        String odd = "<b>&amp; \"引号\" _x0041_ 制表\t换行\n控制\u0001 𠀀 =1+1";
        Table table = new Table(
                "t",
                "表",
                List.of("单位：元"),
                List.of(1, 1, 1),
                List.of(Table.Row.header(List.of(Cell.of("名称"), Cell.across("金额", 2)))),
                List.of(new Table.Row(
                        List.of(
                                Cell.of(odd, Cell.Align.LEFT),
                                Cell.of("12345678901234.56", Cell.Align.RIGHT)
                                        .withFigure(new Figure(new BigDecimal("12345678901234.56"), 2, false)),
                                Cell.of("", Cell.Align.RIGHT).withFigure(new Figure(BigDecimal.ZERO, 2, false))),
                        Table.Kind.DETAIL,
                        0)),
                List.of("注：无"),
                false,
                1,
                -1);
        Document document =
                new Document("标题", "主题", "作者", "zh-CN", "2022-01-01", List.of(new Section(false, List.of(table))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().write(document, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(odd);
            // 16 significant digits do not fit a spreadsheet number: exact text instead
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("12345678901234.56");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("注：无");
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getMergedRegions()).extracting(Object::toString).isNotEmpty();
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("金额");
        }
    }
}
