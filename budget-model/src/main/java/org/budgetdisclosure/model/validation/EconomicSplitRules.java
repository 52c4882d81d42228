package org.budgetdisclosure.model.validation;

import java.util.List;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The split of 基本支出 stated on the budget lines: where every 一般公共预算 basic line states its economic code
 * (支出经济分类, so that a layout can print a 功能 类's 人员经费 and 公用经费), the lines of each cost class must add
 * up to table 6's 人员经费 and 公用经费 ({@code basic.economic-split}): the same figure split two ways is the same
 * figure. Lines without codes state no split, and nothing is checked. Immutable.
 */
final class EconomicSplitRules implements Rule {

    static final String SPLIT = "basic.economic-split";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        List<Appropriation> lines = budget.appropriations().stream()
                .filter(a -> a.type() == ExpenditureType.BASIC && a.fund() == Fund.GENERAL_PUBLIC)
                .toList();
        budget.costClasses()
                .split(budget.unit(), lines)
                .ifPresent(split -> split.forEach((cost, stated) -> {
                    long count = lines.stream()
                            .filter(a -> budget.costClasses()
                                            .classOf(a.economicCode().get())
                                            .get()
                                    == cost)
                            .count();
                    findings.errorUnlessEqual(
                            SPLIT,
                            Locations.cell(StatementId.GENERAL_PUBLIC_BASIC_EXPENDITURE, "合计", cost.chineseName()),
                            statements.generalPublicBasicExpenditure().total().get(BasicColumn.of(cost)),
                            stated,
                            (int) Math.max(1, count),
                            "the 一般公共预算 basic lines whose economic codes are " + cost.chineseName()
                                    + " must add up to table 6's " + cost.chineseName());
                }));
    }
}
