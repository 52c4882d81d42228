package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a finance officer makes on a first try, none of which may pass silently (issue 26): the unit left
 * at a default that is not the layout's, figures typed in the wrong unit, a workbook or file naming no layout, a
 * chapter the layout prints that the facts leave empty.
 */
class OfficerTrapsTest {

    static final Path SHANGHAI = Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2025.json");

    @TempDir
    Path dir;

    /** The value beside a label on a sheet of label rows (部门信息, 公开事项), as a user sees it. */
    static String labelled(XSSFSheet sheet, String label) {
        DataFormatter f = new DataFormatter();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null
                    && f.formatCellValue(sheet.getRow(r).getCell(0)).equals(label)) {
                return f.formatCellValue(sheet.getRow(r).getCell(1));
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    static void setLabelled(XSSFSheet sheet, String label, String value) {
        DataFormatter f = new DataFormatter();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null
                    && f.formatCellValue(sheet.getRow(r).getCell(0)).equals(label)) {
                sheet.getRow(r).createCell(1).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    @Test
    void theTemplateOfALayoutHasItsLedgerUnitAndNamesTheLayout() throws Exception {
        Path shanghai = dir.resolve("shanghai.xlsx");
        Path hebei = dir.resolve("hebei.xlsx");
        assertThat(CommandLineTest.run(
                                "template", "--profile", "shanghai-2025-department", "--out", shanghai.toString())
                        .status())
                .isZero();
        assertThat(CommandLineTest.run("template", "--out", hebei.toString()).status())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(shanghai.toFile()))) {
            assertThat(labelled(wb.getSheet("部门信息"), "金额单位")).isEqualTo("元");
            assertThat(labelled(wb.getSheet("部门信息"), "预算年度")).isEqualTo("2025");
            assertThat(labelled(wb.getSheet("公开事项"), "公开版式")).isEqualTo("shanghai-2025-department");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(hebei.toFile()))) {
            assertThat(labelled(wb.getSheet("部门信息"), "金额单位")).isEqualTo("万元");
            assertThat(labelled(wb.getSheet("公开事项"), "公开版式")).isEqualTo("hebei-2022");
        }
    }

    @Test
    void figuresInYuanUnderTenThousandYuanAreWarnedOfInJsonYamlAndWorkbook() throws Exception {
        // the Shanghai budget typed as its tables print it (元), the unit left at 万元
        Path json = dir.resolve("yuan-as-wan.json");
        Files.writeString(json, Files.readString(SHANGHAI).replace("\"unit\": \"元\"", "\"unit\": \"万元\""));
        Path yaml = dir.resolve("yuan-as-wan.yaml");
        try (OutputStream out = Files.newOutputStream(yaml)) {
            BudgetFiles.write(BudgetFiles.read(json), out, BudgetFiles.Syntax.YAML);
        }
        Path book = dir.resolve("yuan-as-wan.xlsx");
        assertThat(CommandLineTest.run("template", "--from", SHANGHAI.toString(), "--out", book.toString())
                        .status())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            setLabelled(wb.getSheet("部门信息"), "金额单位", "万元");
            try (OutputStream out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        for (Path file : new Path[] {json, yaml, book}) {
            CommandLineTest.Run r = CommandLineTest.run("validate", "--json", file.toString());
            JsonNode finding = unitFinding(r.out());
            assertThat(finding).as(file + ": " + r.out()).isNotNull();
            assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
            assertThat(finding.get("location").asText()).isEqualTo("unit");
            assertThat(finding.get("expected").asText()).isEqualTo("元");
            assertThat(finding.get("message").asText()).contains("look like yuan");
            if (file.equals(book)) {
                assertThat(finding.get("cell").asText()).startsWith("部门信息!B");
            }
        }
        // the references in their own units are plausible
        for (Path file : new Path[] {SHANGHAI, CommandLineTest.REFERENCE}) {
            assertThat(unitFinding(CommandLineTest.run("validate", "--json", file.toString())
                            .out()))
                    .isNull();
        }
    }

    private static JsonNode unitFinding(String json) throws Exception {
        for (JsonNode f : new ObjectMapper().readTree(json).get(0).get("findings")) {
            if (f.get("rule").asText().equals("amount.unit-implausible")) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aFileNamingNoLayoutIsRenderedInTheDefaultWithAWarningThatValidateGivesToo() throws Exception {
        CommandLineTest.Run validate = CommandLineTest.run("validate", CommandLineTest.REFERENCE.toString());
        assertThat(validate.out())
                .contains("WARNING profile.default at profile")
                .contains("rendered in the default hebei-2022");
        CommandLineTest.Run render = CommandLineTest.run(
                "render",
                CommandLineTest.REFERENCE.toString(),
                "--format",
                "html",
                "--out",
                dir.resolve("out").toString());
        assertThat(render.status()).isZero();
        assertThat(render.err()).contains("profile.default").contains("hebei-2022");
        // a file that names its layout, or a layout given on the command line: no warning
        assertThat(CommandLineTest.run("validate", SHANGHAI.toString()).out()).doesNotContain("profile.default");
        assertThat(CommandLineTest.run("validate", "--profile", "hebei-2022", CommandLineTest.REFERENCE.toString())
                        .out())
                .doesNotContain("profile.default");
        // a workbook whose 公开版式 is emptied says so at its cell
        Path book = dir.resolve("book.xlsx");
        assertThat(CommandLineTest.run("template", "--from", SHANGHAI.toString(), "--out", book.toString())
                        .status())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            setLabelled(wb.getSheet("公开事项"), "公开版式", "");
            try (OutputStream out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        assertThat(CommandLineTest.run("validate", book.toString()).out())
                .containsPattern("WARNING profile.default at profile: .* \\[公开事项!B\\d+\\]");
    }

    @Test
    void aChapterTheLayoutPrintsThatTheFactsLeaveEmptyIsAFinding() throws Exception {
        Path json = dir.resolve("no-duties.json");
        String text = Files.readString(SHANGHAI);
        int at = text.indexOf("\"duties\"");
        int end = text.indexOf(']', at);
        Files.writeString(json, text.substring(0, at) + "\"duties\": [" + text.substring(end));
        CommandLineTest.Run r = CommandLineTest.run("validate", json.toString());
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).contains("WARNING chapter.empty at narrative.duties");
        assertThat(CommandLineTest.run("validate", SHANGHAI.toString()).out()).doesNotContain("chapter.empty");
        // the chapter named as the layout prints it (部门主要职能) on 文字说明 is the duties
        Path book = dir.resolve("duties.xlsx");
        assertThat(CommandLineTest.run("template", "--from", SHANGHAI.toString(), "--out", book.toString())
                        .status())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            DataFormatter f = new DataFormatter();
            wb.getSheet("文字说明").forEach(row -> {
                if (f.formatCellValue(row.getCell(0)).equals("部门职责")) {
                    row.getCell(0).setCellValue("部门主要职能");
                }
            });
            try (OutputStream out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        assertThat(org.budgetdisclosure.io.workbook.BudgetWorkbook.read(book)).isEqualTo(BudgetFiles.read(SHANGHAI));
    }

    @Test
    void theThreePublicItemsAreOfferedAsTheLayoutPublishesThem() throws Exception {
        Path shanghai = dir.resolve("shanghai.xlsx");
        Path hebei = dir.resolve("hebei.xlsx");
        Path filled = dir.resolve("filled.xlsx");
        assertThat(CommandLineTest.run(
                                "template", "--profile", "shanghai-2025-department", "--out", shanghai.toString())
                        .status())
                .isZero();
        assertThat(CommandLineTest.run("template", "--out", hebei.toString()).status())
                .isZero();
        assertThat(CommandLineTest.run("template", "--from", SHANGHAI.toString(), "--out", filled.toString())
                        .status())
                .isZero();
        DataFormatter f = new DataFormatter();
        for (Path book : new Path[] {shanghai, filled}) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
                java.util.List<String> prior = new java.util.ArrayList<>();
                wb.getSheet("上年数").forEach(r -> prior.add(f.formatCellValue(r.getCell(0))));
                assertThat(prior).contains("因公出国（境）费").doesNotContain("其他因公出国（境）费", "教学科研人员因公出国（境）费");
                java.util.List<String> lists = new java.util.ArrayList<>();
                wb.getSheet("代码表").forEach(r -> r.forEach(c -> lists.add(f.formatCellValue(c))));
                assertThat(lists).contains("因公出国（境）费").doesNotContain("教学科研人员因公出国（境）费");
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(filled.toFile()))) {
            java.util.List<String> items = new java.util.ArrayList<>();
            wb.getSheet("“三公”经费").forEach(r -> items.add(f.formatCellValue(r.getCell(0))));
            assertThat(items).contains("因公出国（境）费").doesNotContain("其他因公出国（境）费");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(hebei.toFile()))) {
            java.util.List<String> prior = new java.util.ArrayList<>();
            wb.getSheet("上年数").forEach(r -> prior.add(f.formatCellValue(r.getCell(0))));
            assertThat(prior).contains("因公出国（境）费", "其他因公出国（境）费", "教学科研人员因公出国（境）费");
        }
        // the workbook with one item reads back as the budget: 其他因公出国（境）费
        assertThat(org.budgetdisclosure.io.workbook.BudgetWorkbook.read(filled)).isEqualTo(BudgetFiles.read(SHANGHAI));
    }
}
