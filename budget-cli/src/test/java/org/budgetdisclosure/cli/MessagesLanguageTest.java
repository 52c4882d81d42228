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
        Files.writeString(
                bad,
                Files.readString(CommandLineTest.REFERENCE)
                        .replace("\"226.97\"", "\"226.975\"")
                        .replace("\"total\": 163", "\"total\": 164"));
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", bad.toString());
        CommandLineTest.Run en = CommandLineTest.run("validate", "--lang", "en", bad.toString());
        assertThat(zh.status()).isEqualTo(1).isEqualTo(en.status());
        assertThat(zh.out())
                .contains(bad + "：未通过（")
                .contains("错误 amount.precision 位置 basicExpenditures[0].amount：" + "金额的小数位数超过金额单位允许的位数")
                .contains("错误 staffing.total 位置 narrative.staffing.total：" + "人员总数与各类人员之和不符（应为163，实为164）");
        assertThat(en.out())
                .contains(bad + ": INVALID (")
                .contains("ERROR amount.precision at basicExpenditures[0]" + ".amount");
        // every finding line of the Chinese run: no English word but the rule id and the location
        for (String line : zh.out().lines().skip(1).toList()) {
            // a layout is named by its name (hebei-2022), as on the command line
            String sentence = line.substring(line.indexOf('：') + 1).replace("hebei-2022", "");
            assertThat(LATIN_WORD.matcher(sentence).find()).as(line).isFalse();
        }
        assertThat(CommandLineTest.run("validate", "--json", "--lang", "zh", bad.toString())
                        .out())
                .isEqualTo(CommandLineTest.run("validate", "--json", bad.toString())
                        .out());
    }

    @Test
    void aWorkbookProblemNamesTheRowsLabelInEitherLanguage() throws Exception {
        Path book = dir.resolve("book.xlsx");
        assertThat(CommandLineTest.run("template", "--profile", "shanghai-2025-department", "--out", book.toString())
                        .status())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            OfficerTrapsTest.setLabelled(wb.getSheet("部门信息"), "部门全称", "上海市某区某局");
            try (var out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang=zh", book.toString());
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.out()).contains(book + "：部门信息!B4（部门简称）：必须填写");
        // a row whose last year's figure is the sum of its items (the officer's trial typed it)
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(book.toFile()))) {
            OfficerTrapsTest.setLabelled(wb.getSheet("上年数"), "“三公”经费", "85000");
            try (var out = new FileOutputStream(book.toFile())) {
                wb.write(out);
            }
        }
        assertThat(CommandLineTest.run("validate", "--lang=zh", book.toString()).out())
                .contains("上年数!B6（“三公”经费）：这一行（“三公”经费）的上年数由其各项相加得出：请留空，只填各项");
        CommandLineTest.Run en = CommandLineTest.run("validate", book.toString());
        assertThat(en.out()).contains(book + ": at 部门信息!B4（部门简称）: 内容 is required");
    }

    @Test
    void theChineseCatalogueHasNoEnglishWordsAndTheEnglishSummariesNoChinese() {
        Lang.set(Locale.CHINESE);
        try {
            for (String key : Lang.keys()) {
                String zh = Lang.text(key, "?", "{0}", "{1}", "{2}", "{3}", "{4}", "{5}");
                assertThat(LATIN_WORD.matcher(withoutNames(zh)).find())
                        .as(key + "=" + zh)
                        .isFalse();
            }
        } finally {
            Lang.clear();
        }
        CommandLineTest.Run en = CommandLineTest.run("validate", "--lang", "en", CommandLineTest.REFERENCE.toString());
        String summary = en.out().lines().findFirst().orElseThrow();
        assertThat(CJK.matcher(summary.replace(CommandLineTest.REFERENCE.toString(), ""))
                        .find())
                .isFalse();
        CommandLineTest.Run render = CommandLineTest.run(
                "render",
                "--lang",
                "zh",
                CommandLineTest.REFERENCE.toString(),
                "--format",
                "html",
                "--out",
                dir.resolve("out").toString());
        assertThat(render.status()).isZero();
        assertThat(render.out()).contains("已写入 ");
        assertThat(render.err()).contains("警告：警告 profile.default 位置 profile：没有指明公开版式，将按默认版式hebei-2022生成");
    }

    @Test
    void aFindingAtAStatementsCellNamesTheTableAsTheLayoutPrintsIt() throws Exception {
        Path bad = dir.resolve("basic.json");
        Files.writeString(bad, Files.readString(OfficerTrapsTest.SHANGHAI).replace("\"2642448.00\"", "\"2642449.00\""));
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", bad.toString());
        assertThat(zh.status()).isEqualTo(1);
        assertThat(zh.out())
                .contains("错误 basic.economic-total 位置 table 6 ")
                .contains("（即本版式第8张表：2025年部门一般公共预算基本支出部门预算经济分类预算表）");
        CommandLineTest.Run en = CommandLineTest.run("validate", bad.toString());
        assertThat(en.out())
                .contains("ERROR basic.economic-total at table 6 ")
                .contains("(table 6 is the layout's table 8: 2025年部门一般公共预算基本支出部门预算经济分类预算表)");
        CommandLineTest.Run render = CommandLineTest.run(
                "render", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(render.status()).isEqualTo(1);
        assertThat(render.err()).contains("refused").contains("the layout's table 8");
    }

    @Test
    void theHelpIsInChineseToo() throws Exception {
        CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", "--help");
        assertThat(zh.out()).contains("用法：").contains("检查预算文件并列出全部问题").contains("显示本帮助并退出");
        CommandLineTest.Run en = CommandLineTest.run("validate", "--help");
        assertThat(en.out()).contains("Validates budget files").doesNotContain("检查预算文件");
        assertThat(CommandLineTest.run("render", "--help", "--lang=zh").out())
                .contains("预算文件（.json、.yaml、.yml，" + "或填好的 .xlsx")
                .doesNotContain("The budget file");
        assertThat(CommandLineTest.run("template", "--help", "--lang=zh").out())
                .contains("生成要填写的 Excel 工作簿")
                .contains("预算年度");
        // the catalogue of the help: no English words but the names of formats and commands
        java.util.Properties help = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(
                Lang.class.getResourceAsStream("help_zh.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            help.load(in);
        }
        for (String key : help.stringPropertyNames()) {
            String zhText = help.getProperty(key)
                    .replaceAll("(?i)PDF|DOCX|HTML|Excel|JSON|YAML|XLSX|YML|\\bzh\\b|\\ben\\b|%n", "");
            assertThat(LATIN_WORD.matcher(zhText).find())
                    .as(key + "=" + help.getProperty(key))
                    .isFalse();
        }
    }

    /**
     * A Chinese message without the names it may hold: the command and its options, file formats, programs,
     * environment variables.
     */
    private static String withoutNames(String zh) {
        return zh.replaceAll(
                        "budget (render|profiles|reference)|budget|--[a-z-]+|-Xmx|\\b[A-Z_]{4,}\\b|\\*?\\.xlsx", "")
                .replaceAll("\\b(Excel|WPS|JSON|YAML|PDF|DOCX|HTML)\\b", "");
    }

    @Test
    void commonFileErrorsInChineseAndInEnglishWithTheSameJson() throws Exception {
        Path badJson = dir.resolve("bad.json");
        Files.writeString(badJson, "{\"year\": 2025,\n \"unit\": }");
        Path badYaml = dir.resolve("bad.yaml");
        Files.writeString(badYaml, "year: 2025\nunit: [\n");
        Path badBook = dir.resolve("bad.xlsx");
        Files.writeString(badBook, "not a workbook");
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, Files.readString(CommandLineTest.REFERENCE).replaceFirst("\\{", "{\"yeer\": 1,"));
        Path missing = dir.resolve("missing.json");
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);
        java.util.Map<Path, String> chinese = new java.util.LinkedHashMap<>();
        chinese.put(missing, missing + "：文件不存在");
        chinese.put(badJson, badJson + "：第2行第10列：JSON 格式有误");
        chinese.put(badYaml, badYaml + "：第2行第8列：YAML 格式有误");
        chinese.put(badBook, badBook + "：不能作为 Excel 工作簿（.xlsx）读取");
        chinese.put(unknown, "：未知的字段“yeer”；应为以下之一：");
        chinese.put(folder, folder + "：这是文件夹，不是文件");
        java.util.Map<Path, String> english = java.util.Map.of(
                missing,
                "no such file",
                badJson,
                "malformed JSON",
                badYaml,
                "malformed YAML",
                badBook,
                "cannot be read as an Excel workbook",
                unknown,
                "unknown field \"yeer\"",
                folder,
                "not a regular file (a directory)");
        for (var e : chinese.entrySet()) {
            String file = e.getKey().toString();
            CommandLineTest.Run zh = CommandLineTest.run("validate", "--lang", "zh", file);
            assertThat(zh.status()).as(file).isEqualTo(2);
            assertThat(zh.out()).contains(e.getValue());
            // no English word in what the officer reads, but names: the file's, a field's, a format's
            String sentence = withoutNames(zh.out()
                    .replace(file, "")
                    .replaceAll("“[A-Za-z]+”|：[a-zA-Z, ]+$", "")
                    .replace("$", ""));
            assertThat(LATIN_WORD.matcher(sentence).find()).as(zh.out()).isFalse();
            CommandLineTest.Run render = CommandLineTest.run(
                    "render", "--lang=zh", file, "--out", dir.resolve("out").toString());
            assertThat(render.err()).startsWith("budget：").contains(e.getValue().replace(file, ""));
            CommandLineTest.Run en = CommandLineTest.run("validate", "--lang", "en", file);
            assertThat(en.out()).contains(english.get(e.getKey()));
            assertThat(CJK.matcher(en.out().replace(file, "").replace("“Excel 工作簿 (*.xlsx)”", ""))
                            .find())
                    .as(en.out())
                    .isFalse();
            assertThat(CommandLineTest.run("validate", "--json", "--lang", "zh", file)
                            .out())
                    .isEqualTo(CommandLineTest.run("validate", "--json", "--lang", "en", file)
                            .out());
        }
    }

    @Test
    void aCommandLineThatCannotBeParsedIsSaidInChinese() {
        CommandLineTest.Run option = CommandLineTest.run("validate", "--lang", "zh", "--bogus", "x.json");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).startsWith("未知的选项：").contains("用法：");
        CommandLineTest.Run command = CommandLineTest.run("--lang", "zh", "rendr");
        assertThat(command.err())
                .contains("无法识别的参数：")
                .contains("是否要输入：budget render 或 budget reference？")
                .doesNotContain("Did you mean");
        assertThat(CommandLineTest.run("validate", "--lang", "zh").err()).contains("缺少必需的参数：");
        assertThat(CommandLineTest.run("render", "--lang", "zh", "x.json", "--format", "foo")
                        .err())
                .contains("选项 --format 的取值无效：未知的格式“foo”");
        assertThat(CommandLineTest.run("template", "--lang", "zh", "--profile", "nope", "--out", "x.xlsx")
                        .err())
                .contains("budget：未知的公开版式“nope”：应为 hebei-2022");
        // English as picocli says it
        assertThat(CommandLineTest.run("validate", "--bogus", "x.json").err()).startsWith("Unknown option: '--bogus'");
        assertThat(CommandLineTest.run("rendr").err()).contains("Did you mean: budget render or budget reference?");
    }

    @Test
    void verifyAndExtractSummariesInChinese() {
        Path out = dir.resolve("pdf");
        assertThat(CommandLineTest.run(
                                "render",
                                CommandLineTest.REFERENCE.toString(),
                                "--format",
                                "pdf",
                                "--out",
                                out.toString())
                        .status())
                .isZero();
        Path pdf = out.resolve("leting-industry-bureau-2022.pdf");
        CommandLineTest.Run zh = CommandLineTest.run("verify", "--lang", "zh", pdf.toString());
        assertThat(zh.status()).isZero();
        assertThat(zh.out())
                .contains(pdf + "：")
                .contains("个数字均与附带的数字一致")
                .contains("没有附带预算文件（生成时未加 --embed-source），未重新生成");
        assertThat(CommandLineTest.run("verify", pdf.toString()).out()).contains("figures printed as carried");
        CommandLineTest.Run extract = CommandLineTest.run(
                "extract",
                "--lang",
                "zh",
                pdf.toString(),
                "--out",
                dir.resolve("x").toString());
        assertThat(extract.out()).startsWith("已写入 ").contains("字节）");
    }
}
