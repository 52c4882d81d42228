package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.junit.jupiter.api.Test;

/** The file's unit is the unit of every amount it holds; {@code rounded} declares rounded figures. */
class UnitFileTest {

    private static final String YUAN = """
            {"format": "budget-disclosure/1", "unit": "元", "year": 2025, "rounded": true,
             "department": {"code": "035", "name": "上海市某某管理局", "shortName": "某某局", "kind": "ADMINISTRATIVE"},
             "appropriations": [{"functionCode": "2010101", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC",
                                 "amount": "189767551.37"}],
             "basicExpenditures": [{"economicCode": "30101", "amount": 189767551.37}],
             "declaredTotals": {"BASIC": "189767551.37"}}
            """;

    @Test
    void everyAmountOfAYuanFileIsInYuanAndTheDeclarationIsKept() throws Exception {
        Budget budget = BudgetFiles.read(YUAN.getBytes(StandardCharsets.UTF_8), "budget.json", Syntax.JSON);
        assertThat(budget.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(budget.rounded()).isTrue();
        assertThat(budget.appropriations().get(0).amount()).isEqualTo(Amount.yuan("189767551.37"));
        assertThat(budget.basicExpenditures().get(0).amount()).isEqualTo(Amount.yuan("189767551.37"));
        assertThat(budget.declaredTotals().values())
                .allSatisfy(a -> assertThat(a.unit()).isEqualTo(MoneyUnit.YUAN));
        assertThat(budget.narrative().assets().plannedAcquisitions().unit()).isEqualTo(MoneyUnit.YUAN);
        String written = BudgetFiles.toJson(budget);
        assertThat(written).contains("\"rounded\": true").contains("\"unit\": \"元\"");
        assertThat(BudgetFiles.read(written.getBytes(StandardCharsets.UTF_8), "again.json", Syntax.JSON))
                .isEqualTo(budget);
    }

    @Test
    void filesWithoutTheDeclarationAreWrittenAsBefore() {
        Budget reference = ReferenceBudget.build();
        assertThat(reference.rounded()).isFalse();
        assertThat(BudgetFiles.toJson(reference)).doesNotContain("rounded");
    }
}
