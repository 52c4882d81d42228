package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XLSX of the reference, read back with POI: sheet names, every cell as shown, numbers as numeric cells with
 * their exact values and formats, merges, the frozen and repeated header, print setup.
 */
class ReferenceXlsxTest {

    private static final ReferenceDocument REFERENCE = ReferenceDocument.load();
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);
    private static XSSFWorkbook xlsx;

    @BeforeAll
    static void open() throws IOException {
        xlsx = new XSSFWorkbook(new ByteArrayInputStream(ReferenceRendering.bytes(Format.XLSX)));
    }

    private static List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Block b : ReferenceRendering.DISCLOSURE.document().blocks()) {
            if (b instanceof Table t) {
                tables.add(t);
            }
        }
        return tables;
    }

    @Test
    void oneSheetPerTableInOrderNamedByItsTitle() {
        List<Table> tables = tables();
        assertThat(xlsx.getNumberOfSheets()).isEqualTo(tables.size());
        HashSet<String> names = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            String name = xlsx.getSheetName(i);
            assertThat(name.length()).isLessThanOrEqualTo(31);
            assertThat(name).doesNotContainAnyWhitespaces().matches("[^\\\\/?*\\[\\]:]+");
            assertThat(names.add(name.toLowerCase(Locale.ROOT)))
                    .as("unique %s", name)
                    .isTrue();
            String title = tables.get(i).title();
            assertThat(title).startsWith(name.replaceAll("\\(\\d+\\)$", ""));
            assertThat(xlsx.getSheetAt(i).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(title);
        }
        for (StatementId id : StatementId.values()) {
            assertThat(xlsx.getSheetName(id.number() - 1)).isEqualTo(ReferenceRendering.title(id));
        }
    }

    @Test
    void everyBodyCellShowsTheReferenceCell() {
        for (StatementId id : StatementId.values()) {
            XSSFSheet sheet = xlsx.getSheetAt(id.number() - 1);
            int headerRows = REFERENCE.header(id.number()).size();
            List<List<String>> expected = ReferenceRendering.expectedBody(REFERENCE, id.number());
            List<List<String>> body = new ArrayList<>();
            for (int r = 0; r < expected.size(); r++) {
                XSSFRow row = sheet.getRow(2 + headerRows + r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < expected.get(r).size(); c++) {
                    cells.add(ReferenceRendering.normalize(SHOWN.formatCellValue(row.getCell(c))));
                }
                body.add(cells);
            }
            assertThat(body).as("table %d", id.number()).isEqualTo(expected);
        }
    }

    @Test
    void figuresAreNumbersWithExactValuesAndTheTablesFormat() {
        XSSFSheet summary = xlsx.getSheetAt(0);
        // the last row of table 1: 收入总计 2538.88, 支出总计 2538.88
        XSSFRow total = summary.getRow(summary.getLastRowNum());
        assertThat(total.getCell(1).getStringCellValue()).isEqualTo("收入总计");
        XSSFCell revenue = total.getCell(2);
        assertThat(revenue.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(revenue.getNumericCellValue()).isEqualTo(2538.88);
        assertThat(revenue.getRawValue()).isEqualTo("2538.88");
        assertThat(revenue.getCellStyle().getDataFormatString()).isEqualTo("0.00;-0.00;\"\"");
        assertThat(revenue.getCellStyle().getFont().getBold()).isTrue();
        // a zero figure is a number shown blank, so that columns sum
        XSSFSheet revenueTable = xlsx.getSheetAt(1);
        int numbers = 0;
        int zeros = 0;
        for (int r = 2 + REFERENCE.header(2).size(); r <= revenueTable.getLastRowNum(); r++) {
            for (int c = 3; c < 13; c++) {
                XSSFCell cell = revenueTable.getRow(r).getCell(c);
                assertThat(cell.getCellType()).as("R%dC%d", r + 1, c + 1).isEqualTo(CellType.NUMERIC);
                numbers++;
                if (cell.getNumericCellValue() == 0) {
                    zeros++;
                    assertThat(SHOWN.formatCellValue(cell)).isEmpty();
                }
            }
        }
        assertThat(numbers).isGreaterThan(zeros).isGreaterThan(0);
        assertThat(zeros).isGreaterThan(0);
        // table 9 shows its zeros where the column has figures
        XSSFSheet three = xlsx.getSheetAt(8);
        assertThat(three.getRow(2 + 3).getCell(3).getCellStyle().getDataFormatString())
                .isEqualTo("0.00");
    }

    @Test
    void headerMergesFrozenAndRepeatedPrintSetupA4Landscape() {
        XSSFSheet summary = xlsx.getSheetAt(0);
        List<String> merges = summary.getMergedRegions().stream()
                .map(CellRangeAddress::formatAsString)
                .toList();
        // title across; 序号 down two rows; 收入 and 支出 across two columns each
        assertThat(merges).contains("A1:E1", "A3:A4", "B3:C3", "D3:E3");
        assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("收入");
        XSSFSheet revenue = xlsx.getSheetAt(1);
        assertThat(revenue.getMergedRegions().stream().map(CellRangeAddress::formatAsString))
                .contains("E3:L3", "B3:C3", "D3:D4", "M3:M4");
        for (StatementId id : StatementId.values()) {
            XSSFSheet sheet = xlsx.getSheetAt(id.number() - 1);
            int headerRows = REFERENCE.header(id.number()).size();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (2 + headerRows));
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:" + (2 + headerRows));
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(SHOWN.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("304工信局");
        }
    }

    @Test
    void sameDocumentSameBytes() {
        byte[] once = ReferenceRendering.DISCLOSURE.bytes(Format.XLSX);
        assertThat(ReferenceRendering.DISCLOSURE.bytes(Format.XLSX)).isEqualTo(once);
        assertThat(xlsx.getProperties().getCoreProperties().getCreated())
                .isEqualTo(xlsx.getProperties().getCoreProperties().getModified());
    }
}
