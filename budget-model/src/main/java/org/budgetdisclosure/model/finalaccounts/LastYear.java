package org.budgetdisclosure.model.finalaccounts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;

/**
 * Last year's figures (上年数) the narrative compares with, and the reasons of the changes; each optional: a
 * figure not stated is not compared. Immutable.
 *
 * @param figures last year's figures, not null
 * @param reasons the reason of each change, not null
 */
public record LastYear(Map<LastYearFigure, Amount> figures, Map<LastYearFigure, String> reasons) {

    /** Validates and copies the maps. */
    public LastYear {
        EnumMap<LastYearFigure, Amount> f = new EnumMap<>(LastYearFigure.class);
        f.putAll(Require.map(figures, "lastYear.figures"));
        figures = Collections.unmodifiableMap(f);
        EnumMap<LastYearFigure, String> r = new EnumMap<>(LastYearFigure.class);
        Require.map(reasons, "lastYear.reasons")
                .forEach((k, v) -> r.put(k, Require.nonBlank(v, "lastYear.reasons." + k.name())));
        reasons = Collections.unmodifiableMap(r);
    }

    /** @return nothing stated, never null */
    public static LastYear none() {
        return new LastYear(Map.of(), Map.of());
    }

    /** @param figure a figure, not null @return last year's value, if stated */
    public Optional<Amount> figure(LastYearFigure figure) {
        return Optional.ofNullable(figures.get(figure));
    }

    /** @param figure a figure, not null @return the reason of its change, if stated */
    public Optional<String> reason(LastYearFigure figure) {
        return Optional.ofNullable(reasons.get(figure));
    }
}
