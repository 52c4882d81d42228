package org.budgetdisclosure.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.StatedFact;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The facts a layout prints and the budget must therefore state ({@code profile.requires}, an error at the
 * fact's path naming the layout): absent is not zero, so a layout never prints a sentence from a fact that was not
 * given, and a budget that lacks one it needs is refused before anything is written. Immutable.
 */
public final class RequiredFacts implements Rule {

    /** The rule id of the findings. */
    public static final String RULE = "profile.requires";
    /** The rule id of a chapter the layout prints that the facts leave empty (a warning). */
    public static final String EMPTY_CHAPTER = "chapter.empty";

    private final String layout;
    private final List<StatedFact> facts;

    /**
     * @param layout the name of the layout (profile) that needs the facts, not null
     * @param facts the facts it needs, not null
     */
    public RequiredFacts(String layout, Collection<StatedFact> facts) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.facts = List.copyOf(facts);
    }

    @Override
    public void check(Statements statements, Findings findings) {
        for (StatedFact fact : facts) {
            if (fact.isChapter()) {
                if (!fact.isStated(statements.budget())) {
                    findings.warning(EMPTY_CHAPTER, fact.path(), "stated", "absent", chapterMessage(fact));
                }
            } else if (!fact.isStated(statements.budget())) {
                findings.error(
                        RULE, fact.path(), "stated", "absent", message(fact) + byUnits(fact, statements.units()));
            }
        }
    }

    /**
     * The facts every unit of a department must state when each unit's document is made in this layout (a 单位预算
     * layout): a finding per unit and fact missing, located at the unit ({@code units[1].narrative.procurementTotals}).
     *
     * @param department a department's budget, not null
     * @return the errors, every unit's in order; empty for a budget without units; never null
     */
    public List<Finding> checkUnits(Budget department) {
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < department.units().size(); i++) {
            Budget unit = department.units().get(i);
            for (StatedFact fact : facts) {
                if (!fact.isStated(unit) && fact.isChapter()) {
                    all.add(new Finding(
                            EMPTY_CHAPTER,
                            Severity.WARNING,
                            "units[" + i + "]." + fact.path(),
                            "stated",
                            "absent",
                            "unit " + unit.department().name() + " ("
                                    + org.budgetdisclosure.model.facts.Consolidation.key(unit) + "): "
                                    + chapterMessage(fact)));
                } else if (!fact.isStated(unit)) {
                    all.add(new Finding(
                            RULE,
                            Severity.ERROR,
                            "units[" + i + "]." + fact.path(),
                            "stated",
                            "absent",
                            "unit " + unit.department().name() + " ("
                                    + org.budgetdisclosure.model.facts.Consolidation.key(unit) + "): "
                                    + message(fact)));
                }
            }
        }
        return List.copyOf(all);
    }

    /** Where a department's units state the fact it lacks: which units do not, or why theirs are not summed. */
    private static String byUnits(StatedFact fact, List<Budget> units) {
        List<String> lacking = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (!fact.isStated(units.get(i))) {
                lacking.add("units[" + i + "]");
            }
        }
        if (units.isEmpty() || lacking.size() == units.size()) {
            return "";
        }
        if (lacking.isEmpty()) {
            return "; every unit states it, but the department's is not summed from theirs"
                    + (fact == StatedFact.HELD_ASSETS ? " (held assets at different dates)" : "")
                    + ": state the department's own";
        }
        return "; its units state it in part (not " + String.join(", ", lacking) + "), and the department's is "
                + "their sum only where every unit states it: state it on every unit, or the department's own";
    }

    private String chapterMessage(StatedFact fact) {
        return "the profile " + layout + " prints a chapter of " + fact.key() + ", which the budget leaves empty: "
                + "its heading would stand over nothing; state it";
    }

    private String message(StatedFact fact) {
        return "the profile " + layout + " prints " + fact.chineseName() + " (" + fact.key() + "), which the budget "
                + "does not state"
                + (fact == StatedFact.OPERATING_COSTS
                        ? "; a 事业单位 not managed under the civil "
                                + "servant law states its kind (PUBLIC_INSTITUTION) instead, as it has none"
                        : "");
    }
}
