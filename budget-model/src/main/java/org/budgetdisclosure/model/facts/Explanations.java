package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The stated facts of the Shanghai 编制说明 (chapter 四: last year's revenue and the reason of the change, one
 * explanation per 项) and of the 项目经费情况说明 (chapter 七). Every figure these chapters print for this year is
 * computed from the statements; only last year's figures, the purposes, reasons and prose are stated here. Each
 * part is optional: what is not stated is left out of the document, never printed empty or as zero.
 *
 * @param priorRevenue last year's revenue by source and the reason of the change of 财政拨款, if stated, never null
 * @param lines the 项 explained (财政拨款支出主要内容), each 项 once; printed in code order, not null
 * @param projects the projects explained, in order, not null
 */
public record Explanations(
        Optional<PriorRevenue> priorRevenue, List<LineExplanation> lines, List<ProjectExplanation> projects) {

    private static final Explanations NONE = new Explanations(Optional.empty(), List.of(), List.of());

    /** Validates and copies the fields. */
    public Explanations {
        Checks.present(priorRevenue, "explanations.priorRevenue");
        lines = Checks.list(lines, "explanations.lines");
        projects = Checks.list(projects, "explanations.projects");
    }

    /** @return no explanation stated, never null */
    public static Explanations none() {
        return NONE;
    }

    /** @return whether nothing is stated */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Checks every amount: in the budget's unit and within {@link NumberBounds}.
     *
     * @throws IllegalArgumentException naming the first amount's field path ({@code explanations.lines[2].lastYear.amount})
     */
    void check(MoneyUnit unit) {
        int decimals = NumberBounds.maxDecimals(unit);
        priorRevenue.ifPresent(p ->
                p.bySource().forEach((k, v) -> amount("explanations.priorRevenue.bySource." + k, v, unit, decimals)));
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            lines.get(i)
                    .lastYear()
                    .ifPresent(
                            l -> amount("explanations.lines[" + at + "].lastYear.amount", l.amount(), unit, decimals));
        }
        for (int i = 0; i < projects.size(); i++) {
            List<ProjectAllocation> allocations = projects.get(i).allocations();
            for (int j = 0; j < allocations.size(); j++) {
                amount(
                        "explanations.projects[" + i + "].allocations[" + j + "].amount",
                        allocations.get(j).amount(),
                        unit,
                        decimals);
            }
        }
    }

    private static void amount(String path, Amount amount, MoneyUnit unit, int decimals) {
        if (amount.unit() != unit) {
            throw new IllegalArgumentException(path + " is in " + amount.unit().chineseName() + " (" + amount + ")"
                    + " but the budget's unit is " + unit.chineseName() + ": a budget has one unit; convert the "
                    + "amount with inUnit(…) or give it in " + unit.chineseName());
        }
        BigDecimal value = amount.value();
        NumberBounds.amountProblem(value, decimals).ifPresent(problem -> {
            throw new IllegalArgumentException(path + ": " + problem);
        });
    }
}
