package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.ProjectPeriod;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget that is no reference: a 元 ledger with ten-digit figures in two funds, last year's 执行数 and 预算数 per
 * 项 (one of them zero), a project with every item, rendered with {@code shanghai-2025-department} (without its
 * {@code requires:}, as the budget states no facts of chapters 二 and 六) and read back
 * from HTML, DOCX and PDF: every figure of chapters 四 and 七 is its exact value in 万元, rounded half-up once.
 */
class YuanExplanationRenderingTest {

    private static Budget budget() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department(null, "上海市某某区某某管理局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "1234567890.12")
                .appropriation("2010102", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "9876543210.55")
                .appropriation(
                        "2120101", RevenueSource.GOVERNMENT_FUND_BUDGET, ExpenditureType.PROJECT, "5000000000.00")
                .basicExpenditure("30101", "1234567890.12")
                // what the Shanghai profiles require besides: 机关运行经费 and the “三公” figures, stated as none
                .operatingCosts("0")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "0")
                .priorRevenue(new PriorRevenue(
                        Map.of(
                                RevenueSource.GENERAL_PUBLIC_BUDGET,
                                Amount.yuan("10000000000.00"),
                                RevenueSource.GOVERNMENT_FUND_BUDGET,
                                Amount.yuan("5000000000.00"),
                                RevenueSource.STATE_CAPITAL_BUDGET,
                                Amount.yuan("0")),
                        Optional.of("新增城乡社区管理项目")))
                .lineExplanation(LineExplanation.of("2120101", "城乡社区管理")
                        .withLastYear(new LineLastYear(
                                Amount.yuan("5000000000.00"), LineLastYear.Kind.BUDGET, Optional.empty())))
                .lineExplanation(LineExplanation.of("2010101", "机关运行")
                        .withLastYear(new LineLastYear(
                                Amount.yuan("1200000000.00"), LineLastYear.Kind.OUTTURN, Optional.of("人员增加"))))
                .lineExplanation(LineExplanation.of("2010102", "人大会议")
                        .withLastYear(
                                new LineLastYear(Amount.yuan("0"), LineLastYear.Kind.OUTTURN, Optional.of("新设项目"))))
                .projectExplanation(new ProjectExplanation(
                        Optional.of("人大会议保障"),
                        List.of("保障人大会议。"),
                        List.of("《组织法》。"),
                        List.of("办公室。"),
                        List.of("按会议计划实施。"),
                        Optional.of(new ProjectPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30))),
                        List.of(new ProjectAllocation("会务费", Amount.yuan("9876543210.55"))),
                        List.of("会议按期召开。")))
                .build();
    }

    private static final List<String> FOUR = List.of(
            "四、部门预算编制说明",
            // 16,111,111,100.67元; last year's 财政拨款 15,000,000,000元
            "2025年，上海市某某区某某管理局收入预算1611111.11万元，其中：财政拨款收入1611111.11万元，比2024年预算增加"
                    + "111111.11万元；事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。",
            "支出预算1611111.11万元，其中：财政拨款支出预算1611111.11万元，比2024年预算增加111111.11万元。财政拨款支出预算中，"
                    + "一般公共预算拨款支出预算1111111.11万元，比2024年预算增加111111.11万元；政府性基金拨款支出预算500000.00万元，"
                    + "与2024年预算持平；国有资本经营预算拨款支出预算0.00万元，与2024年预算持平。",
            "财政拨款收入支出增加的主要原因是新增城乡社区管理项目。",
            "财政拨款支出主要内容如下：",
            // 1,234,567,890.12 against 1,200,000,000: +2.8806…%
            "1.“一般公共服务支出（类）人大事务（款）行政运行（项）”123456.79万元，主要用于机关运行。2024年当年预算执行数为"
                    + "120000.00万元，2025年预算安排123456.79万元，比2024年预算执行数增加2.88%。主要原因是：人员增加。",
            // last year zero: no per cent
            "2.“一般公共服务支出（类）人大事务（款）一般行政管理事务（项）”987654.32万元，主要用于人大会议。2024年当年预算执行数为"
                    + "0.00万元，2025年预算安排987654.32万元。主要原因是：新设项目。",
            // no reason stated: none printed
            "3.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”500000.00万元，主要用于城乡社区管理。2024年预算数为"
                    + "500000.00万元，2025年预算安排500000.00万元，与2024年预算数持平。");

    private static final List<String> SEVEN = List.of(
            "七、项目经费情况说明",
            "人大会议保障",
            "一、项目概述",
            "保障人大会议。",
            "二、立项依据",
            "《组织法》。",
            "三、实施主体",
            "办公室。",
            "四、实施方案",
            "按会议计划实施。",
            "五、实施周期",
            "2025年3月1日至2025年11月30日",
            "六、年度预算安排",
            "会务费987654.32万元。",
            "七、绩效目标",
            "会议按期召开。");

    @TempDir
    Path dir;

    @Test
    void everyFigureReadsBackFromHtmlDocxAndPdf() throws Exception {
        Budget budget = budget();
        assertThat(Validator.validate(budget).errors()).isEmpty();
        RenderedChapters r = new RenderedChapters(
                Disclosure.of(budget, RenderOptions.defaults().withProfile(departmentProfileRequiringNothing())));
        for (List<String> lines : List.of(r.htmlLines(), r.docxLines())) {
            assertThat(strip(RenderedChapters.chapter(lines, "四、部门预算编制说明"))).isEqualTo(strip(FOUR));
            assertThat(strip(RenderedChapters.chapter(lines, "七、项目经费情况说明"))).isEqualTo(strip(SEVEN));
        }
        String pdf = RenderedChapters.comparable(r.pdfText());
        for (String line : FOUR) {
            assertThat(pdf).contains(RenderedChapters.comparable(line));
        }
        for (String line : SEVEN) {
            assertThat(pdf).contains(RenderedChapters.comparable(line));
        }
    }

    /**
     * The bundled department profile copied into a folder without its {@code requires:} list: this budget states
     * the facts of chapters 四 and 七 only (a budget without the others' facts is refused by the profile; their
     * absence is tested with their chapters).
     */
    private Profile departmentProfileRequiringNothing() throws IOException {
        String base = Profile.BUNDLED + "/shanghai-2025-department/";
        for (String name : List.of(
                "profile.yaml",
                "narrative.ftl",
                "sections/1-duties.ftl",
                "sections/2-institutions.ftl",
                "sections/3-glossary.ftl",
                "sections/4-explanation.ftl",
                "sections/5-tables.ftl",
                "sections/6-other.ftl",
                "sections/7-projects.ftl")) {
            try (InputStream in = Profile.class.getResourceAsStream(base + name)) {
                if (in == null) {
                    continue;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (name.equals("profile.yaml")) {
                    text = text.replaceAll("(?m)^requires:.*\\n(?:[ \\t]+-.*\\n)*", "");
                }
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
            }
        }
        return Profile.load(dir);
    }

    private static List<String> strip(List<String> lines) {
        return lines.stream().map(RenderedChapters::comparable).toList();
    }
}
