package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区财政局 2025 (department version, 元 with two decimals): the budget file against the published tables,
 * and its validation.
 */
class ShanghaiFinanceBureauTest extends ShanghaiStatementsCheck {

    ShanghaiFinanceBureauTest() throws Exception {}

    @Override
    String referenceText() {
        return "shanghai-putuo-finance-bureau-2025.txt";
    }

    @Override
    String budgetFile() {
        return "shanghai-putuo-finance-bureau-2025.json";
    }

    @Override
    String titlePrefix() {
        return "2025年部门";
    }

    @Override
    String threePublicTitle() {
        return "2025年部门“三公”经费和机关运行经费预算表";
    }

    @Override
    void operatingCosts(BigDecimal tenThousandYuan) {
        // stated 229.43万元: here (one 行政 unit) it is the 公用经费 2,294,335.00 rounded; the format cannot carry it
        assertThat(tenThousandYuan).isEqualByComparingTo("229.43");
        Amount publicUse = statements.generalPublicBasicExpenditure().total().get(BasicColumn.PUBLIC_USE);
        assertThat(publicUse.value().movePointLeft(4).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(tenThousandYuan);
    }

    @Test
    void validatesWithoutErrorsWithOneExplainedWarning() {
        ValidationReport report = Validator.validate(budget);
        assertThat(report.errors()).isEmpty();
        // Shanghai counts the projects that report performance targets (4 projects, 598.46万元); the other
        // 108,514.80 of 项目支出 (under 2010601 行政运行) has none. The file states it (narrative.performanceTargets),
        // so the projects listed are those with targets and need not add up to 项目支出: no projects.total warning
        assertThat(report.warnings()).isEmpty();
        assertThat(budget.narrative()
                        .performanceTargets()
                        .orElseThrow()
                        .amount()
                        .value())
                .isEqualByComparingTo("5984600.00");
        assertThat(text.text()).contains("编报绩效目标的项目共4个，涉及项目预算资金598.46万元");
    }

    @Test
    void theNarrativeTotalsAreTheTableTotals() {
        var f = statements.figures();
        assertThat(f.expenditureTotal()).isEqualTo(Amount.yuan("31214205.80"));
        assertThat(text.text()).contains("收入预算3,121.42万元").contains("支出预算3,121.42万元");
        assertThat(f.basic().plus(f.project())).isEqualTo(f.expenditureTotal());
    }
}
