package org.budgetdisclosure.model.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.RevenueSource;

/**
 * The figures the narrative states, each read from a table cell (never computed again), so that the narrative
 * cannot disagree with the tables. Immutable.
 *
 * @param revenueTotal 本年收入合计 (table 1), never null
 * @param revenueBySource this year's revenue of every source that has any, in table order (table 1), never null
 * @param expenditureTotal 本年支出合计 (table 1), never null
 * @param basic 基本支出 合计 (table 3), never null
 * @param project 项目支出 合计 (table 3), never null
 * @param personnel 人员经费 合计 (table 6), never null
 * @param publicUse 公用经费 合计 (table 6), never null
 * @param operatingCosts the economic 款 rows of 公用经费 (table 6): the lines of 机关运行经费, summing to
 *     {@code publicUse}, never null
 * @param threePublic “三公”经费 by row of table 9 (合计 column): 合计, 出国, 车, 购置, 运维, 接待, never null
 * @param changes this year against last year, empty if last year's figures are not given, never null
 * @param procurement the 政府采购 total: the sum of the procurement items, never null
 */
public record KeyFigures(
        Amount revenueTotal,
        Map<RevenueSource, Amount> revenueBySource,
        Amount expenditureTotal,
        Amount basic,
        Amount project,
        Amount personnel,
        Amount publicUse,
        List<Row<BasicColumn>> operatingCosts,
        Map<Comparison, Amount> threePublic,
        Map<Comparison, Change> changes,
        Amount procurement) {

    /** Copies the fields. */
    public KeyFigures {
        revenueBySource = Collections.unmodifiableMap(new EnumMap<>(revenueBySource));
        operatingCosts = List.copyOf(operatingCosts);
        threePublic = Collections.unmodifiableMap(threePublic.isEmpty() ? Map.of() : new EnumMap<>(threePublic));
        changes = Collections.unmodifiableMap(changes.isEmpty() ? Map.of() : new EnumMap<>(changes));
    }

    /**
     * @return whether 基本支出 is all 人员经费 and 公用经费 of the 一般公共预算 (table 6 covers all of table 3's
     *     基本支出), so that the narrative can say so without adding them up again
     */
    public boolean basicSplit() {
        return personnel.plus(publicUse).equals(basic);
    }

    /** @param item 三公 row key, not null @return its 合计 figure, never null */
    public Amount threePublic(Comparison item) {
        return threePublic.getOrDefault(item, Amount.zero(revenueTotal.unit()));
    }

    /** @param comparison a compared figure, not null @return its change against last year, if given */
    public Optional<Change> change(Comparison comparison) {
        return Optional.ofNullable(changes.get(comparison));
    }
}
