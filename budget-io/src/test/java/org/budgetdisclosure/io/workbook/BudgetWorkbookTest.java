package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template as written, and each kind of bad workbook explained at its sheet and cell. */
class BudgetWorkbookTest {

    private static final Path REFERENCE =
            Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json");

    private static Budget reference() throws Exception {
        return BudgetFiles.read(REFERENCE);
    }

    /** The reference as a workbook, changed by the test, read back. */
    private static Budget readChanged(Consumer<XSSFWorkbook> change) throws Exception {
        byte[] bytes = WorkbookRoundTripProperties.bytes(reference());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return BudgetWorkbook.read(out.toByteArray(), "book.xlsx");
        }
    }

    private static String problem(Consumer<XSSFWorkbook> change) {
        try {
            readChanged(change);
        } catch (BudgetFileException e) {
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the workbook was read without a problem");
    }

    @Test
    void theTemplateHasASheetPerKindOfFactWithListsAndInstructions() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.template(Catalogue.bundled(), 2023, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("填表说明");
            for (String sheet : WorkbookSheets.requiredNames()) {
                assertThat(wb.getSheet(sheet)).as(sheet).isNotNull();
            }
            XSSFSheet lines = wb.getSheet("收支明细");
            assertThat(lines.getRow(0).getCell(0).getStringCellValue()).isEqualTo("功能科目编码");
            assertThat(lines.getRow(0).getCell(3).getStringCellValue()).isEqualTo("金额");
            assertThat(lines.getPaneInformation().isFreezePane()).isTrue();
            // drop-down lists: sources, funds, types and codes from the catalogue
            assertThat(lines.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("列表_资金来源");
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn())
                        .isEqualTo(1);
            });
            assertThat(lines.getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("列表_功能科目", "列表_资金性质", "列表_支出类型", "列表_经济科目");
            assertThat(lines.getDataValidations())
                    .filteredOn(v -> v.getErrorStyle() == DataValidation.ErrorStyle.STOP)
                    .isNotEmpty();
            XSSFSheet lists = wb.getSheet("代码表");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
            assertThat(wb.getName("列表_功能科目").getRefersToFormula()).startsWith("'代码表'!$J$2:$J$");
            boolean catalogueCode = false;
            for (int r = 1; r <= lists.getLastRowNum(); r++) {
                var cell = lists.getRow(r).getCell(9);
                catalogueCode |= cell != null && cell.getStringCellValue().startsWith("2150501 ");
            }
            assertThat(catalogueCode).isTrue();
            assertThat(wb.getSheet("部门信息").getRow(5).getCell(1).getNumericCellValue())
                    .isEqualTo(2023);
            // left empty: a budget that states no glossary gets its layout's (the profile's)
            assertThat(wb.getSheet("名词解释").getRow(0) != null).isTrue();
        }
        // the untouched template is read, and says what is missing
        assertThatThrownBy(() -> BudgetWorkbook.read(out.toByteArray(), "book.xlsx"))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining(
                        "book.xlsx: at 部门信息!B3（部门全称）: 内容 is required") // the name; the code (B2) is optional
                .hasMessageNotContaining("部门信息!B2");
    }

    @Test
    void everyFactKnowsItsCell() throws Exception {
        WorkbookBudget read = BudgetWorkbook.readLocated(WorkbookRoundTripProperties.bytes(reference()), "book.xlsx");
        assertThat(read.budget()).isEqualTo(reference());
        assertThat(read.cell("appropriations[3].amount")).contains("收支明细!D5");
        assertThat(read.cell("appropriations[3].functionCode")).contains("收支明细!A5");
        assertThat(read.cell("appropriations[3]")).contains("收支明细!5");
        assertThat(read.cell("basicExpenditures[0].amount")).contains("基本支出经济分类!B2");
        assertThat(read.cell("narrative.staffing.total")).contains("部门信息!B8");
        assertThat(read.cell("department.name")).contains("部门信息!B3");
        assertThat(read.cell("priorYear.reasons.PERSONNEL")).contains("上年数!C3");
        assertThat(read.cell("priorYear.total")).contains("上年数!B2");
        assertThat(read.cell("narrative.duties[0]")).contains("文字说明!C2");
        assertThat(read.cell("narrative.procurement[0].funding.GENERAL_PUBLIC")).contains("政府采购!L2");
        assertThat(read.cell("narrative.projects[0].indicators[0].value")).contains("绩效指标!F2");
        // a cross-table finding: the cells whose figures make the table, each sheet as a range
        assertThat(read.cell("table 9 部门预算财政拨款“三公”经费支出表 / row 公务接待费"))
                .get()
                .asString()
                .startsWith("“三公”经费!C2")
                .contains("、基本支出经济分类!B2:B");
        assertThat(read.cell("table 6 一般公共预算财政拨款基本支出 / row 合计 / column 合计"))
                .get()
                .asString()
                .startsWith("基本支出经济分类!B2:B")
                .contains("、收支明细!D2:D");
        assertThat(read.cell("nowhere")).isEmpty();
    }

    @Test
    void textInANumberCellIsLocated() {
        String message = problem(wb -> {
            var row = wb.getSheet("收支明细").createRow(13);
            row.createCell(0).setCellValue("2150501 行政运行");
            row.createCell(1).setCellValue("一般公共预算拨款收入");
            row.createCell(2).setCellValue("基本支出");
            row.createCell(3).setCellValue("12,3O0");
        });
        assertThat(message).isEqualTo("book.xlsx: at 收支明细!D14: 金额 must be a number, found \"12,3O0\"");
    }

    @Test
    void everyProblemIsListed() {
        String message = problem(wb -> {
            wb.getSheet("收支明细").getRow(1).getCell(1).setCellValue("财政拨款");
            wb.getSheet("收支明细").getRow(2).getCell(0).setCellValue("21505x");
            wb.getSheet("基本支出经济分类").getRow(1).getCell(1).setCellValue(true);
        });
        assertThat(message)
                .contains("收支明细!B2: 资金来源 must be one of 一般公共预算拨款收入、", "found \"财政拨款\"")
                .contains("收支明细!A3: 功能科目编码 must be a functional code of 3, 5 or 7 digits")
                .contains("基本支出经济分类!B2: 金额 must be a number, found TRUE");
    }

    @Test
    void aDateInANumberCellIsLocated() {
        String message = problem(wb -> {
            var cell = wb.getSheet("收支明细").getRow(2).getCell(3);
            cell.setCellValue(java.time.LocalDate.of(2022, 3, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            cell.setCellStyle(style);
        });
        assertThat(message).contains("收支明细!D3: 金额 must be a number, found a date (2022-03-01)");
    }

    @Test
    void anErrorValueIsLocated() {
        String message = problem(wb -> wb.getSheet("收支明细").getRow(3).getCell(3).setCellErrorValue(FormulaError.REF));
        assertThat(message).contains("收支明细!D4: 金额 holds the error value #REF!");
    }

    @Test
    void formulasAreReadAsTheirValues() throws Exception {
        Budget budget = reference();
        // POI stores no value for a formula it writes: the reader evaluates it
        Budget read = readChanged(wb -> {
            var row = wb.getSheet("收支明细").getRow(1);
            double value = row.getCell(3).getNumericCellValue();
            row.removeCell(row.getCell(3));
            row.createCell(3).setCellFormula(Math.round(value * 100 - 1) + "/100+0.01");
        });
        assertThat(read).isEqualTo(budget);
        // and a formula dividing by zero is an error value
        String message = problem(wb -> {
            var row = wb.getSheet("收支明细").getRow(1);
            row.removeCell(row.getCell(3));
            row.createCell(3).setCellFormula("1/0");
        });
        assertThat(message).contains("收支明细!D2: 金额 holds the error value #DIV/0!");
    }

    @Test
    void amountsAsExactTextAreRead() throws Exception {
        Budget read = readChanged(wb -> wb.getSheet("收支明细").getRow(1).getCell(3).setCellValue(" 12.345 "));
        assertThat(read.appropriations().get(0).amount()).isEqualTo(Amount.wan("12.345"));
    }

    @Test
    void aMissingOrRenamedSheetIsNamed() {
        String message = problem(wb -> wb.setSheetName(wb.getSheetIndex("上年数"), "上年数 (2)"));
        assertThat(message)
                .isEqualTo("book.xlsx: at 上年数: the sheet is missing; was it renamed? sheets not known: "
                        + "上年数 (2) (make a new workbook with `budget template`)");
        assertThat(problem(wb -> wb.removeSheetAt(wb.getSheetIndex("资产")))).contains("at 资产: the sheet is missing");
    }

    @Test
    void aMergedDataAreaIsRefused() {
        String message = problem(wb -> wb.getSheet("收支明细").addMergedRegion(CellRangeAddress.valueOf("A5:A6")));
        assertThat(message).contains("收支明细!A5:A6: merged cells");
    }

    @Test
    void aHiddenExtraSheetIsRefusedAVisibleOneIgnored() throws Exception {
        String message = problem(wb -> {
            wb.createSheet("底稿").createRow(0).createCell(0).setCellValue(1);
            wb.setSheetHidden(wb.getSheetIndex("底稿"), true);
        });
        assertThat(message).contains("at 底稿: a hidden sheet that is not one of the workbook's");
        assertThat(readChanged(
                        wb -> wb.createSheet("计算").createRow(0).createCell(0).setCellValue(1)))
                .isEqualTo(reference());
    }

    @Test
    void aMissingColumnIsNamed() {
        String message = problem(wb -> wb.getSheet("收支明细").getRow(0).getCell(3).setCellValue("金额（万元）"));
        assertThat(message).contains("收支明细!1: the column 金额 is missing");
    }

    @Test
    void notAWorkbookIsExplained(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("book.xlsx");
        Files.writeString(file, "部门,金额\n304,1\n");
        assertThatThrownBy(() -> BudgetFiles.read(file))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageStartingWith(file + ": cannot be read as an Excel workbook (.xlsx)")
                .hasMessageNotContaining("Exception");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> BudgetFiles.read(file)).hasMessageContaining("the file is empty");
    }

    @Test
    void budgetFilesReadsAWorkbookByItsExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Book.XLSX");
        Files.write(file, WorkbookRoundTripProperties.bytes(reference()));
        assertThat(BudgetFiles.read(file)).isEqualTo(reference());
    }
}
