package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command prints for people, in Chinese (--lang zh) and English; rule ids, locations, --json unchanged. */
class MessagesLanguageTest {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @TempDir
    Path dir;

    @Test
    void validateSpeaksChineseWithTheSameRulesLocationsAndJson() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(CommandLineTest.REFERENCE).replace("\"226.97\"", "\"226.975\"")
                .replace("\"total\": 163", "\"total\": 164"));
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", bad.toString());
        CommandLineTest.Run en = CommandLineTest.run("validate", "--lang", "en", bad.toString());
        assertThat(zh.status()).isEqualTo(1).isEqualTo(en.status());
        assertThat(zh.out()).contains(bad + "：未通过（").contains("错误 amount.precision 位置 basicExpenditures[0].amount："
                + "金额的小数位数超过金额单位允许的位数").contains("错误 staffing.total 位置 narrative.staffing.total："
                + "人员总数与各类人员之和不符（应为163，实为164）");
        assertThat(en.out()).contains(bad + ": INVALID (").contains("ERROR amount.precision at basicExpenditures[0]"
                + ".amount");
        // every finding line of the Chinese run: no English word but the rule id and the location
        for (String line : zh.out().lines().skip(1).toList()) {
            // a layout is named by its name (hebei-2022), as on the command line
            String sentence = line.substring(line.indexOf('：') + 1).replace("hebei-2022", "");
            assertThat(LATIN_WORD.matcher(sentence).find()).as(line).isFalse();
        }
        assertThat(CommandLineTest.run("validate", "--json", "--lang", "zh", bad.toString()).out())
                .isEqualTo(CommandLineTest.run("validate", "--json", bad.toString()).out());
    }

    @Test
    void aWorkbookProblemNamesTheRowsLabelInEitherLanguage() throws Exception {
        Path book = dir.resolve("book.xlsx");
        assertThat(CommandLineTest.run("template", "--profile", "shanghai-2025-department", "--out",
                book.toString()).status()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            OfficerTrapsTest.setLabelled(wb.getSheet("部门信息"), "部门全称", "上海市某区某局");
            try (var out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang=zh", book.toString());
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.out()).contains(book + "：部门信息!B4（部门简称）：必须填写");
        CommandLineTest.Run en = CommandLineTest.run("validate", book.toString());
        assertThat(en.out()).contains(book + ": at 部门信息!B4（部门简称）: 内容 is required");
    }

    @Test
    void theChineseCatalogueHasNoEnglishWordsAndTheEnglishSummariesNoChinese() {
        Lang.set(Locale.CHINESE);
        try {
            for (String key : Lang.keys()) {
                String zh = Lang.text(key, "?", "{0}", "{1}", "{2}", "{3}");
                assertThat(LATIN_WORD.matcher(zh.replace("budget", "")).find()).as(key + "=" + zh).isFalse();
            }
        } finally {
            Lang.clear();
        }
        CommandLineTest.Run en = CommandLineTest.run("validate", "--lang", "en",
                CommandLineTest.REFERENCE.toString());
        String summary = en.out().lines().findFirst().orElseThrow();
        assertThat(CJK.matcher(summary.replace(CommandLineTest.REFERENCE.toString(), "")).find()).isFalse();
        CommandLineTest.Run render = CommandLineTest.run("render", "--lang", "zh", CommandLineTest.REFERENCE
                .toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertThat(render.status()).isZero();
        assertThat(render.out()).contains("已写入 ");
        assertThat(render.err()).contains("警告：警告 profile.default 位置 profile：没有指明公开版式，将按默认版式hebei-2022生成");
    }

    @Test
    void aFindingAtAStatementsCellNamesTheTableAsTheLayoutPrintsIt() throws Exception {
        Path bad = dir.resolve("basic.json");
        Files.writeString(bad, Files.readString(OfficerTrapsTest.SHANGHAI).replace("\"2642448.00\"",
                "\"2642449.00\""));
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", bad.toString());
        assertThat(zh.status()).isEqualTo(1);
        assertThat(zh.out()).contains("错误 basic.economic-total 位置 table 6 ")
                .contains("（即本版式第8张表：2025年部门一般公共预算基本支出部门预算经济分类预算表）");
        CommandLineTest.Run en = CommandLineTest.run("validate", bad.toString());
        assertThat(en.out()).contains("ERROR basic.economic-total at table 6 ")
                .contains("(table 6 is the layout's table 8: 2025年部门一般公共预算基本支出部门预算经济分类预算表)");
        CommandLineTest.Run render = CommandLineTest.run("render", bad.toString(), "--out",
                dir.resolve("out").toString());
        assertThat(render.status()).isEqualTo(1);
        assertThat(render.err()).contains("refused").contains("the layout's table 8");
    }

    @Test
    void theHelpIsInChineseToo() throws Exception {
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", "--help");
        assertThat(zh.out()).contains("用法：").contains("检查预算文件并列出全部问题").contains("显示本帮助并退出");
        CommandLineTest.Run en = CommandLineTest.run("validate", "--help");
        assertThat(en.out()).contains("Validates budget files").doesNotContain("检查预算文件");
        assertThat(CommandLineTest.run("template", "--help", "--lang=zh").out()).contains("生成要填写的 Excel 工作簿")
                .contains("预算年度");
        // the catalogue of the help: no English words but the names of formats and commands
        java.util.Properties help = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(Lang.class.getResourceAsStream("help_zh.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            help.load(in);
        }
        for (String key : help.stringPropertyNames()) {
            String zhText = help.getProperty(key).replaceAll("(?i)PDF|DOCX|HTML|Excel|JSON|YAML|XLSX|\\bzh\\b|\\ben\\b|%n", "");
            assertThat(LATIN_WORD.matcher(zhText).find()).as(key + "=" + help.getProperty(key)).isFalse();
        }
    }
}
