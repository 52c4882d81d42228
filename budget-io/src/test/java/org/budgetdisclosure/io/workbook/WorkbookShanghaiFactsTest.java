package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.junit.jupiter.api.Test;

/**
 * The facts of the Shanghai layouts in the workbook (公开事项, 车辆及设备, 预算单位, 内设机构, 财政拨款支出主要内容,
 * 项目经费情况说明, last year's “三公” on 上年数): as written, read back, absent where not stated, and each problem
 * located at its cell.
 */
class WorkbookShanghaiFactsTest {

    private static final Path BUDGETS = Path.of("..", "budget-examples", "budgets");

    private static Budget bureau() throws Exception {
        return BudgetFiles.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2025.json"));
    }

    private static Budget welfareHome() throws Exception {
        return BudgetFiles.read(BUDGETS.resolve("shanghai-putuo-welfare-home-2024-unit.json"));
    }

    private static XSSFWorkbook workbook(Budget budget) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(WorkbookRoundTripProperties.bytes(budget)));
    }

    private static Budget readChanged(Budget budget, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = workbook(budget)) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return BudgetWorkbook.read(out.toByteArray(), "book.xlsx");
        }
    }

    private static String problem(Budget budget, Consumer<XSSFWorkbook> change) {
        assertThatThrownBy(() -> readChanged(budget, change))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageNotContaining("Exception");
        try {
            readChanged(budget, change);
        } catch (Exception e) {
            return e.getMessage();
        }
        throw new AssertionError("read without a problem");
    }

    private static XSSFCell cell(XSSFWorkbook wb, String sheet, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        XSSFSheet s = wb.getSheet(sheet);
        XSSFRow row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    private static void blank(XSSFWorkbook wb, String sheet, String ref) {
        XSSFCell c = cell(wb, sheet, ref);
        c.getRow().removeCell(c);
    }

    @Test
    void theBureauIsWrittenOneFactARowWithChineseLabels() throws Exception {
        try (XSSFWorkbook wb = workbook(bureau())) {
            XSSFSheet published = wb.getSheet("公开事项");
            assertThat(published.getRow(1).getCell(0).getStringCellValue()).isEqualTo("机关运行经费");
            assertThat(published.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2294300.00);
            assertThat(cell(wb, "公开事项", "A3").getStringCellValue()).isEqualTo("政府采购预算：货物");
            assertThat(cell(wb, "公开事项", "B3").getNumericCellValue()).isEqualTo(170000.00);
            assertThat(cell(wb, "公开事项", "B8").getNumericCellValue()).isEqualTo(4);
            assertThat(cell(wb, "公开事项", "B10").getStringCellValue()).isEqualTo("2024-08-31");
            assertThat(cell(wb, "公开事项", "A11").getStringCellValue()).isEqualTo("上年收入预算：一般公共预算拨款收入");
            // the set-asides are not stated: blank, not zero
            assertThat(published.getRow(5).getCell(1)).isNull();
            XSSFSheet vehicles = wb.getSheet("车辆及设备");
            assertThat(vehicles.getRow(1).getCell(0).getStringCellValue()).isEqualTo("部级领导干部用车");
            assertThat(vehicles.getRow(1).getCell(1)).isNull(); // no category named: the fleet is empty
            assertThat(cell(wb, "车辆及设备", "A10").getStringCellValue()).isEqualTo("车辆合计");
            assertThat(cell(wb, "车辆及设备", "B10").getNumericCellValue()).isZero();
            assertThat(cell(wb, "车辆及设备", "C11").getNumericCellValue()).isZero();
            assertThat(cell(wb, "预算单位", "A2").getStringCellValue()).isEqualTo("财政局本部");
            assertThat(cell(wb, "预算单位", "C2").getStringCellValue()).isEqualTo("是");
            assertThat(cell(wb, "预算单位", "D1").getStringCellValue()).isEqualTo("预算不单列");
            assertThat(cell(wb, "预算单位", "D2").getStringCellValue()).isEqualTo("否");
            assertThat(cell(wb, "财政拨款支出主要内容", "A2").getStringCellValue()).isEqualTo("2010601");
            assertThat(cell(wb, "项目经费情况说明", "B2").getStringCellValue()).isEqualTo("项目概述");
            // last year's “三公” alone, on their rows of 上年数; the rows of the totals blank
            XSSFSheet prior = wb.getSheet("上年数");
            assertThat(prior.getRow(1).getCell(1)).isNull();
            assertThat(prior.getRow(12).getCell(0).getStringCellValue()).isEqualTo("公务接待费");
            assertThat(prior.getRow(12).getCell(1).getNumericCellValue()).isEqualTo(9500.00);
        }
        try (XSSFWorkbook wb = workbook(welfareHome())) {
            assertThat(cell(wb, "车辆及设备", "A9").getStringCellValue()).isEqualTo("其他用车");
            assertThat(cell(wb, "车辆及设备", "B9").getNumericCellValue()).isEqualTo(2);
            assertThat(cell(wb, "内设机构", "A6").getStringCellValue()).isEqualTo("护理部");
            assertThat(cell(wb, "财政拨款支出主要内容", "D2").getStringCellValue()).isEqualTo("执行数");
        }
    }

    @Test
    void bothShanghaiReferencesReadBackEqual() throws Exception {
        assertThat(WorkbookRoundTripProperties.roundTrip(bureau())).isEqualTo(bureau());
        assertThat(WorkbookRoundTripProperties.roundTrip(welfareHome())).isEqualTo(welfareHome());
    }

    @Test
    void aBlankSectionStatesNothingAndZeroIsZero() throws Exception {
        Budget read = readChanged(bureau(), wb -> {
            for (String ref : List.of("B2", "B3", "B4", "B5", "B8", "B9")) {
                blank(wb, "公开事项", ref);
            }
            blank(wb, "车辆及设备", "C10");
            blank(wb, "车辆及设备", "C11");
        });
        assertThat(read.operatingCosts()).isEmpty();
        assertThat(read.narrative().procurementTotals()).isEmpty();
        assertThat(read.narrative().performanceTargets()).isEmpty();
        assertThat(read.narrative().plannedAssets()).isEmpty();
        assertThat(read.narrative().heldAssets())
                .contains(new AssetHoldings(
                        java.time.LocalDate.of(2024, 8, 31), Optional.of(VehicleCounts.none()), OptionalInt.of(0)));
        // a count of 0 names the category; a blank one does not
        Budget zero = readChanged(bureau(), wb -> cell(wb, "车辆及设备", "C9").setCellValue(0));
        assertThat(zero.narrative().plannedAssets())
                .contains(new AssetPurchases(
                        Optional.of(new VehicleCounts(java.util.Map.of(VehicleCategory.OTHER, 0))), OptionalInt.of(0)));
    }

    @Test
    void aWorkbookWithoutTheNewSheetsStillReads() throws Exception {
        Budget leting = BudgetFiles.read(BUDGETS.resolve("leting-industry-bureau-2022.json"));
        try (XSSFWorkbook wb = workbook(leting)) {
            for (String sheet : WorkbookSheets.optionalNames()) {
                wb.removeSheetAt(wb.getSheetIndex(sheet));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThat(BudgetWorkbook.read(out.toByteArray(), "old.xlsx")).isEqualTo(leting);
        }
    }

    @Test
    void eachProblemIsLocatedAtItsCell() throws Exception {
        assertThat(problem(bureau(), wb -> blank(wb, "公开事项", "B4")))
                .contains("book.xlsx: at 公开事项!B4（政府采购预算：工程）: 内容 is required when 政府采购预算 is stated");
        assertThat(problem(bureau(), wb -> cell(wb, "公开事项", "B2").setCellValue("2,294,300")))
                .contains("公开事项!B2（机关运行经费）: 内容 must be a number, found \"2,294,300\"");
        assertThat(problem(bureau(), wb -> blank(wb, "公开事项", "B9")))
                .contains("公开事项!B9（编报绩效目标的项目金额）: 内容 is required when 绩效目标 are stated");
        assertThat(problem(bureau(), wb -> cell(wb, "公开事项", "B10").setCellValue("八月底")))
                .contains("公开事项!B10（车辆及设备截止日期）: 内容 must be a date such as 2021-12-31, found \"八月底\"");
        assertThat(problem(bureau(), wb -> blank(wb, "公开事项", "B10")))
                .contains("公开事项!B10（车辆及设备截止日期）: 内容 is required when vehicles or equipment held are stated");
        assertThat(problem(bureau(), wb -> blank(wb, "公开事项", "B12")))
                .contains("公开事项!B12（上年收入预算：政府性基金预算拨款收入）: 内容 is required when last year's revenue is " + "stated");
        assertThat(problem(welfareHome(), wb -> cell(wb, "车辆及设备", "B10").setCellValue(3)))
                .contains("车辆及设备!B10（车辆合计）: 现有数量 is 3 but the categories above add up to 2");
        assertThat(problem(welfareHome(), wb -> cell(wb, "车辆及设备", "B9").setCellValue(1.5)))
                .contains("车辆及设备!B9（其他用车）: 现有数量 must be a whole number, found 1.5");
        assertThat(problem(bureau(), wb -> cell(wb, "预算单位", "B2").setCellValue("机关")))
                .contains("预算单位!B2: 单位性质 must be one of");
        assertThat(problem(bureau(), wb -> cell(wb, "预算单位", "C2").setCellValue("Y")))
                .contains("预算单位!C2: 是否本部 must be 是 or 否, found \"Y\"");
        assertThat(problem(bureau(), wb -> cell(wb, "预算单位", "D2").setCellValue("可能")))
                .contains("book.xlsx: at 预算单位!D2: 预算不单列 must be 是 or 否, found \"可能\"");
        assertThat(problem(bureau(), wb -> cell(wb, "预算单位", "D2").setCellValue("是")))
                .contains("预算单位!D2: 预算不单列 cannot be 是 for the 本部 (是否本部 是)");
        assertThat(problem(welfareHome(), wb -> blank(wb, "财政拨款支出主要内容", "D2")))
                .contains("财政拨款支出主要内容!D2: 上年数口径 is required with 上年数: one of 预算数、执行数");
        assertThat(problem(welfareHome(), wb -> cell(wb, "财政拨款支出主要内容", "A2").setCellValue("2O80502")))
                .contains("财政拨款支出主要内容!A2: 功能科目编码 must be a functional code");
        assertThat(problem(bureau(), wb -> cell(wb, "项目经费情况说明", "B2").setCellValue("概述")))
                .contains("项目经费情况说明!B2: 事项 must be one of 项目名称、项目概述");
        assertThat(problem(bureau(), wb -> {
                    for (int r = 1; r <= wb.getSheet("项目经费情况说明").getLastRowNum(); r++) {
                        XSSFCell c = wb.getSheet("项目经费情况说明").getRow(r).getCell(1);
                        if (c != null && c.getStringCellValue().equals("实施周期")) {
                            wb.getSheet("项目经费情况说明").getRow(r).getCell(2).setCellValue("2025年全年");
                        }
                    }
                }))
                .contains("内容 (实施周期) must be the first and last day such as 2025-01-01至2025-12-31, found \"2025年全年\"");
        assertThat(problem(bureau(), wb -> cell(wb, "项目经费情况说明", "D2").setCellValue(5)))
                .contains("项目经费情况说明!D2: 金额 is only for the rows of 年度预算安排");
        assertThat(problem(bureau(), wb -> cell(wb, "上年数", "B2").setCellValue(100)))
                .contains("上年数!B3（人员经费）: 上年数 is required when last year's figures are given");
    }

    /** The bureau with a second unit whose budget is the 本部's (预算不单列，并入本部). */
    private static Budget bureauWithMergedUnit() throws Exception {
        String json = java.nio.file.Files.readString(BUDGETS.resolve("shanghai-putuo-finance-bureau-2025.json"))
                .replaceFirst(
                        "\"headquarters\": true\\s*}",
                        "\"headquarters\": true},\n"
                                + "      {\"name\": \"区财政国库收付中心\", \"kind\": \"PUBLIC_INSTITUTION\", "
                                + "\"mergedIntoHeadquarters\": true}");
        Budget b = BudgetFiles.read(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "merged.json", BudgetFiles.Syntax.JSON);
        assertThat(b.narrative().budgetUnits())
                .extracting(OrganisationUnit::mergedIntoHeadquarters)
                .containsExactly(false, true);
        return b;
    }

    @Test
    void aUnitWhoseBudgetIsTheHeadquartersIsTheColumn预算不单列() throws Exception {
        Budget merged = bureauWithMergedUnit();
        try (XSSFWorkbook wb = workbook(merged)) {
            assertThat(cell(wb, "预算单位", "A3").getStringCellValue()).isEqualTo("区财政国库收付中心");
            assertThat(cell(wb, "预算单位", "C3").getStringCellValue()).isEqualTo("否");
            assertThat(cell(wb, "预算单位", "D3").getStringCellValue()).isEqualTo("是");
        }
        assertThat(WorkbookRoundTripProperties.roundTrip(merged)).isEqualTo(merged);
        assertThat(BudgetWorkbook.leftOut(
                        merged, org.budgetdisclosure.model.classification.Catalogue.forYear(merged.year())))
                .isEmpty();
        WorkbookBudget located = BudgetWorkbook.readLocated(WorkbookRoundTripProperties.bytes(merged), "b.xlsx");
        assertThat(located.cell("narrative.budgetUnits[1].mergedIntoHeadquarters"))
                .contains("预算单位!D3");
        // blank is 否
        assertThat(readChanged(merged, wb -> blank(wb, "预算单位", "D2"))).isEqualTo(merged);
        // a workbook made before the column reads as before: every unit has a budget of its own
        Budget old = readChanged(bureau(), wb -> {
            XSSFSheet s = wb.getSheet("预算单位");
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && s.getRow(r).getCell(3) != null) {
                    s.getRow(r).removeCell(s.getRow(r).getCell(3));
                }
            }
        });
        assertThat(old).isEqualTo(bureau());
    }

    private static Budget units() throws Exception {
        return BudgetFiles.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2025-units.json"));
    }

    @Test
    void aDepartmentsUnitsAreRowsOf组成单位AndTheirLinesNameThem() throws Exception {
        try (XSSFWorkbook wb = workbook(units())) {
            assertThat(cell(wb, "组成单位", "A2").getStringCellValue()).isEqualTo("035001");
            assertThat(cell(wb, "组成单位", "D4").getStringCellValue()).isEqualTo("事业");
            assertThat(cell(wb, "组成单位", "E2").getNumericCellValue()).isEqualTo(2044300.00);
            assertThat(cell(wb, "组成单位", "E4").getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(cell(wb, "收支明细", "H1").getStringCellValue()).isEqualTo("单位");
            assertThat(cell(wb, "收支明细", "H2").getStringCellValue()).isEqualTo("035001");
            assertThat(cell(wb, "基本支出经济分类", "C1").getStringCellValue()).isEqualTo("单位");
            assertThat(cell(wb, "“三公”经费", "D2").getStringCellValue()).isEqualTo("035001");
        }
        assertThat(WorkbookRoundTripProperties.roundTrip(units())).isEqualTo(units());
        // a unit may be named by its short name too
        Budget byName = readChanged(units(), wb -> cell(wb, "收支明细", "H2").setCellValue("财政局本部"));
        assertThat(byName).isEqualTo(units());
        assertThat(problem(units(), wb -> cell(wb, "收支明细", "H2").setCellValue("035009")))
                .contains("收支明细!H2: 单位 must be the 单位编码 or 单位简称 of a unit of the sheet 组成单位, found \"035009\"");
        assertThat(problem(units(), wb -> blank(wb, "基本支出经济分类", "C3")))
                .contains("基本支出经济分类!C3: 单位 is required: the workbook has units (sheet 组成单位)");
        assertThat(problem(units(), wb -> cell(wb, "组成单位", "A3").setCellValue("035001")))
                .contains("组成单位!A3: 单位编码 repeats \"035001\" of another unit");
        WorkbookBudget located = BudgetWorkbook.readLocated(WorkbookRoundTripProperties.bytes(units()), "b.xlsx");
        assertThat(located.cell("units[1].appropriations[0].amount")).contains("收支明细!D13");
        assertThat(located.cell("units[2].department.kind")).contains("组成单位!D4");
        // a budget without units leaves the column blank, and a workbook made before it reads without it
        Budget leting = BudgetFiles.read(BUDGETS.resolve("leting-industry-bureau-2022.json"));
        assertThat(readChanged(leting, wb -> {
                    for (String sheet : List.of("收支明细", "基本支出经济分类", "“三公”经费")) {
                        XSSFRow head = wb.getSheet(sheet).getRow(0);
                        head.removeCell(head.getCell(head.getLastCellNum() - 1));
                    }
                }))
                .isEqualTo(leting);
    }

    @Test
    void findingsOfTheNewFactsAreShownAtTheirCells() throws Exception {
        byte[] bytes = WorkbookRoundTripProperties.bytes(bureau());
        WorkbookBudget located = BudgetWorkbook.readLocated(bytes, "book.xlsx");
        assertThat(located.cell("operatingCosts")).contains("公开事项!B2");
        assertThat(located.cell("narrative.procurementTotals.services")).contains("公开事项!B5");
        assertThat(located.cell("narrative.heldAssets.largeEquipment")).contains("车辆及设备!B11");
        assertThat(located.cell("narrative.budgetUnits[0].kind")).contains("预算单位!B2");
        assertThat(located.cell("explanations.lines[1].purpose")).contains("财政拨款支出主要内容!B3");
        assertThat(located.cell("narrative.priorThreePublic.amounts.RECEPTION")).contains("上年数!B13");
        assertThat(located.cell("explanations.priorRevenue.bySource.GENERAL_PUBLIC_BUDGET"))
                .contains("公开事项!B11");
    }
}
