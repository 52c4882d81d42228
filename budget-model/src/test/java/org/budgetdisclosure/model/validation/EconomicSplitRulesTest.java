package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/** The 人员经费 / 公用经费 split stated on basic lines by economic code agrees with table 6, or is an error. */
class EconomicSplitRulesTest {

    private static Appropriation basic(String function, String amount, String economic) {
        return new Appropriation(
                FunctionCode.of(function),
                RevenueSource.GENERAL_PUBLIC_BUDGET,
                Fund.GENERAL_PUBLIC,
                ExpenditureType.BASIC,
                Amount.yuan(amount),
                Optional.of(EconomicCode.of(economic)));
    }

    /** Table 6: 人员经费 7,000,000,000.00 (301), 公用经费 3,000,000,000.00 (302), in 元. */
    private static Budget.Builder base() {
        return Budget.builder()
                .unit(MoneyUnit.YUAN)
                .department("", "上海市某某局", "某某局", DepartmentKind.ADMINISTRATIVE)
                .year(2025)
                .basicExpenditure("30101", "7000000000.00")
                .basicExpenditure("30201", "3000000000.00");
    }

    @Test
    void aSplitThatAgreesWithTable6IsNoFinding() {
        Budget b = base().appropriation(basic("2010101", "6000000000.00", "301"))
                .appropriation(basic("2010101", "2500000000.00", "302"))
                .appropriation(basic("2080501", "1000000000.00", "30101"))
                .appropriation(basic("2080501", "500000000.00", "302"))
                .build();
        assertThat(Validator.validate(b).findings()).extracting(Finding::rule).doesNotContain(EconomicSplitRules.SPLIT);
    }

    @Test
    void aSplitThatDisagreesWithTable6IsAnErrorAtTable6sCell() {
        Budget b = base().appropriation(basic("2010101", "6500000000.00", "301"))
                .appropriation(basic("2010101", "3500000000.00", "302"))
                .build();
        assertThat(Validator.validate(b).errors())
                .filteredOn(f -> f.rule().equals(EconomicSplitRules.SPLIT))
                .extracting(Finding::location, Finding::expected, Finding::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "table 6 一般公共预算财政拨款基本支出 / row 合计 / column 人员经费", "7000000000.00", "6500000000.00"),
                        org.assertj.core.groups.Tuple.tuple(
                                "table 6 一般公共预算财政拨款基本支出 / row 合计 / column 公用经费", "3000000000.00", "3500000000.00"));
    }

    @Test
    void linesWithoutCodesStateNoSplit() {
        Budget b = base().appropriation(basic("2010101", "6500000000.00", "301"))
                .appropriation("2010101", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "3500000000.00")
                .build();
        assertThat(Validator.validate(b).findings()).extracting(Finding::rule).doesNotContain(EconomicSplitRules.SPLIT);
    }
}
