package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区社会福利院 2024 (unit version, a 事业单位 with 事业收入, whole 元): the budget file against the
 * published tables, and its validation. The reference's defects are corrected, not reproduced: 类 210 is
 * 卫生健康支出 (tables 1 and 4 print its pre-2019 name 医疗卫生与计划生育支出) and the 类 code of 事业单位医疗 is 210
 * (tables 3 and 5 print {@code 7}). Its economic 款 are kept as published (numbered in sequence within each 类).
 */
class ShanghaiWelfareHomeTest extends ShanghaiStatementsCheck {

    ShanghaiWelfareHomeTest() throws Exception {}

    @Override
    String referenceText() {
        return "shanghai-putuo-welfare-home-2024-unit.txt";
    }

    @Override
    String budgetFile() {
        return "shanghai-putuo-welfare-home-2024-unit.json";
    }

    @Override
    String titlePrefix() {
        return "2024年预算单位";
    }

    @Override
    String threePublicTitle() {
        return "单位“三公”经费和机关运行经费预算表";
    }

    @Override
    String className(String label) {
        String name = super.className(label);
        return name.equals("医疗卫生与计划生育支出") ? "卫生健康支出" : name;
    }

    @Override
    void operatingCosts(BigDecimal tenThousandYuan) {
        // a 事业单位 has no 机关运行经费 (0, "无机关运行经费") although its 公用经费 is 2,120,950: a stated fact
        assertThat(tenThousandYuan).isEqualByComparingTo("0");
        assertThat(statements.generalPublicBasicExpenditure().total().get(BasicColumn.PUBLIC_USE))
                .isEqualTo(Amount.yuan("2120950"));
    }

    @Test
    void theDefectsAreCorrectedNotReproduced() {
        assertThat(text.text()).contains(" 7    11   02   事业单位医疗").contains("三、医疗卫生与计划生育支出");
        assertThat(statements.expenditure().row("2101102").orElseThrow().name()).isEqualTo("事业单位医疗");
        assertThat(statements.expenditure().row("210").orElseThrow().name()).isEqualTo("卫生健康支出");
    }

    @Test
    void validatesWithoutErrorsWithOneExplainedWarning() {
        ValidationReport report = Validator.validate(budget);
        assertThat(report.errors()).isEmpty();
        // 公务用车运行费 6.40万元 is booked under the published 302 10 车辆运行费 (64,000), not under the national
        // 30231 公务用车运行维护费 that the rule looks for
        assertThat(report.warnings()).extracting(Finding::rule).containsExactly("three-public.above-basic");
        assertThat(report.warnings().get(0).actual()).isEqualTo("64000");
        assertThat(report.warnings().get(0).expected()).contains("30231");
        assertThat(statements
                        .generalPublicBasicExpenditure()
                        .row("30210")
                        .orElseThrow()
                        .get(BasicColumn.TOTAL))
                .isEqualTo(Amount.yuan("64000"));
    }

    @Test
    void publicServiceRevenuePaysForTheProjects() {
        var f = statements.figures();
        assertThat(f.expenditureTotal()).isEqualTo(Amount.yuan("12121164"));
        assertThat(f.project()).isEqualTo(Amount.yuan("2620000"));
        assertThat(text.text()).contains("收入预算1,212.12万元").contains("事业收入\n262.00万元");
    }
}
