package org.budgetdisclosure.model.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.junit.jupiter.api.Test;

/**
 * The 基本支出 of table 3's rows split into 人员经费 and 公用经费 by the model, only where the facts determine it:
 * the total from table 6, a 类 when it is the only one with 基本支出, when one class is zero, or when its lines
 * state their economic codes; otherwise empty, never apportioned.
 */
class BasicCostSplitTest {

    private static final RevenueSource GP = RevenueSource.GENERAL_PUBLIC_BUDGET;

    private static Budget.Builder department() {
        return Budget.builder()
                .department("901", "测试局", "测试局", DepartmentKind.ADMINISTRATIVE)
                .year(2025);
    }

    private static Row<ExpenditureColumn> row(Statements s, String code) {
        return s.expenditure().body().stream()
                .filter(r -> r.codeText().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Amount wan(String amount) {
        return Amount.parse(amount, MoneyUnit.TEN_THOUSAND_YUAN);
    }

    @Test
    void theTotalAndTheOnlyClassWithBasicSpendingAreSplitAsTableSix() {
        Statements s = Statements.of(department()
                .appropriation("2010101", GP, ExpenditureType.BASIC, "30.00")
                .appropriation("2050101", GP, ExpenditureType.PROJECT, "5.00")
                .basicExpenditure("30101", "20.00")
                .basicExpenditure("30201", "10.00")
                .build());
        Row<ExpenditureColumn> total = s.expenditure().total();
        assertThat(s.basicPart(total, CostClass.PERSONNEL)).contains(wan("20.00"));
        assertThat(s.basicPart(total, CostClass.PUBLIC_USE)).contains(wan("10.00"));
        assertThat(s.basicPart(row(s, "201"), CostClass.PERSONNEL)).contains(wan("20.00"));
        assertThat(s.basicPart(row(s, "205"), CostClass.PUBLIC_USE))
                .as("no 基本支出: zero")
                .hasValueSatisfying(a -> assertThat(a.isZero()).isTrue());
    }

    @Test
    void twoClassesWithBasicSpendingAreSplitOnlyWhereTheirLinesStateTheirCodes() {
        Budget unstated = department()
                .appropriation("2010101", GP, ExpenditureType.BASIC, "30.00")
                .appropriation("2050101", GP, ExpenditureType.BASIC, "12.00")
                .basicExpenditure("30101", "32.00")
                .basicExpenditure("30201", "10.00")
                .build();
        Statements s = Statements.of(unstated);
        assertThat(s.basicPart(row(s, "201"), CostClass.PERSONNEL))
                .as("not determined: nothing guessed")
                .isEmpty();
        assertThat(s.basicPart(s.expenditure().total(), CostClass.PERSONNEL)).contains(wan("32.00"));

        Statements stated = Statements.of(department()
                .appropriation(Appropriation.of("2010101", GP, ExpenditureType.BASIC, wan("20.00"))
                        .withEconomicCode("30101"))
                .appropriation(Appropriation.of("2010101", GP, ExpenditureType.BASIC, wan("10.00"))
                        .withEconomicCode("30201"))
                .appropriation(Appropriation.of("2050101", GP, ExpenditureType.BASIC, wan("12.00"))
                        .withEconomicCode("30101"))
                .basicExpenditure("30101", "32.00")
                .basicExpenditure("30201", "10.00")
                .build());
        assertThat(stated.basicPart(row(stated, "201"), CostClass.PERSONNEL)).contains(wan("20.00"));
        assertThat(stated.basicPart(row(stated, "201"), CostClass.PUBLIC_USE)).contains(wan("10.00"));
        assertThat(stated.basicPart(row(stated, "205"), CostClass.PERSONNEL)).contains(wan("12.00"));
    }
}
