package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.io.BudgetFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chapters 二 (部门机构设置) and 六 (其他相关情况说明) of the 财政局 reference, rendered from its budget file in the
 * shanghai-2025-department profile and read back from HTML, DOCX and PDF: every sentence and figure, compared with
 * the published text. Where ours differs from the published sentence, the published one is given beside it with the
 * reason.
 *
 * <p>Zero: the reference prints it as "0万元" in the “三公” and procurement sentences; the profile's narrative style
 * prints every amount with two decimals (as the welfare home's reference does), so zero is "0.00万元" throughout.
 */
class ShanghaiFinanceBureauNarrativeTest {

    private static final String VEHICLES =
            "部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、" + "执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆";

    static final List<String> CHAPTER_2 =
            List.of("二、部门机构设置", "上海市普陀区财政局部门预算包括财政局本部以及下属0家预算单位的综合收支计划。", "本部门中，行政单位1家，事业单位0家，具体包括：", "1.财政局本部");

    static final List<String> CHAPTER_6 = List.of(
            "六、其他相关情况说明",
            "一、2025年“三公”经费预算情况说明",
            "2025年“三公”经费预算数为0.95万元，与2024年预算持平。其中：",
            "（一）因公出国（境）费0.00万元，与2024年预算持平，此项经费由区统筹安排。",
            "（二）公务用车购置及运行费0.00万元，与2024年预算持平。其中：公务用车购置费0.00万元，与2024年预算持平，"
                    + "主要原因是本部门无公务用车；公务用车运行费0.00万元，与2024年预算持平，主要原因是本部门无公务用车。",
            "（三）公务接待费0.95万元，与2024年预算持平，主要原因是业务需要或跨部门协作交流等进行公务接待。",
            "二、机关运行经费预算",
            "2025年上海市普陀区财政局财政拨款的机关运行经费预算为229.43万元。",
            "三、政府采购预算情况",
            "2025年度本部门政府采购预算117.00万元，其中：政府采购货物预算17.00万元、政府采购工程预算0.00万元、" + "政府采购服务预算100.00万元。",
            "四、绩效目标设置情况",
            "2025年度，本部门编报绩效目标的项目共4个，涉及项目预算资金598.46万元。其中：中介机构服务费418.80万元，"
                    + "财政业务费10.00万元，信息化系统日常维护费166.66万元，援滇干部工作经费3.00万元。",
            "五、国有资产占有使用情况",
            "截至2024年8月31日，财政局共有车辆0辆，其中：" + VEHICLES + "；单价100万元（含）以上设备（不含车辆）0台（套）。",
            "2025年部门预算安排购置车辆0辆，其中：" + VEHICLES + "；部门预算安排购置单价100万元（含）以上设备（不含车辆）" + "0台（套）。");

    /** Our line → the published one, where they differ, and why. */
    static final Map<String, String> PUBLISHED = new LinkedHashMap<>();

    static {
        // the published zero "0万元" is "0.00万元" in the narrative style (see the class comment)
        PUBLISHED.put(CHAPTER_6.get(3), "（一）因公出国（境）费0万元，与2024年预算持平，此项经费由区统筹安排。");
        // published: "公务车购置及运行费0万元，其中：…与2024年预算一致0万元…公务车用车运行费…": the item names are
        // table 9's (公务用车购置及运行费, 运行费), the comparison reads as every other (与2024年预算持平), and the
        // subtotal states its comparison like the welfare home's
        PUBLISHED.put(
                CHAPTER_6.get(4),
                "（二）公务车购置及运行费0万元，其中：公务用车购置费0万元，与2024年预算一致0万元，"
                        + "主要原因是本部门无公务用车；公务车用车运行费0万元，与2024年预算一致0万元，主要原因是本部门无公务用车。");
        // published: 本单位 in the department's document (its department is its own only unit); a department's
        // document says 本部门, as published departments do (万里街道 2025: 2025年本部门政府采购预算…) and as checkers of
        // published disclosures require (部门/单位 not mixed in one document): a deliberate correction
        PUBLISHED.put(
                CHAPTER_6.get(9), "2025年度本单位政府采购预算117.00万元，其中：政府采购货物预算17.00万元、" + "政府采购工程预算0万元、政府采购服务预算100.00万元。");
        PUBLISHED.put(CHAPTER_6.get(11), CHAPTER_6.get(11).replace("本部门", "本单位"));
        // published: "单价100万（含）以上设备": 万元, as in the planned purchases' sentence and the welfare home's
        PUBLISHED.put(CHAPTER_6.get(13), "截至2024年8月31日，财政局共有车辆0辆，其中：" + VEHICLES + "；单价100万（含）以上设备（不含车辆）0台（套）。");
    }

    private static ShanghaiChapters rendered;
    private static String reference;

    @BeforeAll
    static void render() throws Exception {
        rendered = new ShanghaiChapters(
                BudgetFiles.read(Path.of("budgets", "shanghai-putuo-finance-bureau-2025.json")),
                "shanghai-2025-department");
        reference = ShanghaiChapters.referenceText("shanghai-putuo-finance-bureau-2025.txt");
    }

    @Test
    void chapter2InHtmlAndDocx() {
        rendered.assertChapter("二、部门机构设置", CHAPTER_2);
    }

    @Test
    void chapter6InHtmlAndDocx() {
        rendered.assertChapter("六、其他相关情况说明", CHAPTER_6);
    }

    @Test
    void everyLineInThePdf() {
        rendered.assertInPdf(concat());
    }

    @Test
    void everyLineIsThePublishedOneOrItsCorrection() {
        for (String line : concat()) {
            if (line.equals("二、部门机构设置")
                    || line.matches("[一二三四五六七]、.*")
                            && !line.contains("：")
                            && line.length() < 20
                            && !reference.contains(line)) {
                // chapter headings: the 目录's entries (二、部门机构设置); the page prints 上海市普陀区财政局机构设置
                assertThat(reference).contains(line.replaceAll("^[一二三四五六七]、", ""));
                continue;
            }
            String published = PUBLISHED.getOrDefault(line, line);
            assertThat(reference).as("published: %s", published).contains(published);
        }
    }

    @Test
    void theFactsAreTheFilesAndValidationIsClean() {
        assertThat(rendered.disclosure().validation().findings()).isEmpty();
    }

    private static List<String> concat() {
        return java.util.stream.Stream.concat(CHAPTER_2.stream(), CHAPTER_6.stream())
                .toList();
    }
}
