package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.CommandLineTest.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The final-accounts workbook (决算填报工作簿) from the command line: template, validate and render of it. */
class FinalWorkbookCommandTest {

    @TempDir
    Path dir;

    @Test
    void theFinalAccountsLayoutWritesItsWorkbook() throws Exception {
        Path book = dir.resolve("final.xlsx");
        Run t = run("template", "--profile", "shanghai-2024-final-accounts", "--out", book.toString(), "--lang", "en");
        assertThat(t.status()).as(t.err()).isZero();
        try (InputStream in = Files.newInputStream(book);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("部门决算填报工作簿");
            assertThat(wb.getSheet("收入决算").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("收入来源");
            assertThat(wb.getSheet("基本信息").getRow(5).getCell(1).getNumericCellValue())
                    .isEqualTo(2024);
        }
        Run v = run("validate", book.toString(), "--lang", "en");
        assertThat(v.status()).isEqualTo(2);
        assertThat(v.out() + v.err()).contains("基本信息!B3（部门全称）");
    }

    @Test
    void aFinalAccountsFileFillsTheWorkbookWhichValidatesAndRenders() throws Exception {
        Path book = dir.resolve("filled.xlsx");
        Run t = run(
                "template",
                "--from",
                FinalAccountsCommandTest.FINAL.toString(),
                "--out",
                book.toString(),
                "--lang",
                "en");
        assertThat(t.status()).as(t.err()).isZero();
        assertThat(t.err())
                .as("the workbook carries every fact of the reference")
                .isEmpty();
        Run v = run("validate", book.toString(), "--lang", "en");
        assertThat(v.status()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("valid (final accounts");
        Run r = run(
                "render", book.toString(), "--out", dir.resolve("out").toString(), "--format", "html", "--lang", "en");
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("out").resolve("filled.html"));
        assertThat(html).contains("上海市普陀区财政局").contains("部门决算");
    }

    /**
     * Final accounts with units: the file → template --from → the workbook, which validates as the file does and
     * renders (with --units, the department's and each unit's) the same bytes.
     */
    @Test
    void aDepartmentWithUnitsRendersTheSameFromItsWorkbook() throws Exception {
        String name = "shanghai-demo-bureau-2024-final-units";
        Path json = Files.createDirectories(dir.resolve("json")).resolve(name + ".json");
        Files.copy(FinalAccountsCommandTest.UNITS, json);
        Path book = Files.createDirectories(dir.resolve("xlsx")).resolve(name + ".xlsx");
        Run t = run("template", "--from", json.toString(), "--out", book.toString(), "--lang", "en");
        assertThat(t.status()).as(t.err()).isZero();
        assertThat(t.err()).as("the workbook carries every fact of the file").isEmpty();
        Run vj = run("validate", json.toString(), "--lang", "en");
        Run vb = run("validate", book.toString(), "--lang", "en");
        assertThat(vb.status()).as(vb.out() + vb.err()).isEqualTo(vj.status());
        assertThat(vb.out().replace(book.toString(), "FILE").replaceAll(" \\[[^\\]]*![A-Z]+[0-9]+\\]", ""))
                .isEqualTo(vj.out().replace(json.toString(), "FILE"));
        for (Path in : new Path[] {json, book}) {
            Run r = run(
                    "render",
                    in.toString(),
                    "--units",
                    "--format",
                    "html",
                    "--out",
                    in.getParent().resolve("out").toString());
            assertThat(r.status()).as(r.err()).isZero();
        }
        for (String html : new String[] {"", "-101001", "-101002", "-101003"}) {
            Path fromJson = dir.resolve("json/out").resolve(name + html + ".html");
            Path fromBook = dir.resolve("xlsx/out").resolve(name + html + ".html");
            String expected = Files.readString(fromJson);
            String actual = Files.readString(fromBook);
            int at = 0;
            while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 200);
            assertThat(actual.substring(from, Math.min(actual.length(), at + 200)))
                    .as(name + html + ".html from the workbook differs at " + at)
                    .isEqualTo(expected.substring(from, Math.min(expected.length(), at + 200)));
            assertThat(Files.readAllBytes(fromBook)).as(html).isEqualTo(Files.readAllBytes(fromJson));
        }
    }

    @Test
    void aBadCellIsNamedBySheetAndCell() throws Exception {
        Path book = dir.resolve("bad.xlsx");
        assertThat(run("template", "--from", FinalAccountsCommandTest.FINAL.toString(), "--out", book.toString())
                        .status())
                .isZero();
        try (InputStream in = Files.newInputStream(book);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("支出决算").getRow(2).getCell(3).setCellValue("一百");
            try (var out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        Run v = run("validate", book.toString(), "--lang", "en");
        assertThat(v.status()).isEqualTo(2);
        assertThat(v.out() + v.err()).contains("支出决算!D3").contains("金额 must be a number, found \"一百\"");
    }
}
