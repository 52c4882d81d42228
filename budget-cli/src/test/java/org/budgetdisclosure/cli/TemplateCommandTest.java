package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel path of the command line: template, fill, validate and render; and the tables out as XLSX, CSV, JSON. */
class TemplateCommandTest {

    @TempDir
    Path dir;

    @Test
    void templateFillValidateRender() throws Exception {
        Path book = dir.resolve("book.xlsx");
        CommandLineTest.Run template = CommandLineTest.run("template", "--out", book.toString());
        assertThat(template.status()).isZero();
        assertThat(template.out()).contains("wrote " + book);
        // the empty template is unusable input, each missing fact located
        CommandLineTest.Run empty = CommandLineTest.run("validate", book.toString());
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.out()).contains(book + ": at 部门信息!B3（部门全称）: 内容 is required");
        // fill it as an officer would: the department, and one line
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            var info = wb.getSheet("部门信息");
            info.getRow(1).createCell(1).setCellValue("901");
            info.getRow(2).createCell(1).setCellValue("某县测试局");
            info.getRow(3).createCell(1).setCellValue("测试局");
            info.getRow(4).createCell(1).setCellValue("行政");
            var line = wb.getSheet("收支明细").createRow(1);
            line.createCell(0).setCellValue("2150501 行政运行");
            line.createCell(1).setCellValue("一般公共预算拨款收入");
            line.createCell(2).setCellValue("项目支出");
            line.createCell(3).setCellValue(120.5);
            try (var out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        CommandLineTest.Run validate = CommandLineTest.run("validate", book.toString());
        assertThat(validate.status()).as(validate.out()).isZero();
        CommandLineTest.Run render = CommandLineTest.run(
                "render",
                book.toString(),
                "--format",
                "xlsx,csv,json",
                "--out",
                dir.resolve("out").toString());
        assertThat(render.status()).as(render.err()).isZero();
        try (XSSFWorkbook tables = new XSSFWorkbook(
                new FileInputStream(dir.resolve("out/book.xlsx").toFile()))) {
            var summary = tables.getSheetAt(0);
            var total = summary.getRow(summary.getLastRowNum());
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(120.5);
        }
        assertThat(Files.readString(dir.resolve("out/book.csv")))
                .contains("table-1,部门预算收支总表,33,,收入总计,0," + "total,3,收入/预算数,120.5,万元")
                .doesNotContain(",,,0,detail");
        assertThat(Files.readString(dir.resolve("out/book.json"))).contains("\"rowCode\": \"2150501\"");
    }

    @Test
    void aBudgetFileBecomesAFilledWorkbookThatRendersTheSame() throws Exception {
        Path book = dir.resolve("reference.xlsx");
        assertThat(CommandLineTest.run(
                                "template", "--from", CommandLineTest.REFERENCE.toString(), "--out", book.toString())
                        .status())
                .isZero();
        CommandLineTest.Run validate = CommandLineTest.run("validate", book.toString());
        assertThat(validate.status()).isZero();
        assertThat(validate.out()).contains("valid (0 error(s), 3 warning(s))");
        assertThat(CommandLineTest.run(
                                "render",
                                book.toString(),
                                "--format",
                                "html",
                                "--out",
                                dir.resolve("a").toString())
                        .status())
                .isZero();
        assertThat(CommandLineTest.run(
                                "render",
                                CommandLineTest.REFERENCE.toString(),
                                "--format",
                                "html",
                                "--out",
                                dir.resolve("b").toString())
                        .status())
                .isZero();
        assertThat(Files.readAllBytes(dir.resolve("a/reference.html")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/leting-industry-bureau-2022.html")));
    }

    @Test
    void theShanghaiBudgetsBecomeWorkbooksThatRenderTheSameInTheirLayout() throws Exception {
        for (String name :
                java.util.List.of("shanghai-putuo-finance-bureau-2025", "shanghai-putuo-welfare-home-2024-unit")) {
            Path file = CommandLineTest.REFERENCE.resolveSibling(name + ".json");
            Path book = dir.resolve(name + ".xlsx");
            CommandLineTest.Run template =
                    CommandLineTest.run("template", "--from", file.toString(), "--out", book.toString());
            assertThat(template.status()).as(template.err()).isZero();
            assertThat(template.err()).as("nothing is left out").doesNotContain("warning");
            // the workbook names the file's layout (公开事项: 公开版式), so render needs no --profile
            CommandLineTest.Run a = CommandLineTest.run(
                    "render",
                    book.toString(),
                    "--format",
                    "html",
                    "--out",
                    dir.resolve("a").toString());
            assertThat(a.status()).as(a.err()).isZero();
            assertThat(CommandLineTest.run(
                                    "render",
                                    file.toString(),
                                    "--format",
                                    "html",
                                    "--out",
                                    dir.resolve("b").toString())
                            .status())
                    .isZero();
            assertThat(Files.readAllBytes(dir.resolve("a/" + name + ".html")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b/" + name + ".html")));
        }
    }

    @Test
    void aDepartmentWithUnitsBecomesAWorkbookThatRendersEveryDocumentTheSame() throws Exception {
        String name = "shanghai-putuo-finance-bureau-2025-units";
        Path file = CommandLineTest.REFERENCE.resolveSibling(name + ".json");
        Path book = dir.resolve(name + ".xlsx");
        CommandLineTest.Run template =
                CommandLineTest.run("template", "--from", file.toString(), "--out", book.toString());
        assertThat(template.status()).as(template.err()).isZero();
        assertThat(template.err()).doesNotContain("warning");
        assertThat(CommandLineTest.run(
                                "render",
                                book.toString(),
                                "--units",
                                "--format",
                                "html",
                                "--out",
                                dir.resolve("a").toString())
                        .status())
                .isZero();
        assertThat(CommandLineTest.run(
                                "render",
                                file.toString(),
                                "--units",
                                "--format",
                                "html",
                                "--out",
                                dir.resolve("b").toString())
                        .status())
                .isZero();
        for (String doc : java.util.List.of("", "-035001", "-035002", "-035003")) {
            assertThat(Files.readAllBytes(dir.resolve("a/" + name + doc + ".html")))
                    .as(doc)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b/" + name + doc + ".html")));
        }
    }

    @Test
    void aUnitWhoseBudgetIsTheHeadquartersGoesToTheWorkbookAndComesBack() throws Exception {
        // 预算不单列，并入本部: the column 预算不单列 of 预算单位 carries it, so template --from leaves nothing out
        Path bureau = CommandLineTest.REFERENCE.resolveSibling("shanghai-putuo-finance-bureau-2025.json");
        String json = Files.readString(bureau)
                .replaceFirst(
                        "\"headquarters\": true\\s*}",
                        "\"headquarters\": true},"
                                + " {\"name\": \"区财政国库收付中心\", \"kind\": \"PUBLIC_INSTITUTION\", \"mergedIntoHeadquarters\": true}");
        Path file = dir.resolve("merged.json");
        Files.writeString(file, json);
        Path book = dir.resolve("merged.xlsx");
        CommandLineTest.Run template =
                CommandLineTest.run("template", "--from", file.toString(), "--out", book.toString());
        assertThat(template.status()).as(template.err()).isZero();
        assertThat(template.err()).as("nothing is left out").doesNotContain("warning");
        var facts = org.budgetdisclosure.io.BudgetFiles.read(file);
        assertThat(facts.narrative().budgetUnits().get(1).mergedIntoHeadquarters())
                .isTrue();
        assertThat(org.budgetdisclosure.io.workbook.BudgetWorkbook.read(book)).isEqualTo(facts);
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            var units = wb.getSheet("预算单位");
            assertThat(units.getRow(0).getCell(3).getStringCellValue()).isEqualTo("预算不单列");
            assertThat(units.getRow(2).getCell(3).getStringCellValue()).isEqualTo("是");
        }
    }

    @Test
    void aFactTheWorkbookCannotCarryIsNamedNotDroppedSilently() throws Exception {
        // last year's “三公” stated twice (priorYear and narrative.priorThreePublic): 上年数 holds one of them
        String json = Files.readString(CommandLineTest.REFERENCE)
                .replaceFirst(
                        "\"narrative\"\\s*:\\s*\\{",
                        "\"narrative\": {\"priorThreePublic\": {\"amounts\": {\"RECEPTION\": \"1.00\"}, \"reasons\": {}},");
        Path file = dir.resolve("twice.json");
        Files.writeString(file, json);
        CommandLineTest.Run r = CommandLineTest.run(
                "template",
                "--from",
                file.toString(),
                "--out",
                dir.resolve("twice.xlsx").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("budget: warning: " + file + ": the workbook does not carry "
                        + "narrative.priorThreePublic; these facts are left out of");
    }

    @Test
    void validationFindingsOfAWorkbookAreShownAtTheirCells() throws Exception {
        Path book = dir.resolve("reference.xlsx");
        assertThat(CommandLineTest.run(
                                "template", "--from", CommandLineTest.REFERENCE.toString(), "--out", book.toString())
                        .status())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            wb.getSheet("收支明细").getRow(2).getCell(3).setCellValue("34.105");
            try (var out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        CommandLineTest.Run r = CommandLineTest.run("validate", book.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).containsPattern("ERROR amount.precision at appropriations\\[1\\]\\.amount.*\\[收支明细!D3\\]");
        CommandLineTest.Run json = CommandLineTest.run("validate", "--json", book.toString());
        assertThat(json.out()).contains("\"cell\" : \"收支明细!D3\"");
    }

    @Test
    void theBundledProfilesAreKnownToTheTemplate() throws Exception {
        // hebei-2025: the workbook of its year, with the 2025 catalogue
        Path book = dir.resolve("hebei-2025.xlsx");
        CommandLineTest.Run r = CommandLineTest.run("template", "--profile", "hebei-2025", "--out", book.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            var info = wb.getSheet("部门信息");
            boolean year2025 = false;
            for (var row : info) {
                for (var cell : row) {
                    year2025 |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 2025
                            || cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().equals("2025");
                }
            }
            assertThat(year2025).as("预算年度 2025").isTrue();
        }
        // the Shanghai profiles: the workbook carries the facts they print; shanghai-2025-department is of 2025,
        // shanghai-unit of no one year, so it asks for --year
        CommandLineTest.Run s = CommandLineTest.run(
                "template",
                "--profile",
                "shanghai-2025-department",
                "--out",
                dir.resolve("shanghai.xlsx").toString());
        assertThat(s.status()).as(s.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new FileInputStream(dir.resolve("shanghai.xlsx").toFile()))) {
            assertThat(wb.getSheet("公开事项")).isNotNull();
            assertThat(wb.getSheet("车辆及设备")).isNotNull();
        }
        CommandLineTest.Run unit = CommandLineTest.run(
                "template",
                "--profile",
                "shanghai-unit",
                "--out",
                dir.resolve("unit.xlsx").toString());
        assertThat(unit.status()).isEqualTo(2);
        assertThat(unit.err()).contains("the profile shanghai-unit is of no one year: give --year");
        assertThat(dir.resolve("unit.xlsx")).doesNotExist();
        assertThat(CommandLineTest.run(
                                "template",
                                "--profile",
                                "shanghai-unit",
                                "--year",
                                "2024",
                                "--out",
                                dir.resolve("unit.xlsx").toString())
                        .status())
                .isZero();
    }

    @Test
    void anUnknownProfileOrNameIsRefused() {
        CommandLineTest.Run r = CommandLineTest.run(
                "template",
                "--profile",
                "hunan-2023",
                "--out",
                dir.resolve("b.xlsx").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown profile 'hunan-2023': expected hebei-2022");
        assertThat(r.err()).contains("hebei-2025");
        assertThat(CommandLineTest.run("template", "--out", dir.resolve("b.xls").toString())
                        .err())
                .contains("must end in .xlsx");
    }
}
