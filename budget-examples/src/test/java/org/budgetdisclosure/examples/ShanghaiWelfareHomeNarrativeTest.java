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
 * Chapters 二 (单位机构设置) and 六 (其他相关情况说明) of the 社会福利院 reference, rendered from its budget file in the
 * shanghai-unit profile and read back from HTML, DOCX and PDF: every sentence and figure, compared with the
 * published text; where ours differs, the published sentence is given beside it with the reason (its defects are
 * not reproduced: the empty "主要原因是。", the heading's drafting note "（增加内容）", a full stop inside a sentence).
 *
 * <p>Zero is "0.00万元", as this reference prints it in the narrative (its “三公” table prints 0). The welfare home is
 * a 事业单位 (PUBLIC_INSTITUTION, not 参公): it has no 机关运行经费, and says so.
 */
class ShanghaiWelfareHomeNarrativeTest {

    static final List<String> CHAPTER_2 = List.of("二、单位机构设置", "上海市普陀区社会福利院设5个内设机构，包括：院长室、办公室、财务室、后勤部、护理部。");

    private static final String NO_VEHICLES =
            "部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、" + "执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆";

    static final List<String> CHAPTER_6 = List.of(
            "六、其他相关情况说明",
            "一、2024年“三公”经费预算情况说明",
            "2024年“三公”经费预算数为6.40万元，与2023年预算持平。其中：",
            "（一）因公出国（境）费0.00万元，与2023年预算持平，主要原因是没有因公出国（境）事项支出。",
            "（二）公务用车购置及运行费6.40万元，与2023年预算持平。其中：公务用车购置费0.00万元，与2023年预算持平，"
                    + "主要原因是无此项支出；公务用车运行费6.40万元，与2023年预算持平，主要原因是根据实际公务用处运行情况。",
            "（三）公务接待费0.00万元，与2023年预算持平，主要原因是无公务接待事项支出。",
            "二、机关运行经费预算",
            "2024年上海市普陀区社会福利院无机关运行经费。",
            "三、政府采购预算情况",
            "2024年度本单位政府采购预算120.60万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、" + "政府采购服务预算120.60万元。",
            "四、绩效目标设置情况",
            "2024年度，本单位编报绩效目标的项目共1个，涉及项目预算资金262.00万元。",
            "五、国有资产占有使用情况",
            "截至2023年12月31日，上海市普陀区社会福利院共有车辆2辆，其中：" + NO_VEHICLES + "、其他用车2辆；" + "单价100万元（含）以上设备（不含车辆）0台（套）。",
            "2024年单位预算安排购置车辆0辆，其中：" + NO_VEHICLES + "、其他用车0辆；单位预算安排购置单价100万元（含）以上" + "设备（不含车辆）0台（套）。");

    /** Our line → the published one, where they differ, and why. */
    static final Map<String, String> PUBLISHED = new LinkedHashMap<>();

    static {
        // published with an empty reason "，主要原因是。": no reason is stated for the subtotal, so none is printed
        PUBLISHED.put(
                CHAPTER_6.get(4),
                "（二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。其中：公务用车"
                        + "购置费0.00万元，与2023年预算持平，主要原因是无此项支出；公务用车运行费6.40万元，与2023年预算持平，"
                        + "主要原因是根据实际公务用处运行情况。");
        // published "0.00万元。与2023年预算持平": one sentence, as every other item
        PUBLISHED.put(CHAPTER_6.get(5), "（三）公务接待费0.00万元。与2023年预算持平，主要原因是无公务接待事项支出。");
        // published with the drafting note "（增加内容）"
        PUBLISHED.put(CHAPTER_6.get(12), "五、国有资产占有使用情况（增加内容）");
    }

    private static ShanghaiChapters rendered;
    private static String reference;

    @BeforeAll
    static void render() throws Exception {
        rendered = new ShanghaiChapters(
                BudgetFiles.read(Path.of("budgets", "shanghai-putuo-welfare-home-2024-unit.json")), "shanghai-unit");
        reference = ShanghaiChapters.referenceText("shanghai-putuo-welfare-home-2024-unit.txt");
    }

    @Test
    void chapter2InHtmlAndDocx() {
        rendered.assertChapter("二、单位机构设置", CHAPTER_2);
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
            String published = PUBLISHED.getOrDefault(line, line);
            assertThat(reference).as("published: %s", published).contains(published);
        }
        assertThat(String.join("", concat())).doesNotContain("主要原因是。").doesNotContain("（增加内容）");
    }

    @Test
    void validationHasOnlyTheExplainedWarning() {
        // 公务用车运行费 booked under the published 302 10 车辆运行费 (see ShanghaiWelfareHomeTest)
        assertThat(rendered.disclosure().validation().findings())
                .extracting(f -> f.rule())
                .containsExactly("three-public.above-basic");
    }

    private static List<String> concat() {
        return java.util.stream.Stream.concat(CHAPTER_2.stream(), CHAPTER_6.stream())
                .toList();
    }
}
