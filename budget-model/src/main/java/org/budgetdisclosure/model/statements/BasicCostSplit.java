package org.budgetdisclosure.model.statements;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.ExpenditureType;

/**
 * The 基本支出 of a row of the 支出总表 (table 3, a 类 or its total) split into its cost classes, 人员经费 and
 * 公用经费 ({@link CostClass}), where the facts determine the split. A budget states its 基本支出 by economic code
 * (table 6, 一般公共预算财政拨款基本支出) and not by 功能 类, so the split of a row is known only:
 * <ul>
 *   <li>for the total, when all 基本支出 is 一般公共预算 (table 3's 基本支出 equals table 6's 合计): table 6's;
 *   <li>for a row without 基本支出: zero;
 *   <li>for the only 类 with 基本支出: the total's;
 *   <li>when one of the two cost classes is zero in table 6: all of the row's 基本支出 is of the other;
 *   <li>when every basic line under the 类 states its economic code
 *       ({@link Appropriation#economicCode()}, of a 类 assigned to a cost class): the sum of its lines of that
 *       class (the unit reference's 2081005 基本支出 as 4,850,866 of 301 and 2,113,930 of 302).
 * </ul>
 * Otherwise the part is empty: nothing is apportioned or guessed. Computed from the statements, never typed in.
 */
public final class BasicCostSplit {

    private BasicCostSplit() {}

    /**
     * @param s the statements
     * @param row a row of {@link Statements#expenditure()} (a 类 or the total)
     * @param cost the cost class
     * @return the part of the row's 基本支出 of that class; empty where the facts do not determine it
     */
    static Optional<Amount> part(Statements s, Row<ExpenditureColumn> row, CostClass cost) {
        Amount basic = row.get(ExpenditureColumn.BASIC);
        if (basic.isZero()) {
            return Optional.of(basic);
        }
        Row<BasicColumn> economic = s.generalPublicBasicExpenditure().total();
        Amount allBasic = s.expenditure().total().get(ExpenditureColumn.BASIC);
        if (!allBasic.equals(economic.get(BasicColumn.TOTAL))) {
            return Optional.empty();
        }
        BasicColumn column = BasicColumn.of(cost);
        BasicColumn other = column == BasicColumn.PERSONNEL ? BasicColumn.PUBLIC_USE : BasicColumn.PERSONNEL;
        if (basic.equals(allBasic)) {
            return Optional.of(economic.get(column));
        }
        if (economic.get(other).isZero()) {
            return Optional.of(basic);
        }
        if (economic.get(column).isZero()) {
            return Optional.of(Amount.zero(basic.unit()));
        }
        return stated(s.budget(), row, cost);
    }

    /** The part of a 类's 基本支出 where every basic line under it states its economic code; else empty. */
    private static Optional<Amount> stated(Budget budget, Row<ExpenditureColumn> row, CostClass cost) {
        if (row.code().isEmpty()) {
            return Optional.empty();
        }
        String prefix = row.code().get().value();
        List<Appropriation> lines = budget.appropriations().stream()
                .filter(a -> a.type() == ExpenditureType.BASIC
                        && a.functionCode().value().startsWith(prefix))
                .toList();
        return budget.costClasses().split(budget.unit(), lines).map(split -> split.get(cost));
    }
}
