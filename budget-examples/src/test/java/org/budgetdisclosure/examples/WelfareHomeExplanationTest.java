package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区社会福利院 2024 (unit version): chapter 四 (单位预算编制说明) rendered with {@code shanghai-unit} and read
 * back from HTML, DOCX and PDF, against the published text sentence for sentence and figure for figure, compared as
 * {@link RenderedChapters#comparable(String)} does. The unit version has no chapter 七.
 *
 * <p>Where we print otherwise, the expected text says so and why:
 * <ul>
 *   <li>the chapter heading is numbered as in the 目录 (四、单位预算编制说明; the body of the reference prints
 *       2024年单位预算编制说明);</li>
 *   <li>事业单位离退休 fell by 1.38%, not 1.39%: the per cent is computed from the exact figures, 538,440 against
 *       546,000元 (−1.3846…%), rounded half-up once; the reference divides its printed 万元 figures (53.84 ÷ 54.60
 *       − 1 = −1.3919…%). The other per cents agree either way;</li>
 *   <li>社会福利事业单位 is 696.48万元, its 财政拨款 in the tables (6,964,796元): the reference's 738.66万元 agrees with
 *       none of its tables; against last year's 711.34万元 that is a fall of 2.09% (the reference: 增加3.84%);</li>
 *   <li>类 210 is 卫生健康支出, its name since 2019 (the reference writes 医疗卫生与计划生育支出).</li>
 * </ul>
 * The reference explains six of the seven 项 (not 其他行政事业单位养老支出, 7,020元); the budget file explains the
 * same six, and only explained 项 are listed. Last year's 财政拨款 (949.66万元) is the figure the reference's change
 * implies (950.12 − 0.46).
 */
class WelfareHomeExplanationTest {

    private static final String REFERENCE = "shanghai-putuo-welfare-home-2024-unit.txt";

    private final Budget budget = BudgetFiles.read(Path.of("budgets", "shanghai-putuo-welfare-home-2024-unit.json"));
    private final RenderedChapters rendered = new RenderedChapters(
            Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.of("shanghai-unit"))));

    WelfareHomeExplanationTest() throws Exception {}

    @Test
    void chapterFourIsThePublishedOneWithItsDefectsCorrected() {
        String reference = RenderedChapters.comparable(
                String.join("", RenderedChapters.referencePart(REFERENCE, "2024年单位预算编制说明", "2024年预算单位财务收支预算总表")));
        String expected = reference
                .replace("2024年单位预算编制说明", "四、单位预算编制说明")
                .replace("比2023年预算执行数减少1.39%", "比2023年预算执行数减少1.38%")
                .replace("社会福利事业单位（项）”738.66万元", "社会福利事业单位（项）”696.48万元")
                .replace("2024年预算安排738.66万元，比2023年预算执行数增加3.84%", "2024年预算安排696.48万元，比2023年预算执行数减少2.09%")
                .replace("医疗卫生与计划生育支出（类）", "卫生健康支出（类）");
        rendered.assertSameInEveryFormat("四、单位预算编制说明", expected, 11);
    }

    @Test
    void noEmptyReasonIsPrinted() {
        assertThat(String.join("", rendered.htmlLines()))
                .doesNotContain("主要原因是。")
                .doesNotContain("主要原因是：。");
    }

    @Test
    void theUnitVersionHasNoChapterSeven() {
        assertThat(rendered.htmlLines()).noneMatch(line -> line.contains("项目经费情况说明"));
    }
}
