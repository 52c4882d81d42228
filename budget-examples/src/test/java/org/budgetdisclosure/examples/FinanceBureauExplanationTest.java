package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区财政局 2025 (department version): chapters 四 (部门预算编制说明) and 七 (项目经费情况说明) rendered with
 * {@code shanghai-2025-department} and read back from HTML, DOCX and PDF, against the published text sentence for
 * sentence and figure for figure. Compared as {@link RenderedChapters#comparable(String)} does: white space, thousands
 * separators and the zero's form (0 or 0.00) are the profile's narrative style, not compared.
 *
 * <p>Where we print otherwise, the expected text says so and why:
 * <ul>
 *   <li>the body's chapter headings are numbered as in the 目录 (四、部门预算编制说明; the reference prints
 *       2025年部门预算编制说明 in the body), as the profile numbers every chapter;</li>
 *   <li>items 7 to 11 are printed once (the reference prints them twice);</li>
 *   <li>each 项's amount is its exact 财政拨款 rounded half-up once, where the 财政局 narrative truncates: 877,080.00元
 *       is 87.71万元 (reference 87.70), 782,164.00元 78.22 (78.21), 2,049,197.00元 204.92 (204.91), 2,687,760.00元
 *       268.78 (268.77); the other figures agree either way;</li>
 *   <li>职业年金缴费支出 is 87.36万元, the tables' 873,617.00元 (the reference misprints 887.36);</li>
 *   <li>2080599 is named 其他行政事业单位养老支出 as in the catalogue and the tables (the reference writes 其它);</li>
 *   <li>财政业务费 10.00万元 in 年度预算安排 has the narrative's two decimals (the reference prints 10万元 there and
 *       10.00万元 for the same figure in chapter 四).</li>
 * </ul>
 * Last year's 财政拨款 (3,013.80万元) is not printed by the reference; the budget file states it as the figure the
 * reference's change implies (3,121.42 − 107.62), and the change printed is computed from it.
 */
class FinanceBureauExplanationTest {

    private static final String REFERENCE = "shanghai-putuo-finance-bureau-2025.txt";
    private static final String ITEM_7 = "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出";

    private final Budget budget = BudgetFiles.read(Path.of("budgets", "shanghai-putuo-finance-bureau-2025.json"));
    private final RenderedChapters rendered = new RenderedChapters(
            Disclosure.of(budget, RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department"))));

    FinanceBureauExplanationTest() throws Exception {}

    @Test
    void chapterFourIsThePublishedOneWithItsDefectsCorrected() {
        String reference = RenderedChapters.comparable(
                String.join("", RenderedChapters.referencePart(REFERENCE, "2025年部门预算编制说明", "2025年部门财务收支预算总表")));
        // the published defect: items 7 to 11 twice
        int first = reference.indexOf(RenderedChapters.comparable(ITEM_7));
        int second = reference.indexOf(RenderedChapters.comparable(ITEM_7), first + 1);
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        String expected = reference
                .substring(0, second)
                .replace("2025年部门预算编制说明", "四、部门预算编制说明")
                .replace("行政单位离退休（项）”87.70万元", "行政单位离退休（项）”87.71万元")
                .replace("职业年金缴费支出（项）”887.36万元", "职业年金缴费支出（项）”87.36万元")
                .replace("其它行政事业单位养老支出", "其他行政事业单位养老支出")
                .replace("行政单位医疗（项）”78.21万元", "行政单位医疗（项）”78.22万元")
                .replace("住房公积金（项）”204.91万元", "住房公积金（项）”204.92万元")
                .replace("购房补贴（项）”268.77万元", "购房补贴（项）”268.78万元");
        rendered.assertSameInEveryFormat("四、部门预算编制说明", expected, 16);
    }

    @Test
    void chapterSevenIsThePublishedOne() {
        String reference = RenderedChapters.comparable(
                String.join("", RenderedChapters.referencePart(REFERENCE, "项目经费情况说明", null)));
        assertThat(reference).startsWith("项目经费情况说明一、项目概述");
        String expected = "七、" + reference.replace("财政业务费10万元", "财政业务费10.00万元");
        rendered.assertSameInEveryFormat("七、项目经费情况说明", expected, 23);
    }

    @Test
    void theItemsOfChapterSevenAreNotEntriesOfTheContents() {
        List<String> lines = rendered.htmlLines();
        assertThat(lines.indexOf("七、项目经费情况说明")).isLessThan(lines.lastIndexOf("七、项目经费情况说明"));
        assertThat(lines.indexOf("一、项目概述")).isEqualTo(lines.lastIndexOf("一、项目概述"));
    }

    @Test
    void theExplanationsValidateCleanly() {
        assertThat(Validator.validate(budget).findings())
                .extracting(Finding::rule)
                .noneMatch(rule -> rule.startsWith("explanation")
                        || rule.startsWith("prior-revenue")
                        || rule.startsWith("project-explanation"));
    }

    /** The chapter's lines in HTML and DOCX are the same, joined they are the expected text; each is in the PDF. */
}
