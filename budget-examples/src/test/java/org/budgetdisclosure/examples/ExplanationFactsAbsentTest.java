package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Absent is not zero: the 财政局's budget rendered with none (or part) of its 编制说明 and 项目经费情况说明 facts; no
 * sentence claims a fact that was not given, no heading stands empty, and what is computed (this year's totals)
 * is still printed.
 */
class ExplanationFactsAbsentTest {

    private final Budget full = BudgetFiles.read(Path.of("budgets", "shanghai-putuo-finance-bureau-2025.json"));

    ExplanationFactsAbsentTest() throws Exception {}

    private static List<String> html(Budget budget) {
        return new RenderedChapters(Disclosure.of(
                        budget, RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department"))))
                .htmlLines();
    }

    @Test
    void withoutAnyExplanationOnlyTheComputedTotalsArePrinted() {
        List<String> lines =
                html(full.toBuilder().explanations(Explanations.none()).build());
        List<String> four = RenderedChapters.chapter(lines, "四、部门预算编制说明");
        assertThat(four)
                .containsExactly(
                        "四、部门预算编制说明",
                        "2025年，上海市普陀区财政局收入预算3,121.42万元，其中：财政拨款收入3,121.42万元；事业收入0.00万元；" + "事业单位经营收入0.00万元；其他收入0.00万元。",
                        "支出预算3,121.42万元，其中：财政拨款支出预算3,121.42万元。财政拨款支出预算中，一般公共预算拨款支出预算"
                                + "3,121.42万元；政府性基金拨款支出预算0.00万元；国有资本经营预算拨款支出预算0.00万元。");
        // chapter 六 (other facts, stated in the file) may compare its own figures with 2024: only 四 is looked at
        assertThat(String.join("\n", four))
                .doesNotContain("2024年预算")
                .doesNotContain("持平")
                .doesNotContain("主要原因")
                .doesNotContain("主要内容")
                .doesNotContain("主要用于")
                .doesNotContain("执行数")
                .doesNotContain("%");
        assertThat(String.join("\n", lines))
                .doesNotContain("项目经费情况说明")
                .doesNotContain("项目概述")
                .doesNotContain("实施周期");
    }

    @Test
    void lastYearWithoutAReasonPrintsNoReason() {
        Budget b = full.toBuilder()
                .explanations(new Explanations(
                        full.explanations()
                                .priorRevenue()
                                .map(p -> new org.budgetdisclosure.model.facts.PriorRevenue(
                                        p.bySource(), Optional.empty())),
                        List.of(LineExplanation.of("2010601", "基本支出")
                                .withLastYear(LineLastYear.of(Amount.yuan("16231840.80"), LineLastYear.Kind.BUDGET))),
                        List.of()))
                .build();
        List<String> four = RenderedChapters.chapter(html(b), "四、部门预算编制说明");
        assertThat(four).hasSize(5);
        assertThat(four.get(1)).contains("比2024年预算增加107.62万元");
        assertThat(four.get(3)).isEqualTo("财政拨款支出主要内容如下：");
        assertThat(four.get(4))
                .isEqualTo("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于基本支出。"
                        + "2024年预算数为1,623.18万元，2025年预算安排1,623.18万元，与2024年预算数持平。");
        assertThat(String.join("", four)).doesNotContain("主要原因");
    }

    @Test
    void aLastYearOfZeroHasNoPerCent() {
        Budget b = full.toBuilder()
                .explanations(new Explanations(
                        Optional.empty(),
                        List.of(LineExplanation.of("2010607", "信息系统运维")
                                .withLastYear(new LineLastYear(
                                        Amount.yuan("0"), LineLastYear.Kind.OUTTURN, Optional.of("新增项目")))),
                        List.of()))
                .build();
        List<String> four = RenderedChapters.chapter(html(b), "四、部门预算编制说明");
        assertThat(four.get(four.size() - 1))
                .isEqualTo("1.“一般公共服务支出（类）财政事务（款）信息化建设（项）”166.66万元，"
                        + "主要用于信息系统运维。2024年当年预算执行数为0.00万元，2025年预算安排166.66万元。主要原因是：新增项目。");
    }

    @Test
    void aProjectWithSomeItemsNumbersThemWithoutGaps() {
        Budget b = full.toBuilder()
                .explanations(new Explanations(
                        Optional.empty(),
                        List.of(),
                        List.of(new ProjectExplanation(
                                Optional.of("法律顾问"),
                                List.of(),
                                List.of(),
                                List.of("办公室。"),
                                List.of(),
                                Optional.empty(),
                                List.of(),
                                List.of("依法行政。")))))
                .build();
        List<String> lines = html(b);
        assertThat(RenderedChapters.chapter(lines, "七、项目经费情况说明"))
                .containsExactly("七、项目经费情况说明", "法律顾问", "一、实施主体", "办公室。", "二、绩效目标", "依法行政。");
        assertThat(String.join("", RenderedChapters.chapter(lines, "四、部门预算编制说明")))
                .doesNotContain("主要内容")
                .doesNotContain("2024年预算");
    }

    @Test
    void severalProjectsAreNumberedAndTheirItemsAtTheSecondLevelAndAStatedAmountIsNotRepeated() {
        Budget b = full.toBuilder()
                .explanations(new Explanations(
                        Optional.empty(),
                        List.of(),
                        List.of(
                                new ProjectExplanation(
                                        Optional.of("法律顾问"),
                                        List.of(),
                                        List.of(),
                                        List.of("办公室。"),
                                        List.of(),
                                        Optional.empty(),
                                        List.of(new ProjectAllocation("法律顾问费", Amount.yuan("100000.00"))),
                                        List.of()),
                                new ProjectExplanation(
                                        Optional.empty(),
                                        List.of("系统运维。"),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        Optional.empty(),
                                        List.of(
                                                new ProjectAllocation(
                                                        "信息化系统日常维护费1,666,600.00元。", Amount.yuan("1666600.00")),
                                                new ProjectAllocation("信息化系统日常维护费166.66万元", Amount.yuan("1666600.00"))),
                                        List.of()))))
                .build();
        assertThat(RenderedChapters.chapter(html(b), "七、项目经费情况说明"))
                .containsExactly(
                        "七、项目经费情况说明",
                        "一、法律顾问",
                        "（一）实施主体",
                        "办公室。",
                        "（二）年度预算安排",
                        "法律顾问费10.00万元。",
                        "二、项目2",
                        "（一）项目概述",
                        "系统运维。",
                        "（二）年度预算安排",
                        "信息化系统日常维护费1,666,600.00元，信息化系统日常维护费166.66万元。");
    }
}
