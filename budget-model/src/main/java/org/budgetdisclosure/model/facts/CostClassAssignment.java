package org.budgetdisclosure.model.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.classification.EconomicCode;

/**
 * Which economic 类 count as 人员经费 and which as 公用经费 in basic expenditure.
 *
 * <p>The {@link #standard() standard} assignment: 301 and 303 are 人员经费, 302 and 310 公用经费. Other classes
 * (307, 309, 399, …) are assigned with {@link #with}. Immutable and thread-safe.
 *
 * @param classes the cost class of each economic 类, in code order
 */
public record CostClassAssignment(Map<EconomicCode, CostClass> classes) {

    /** Validates and copies the map. */
    public CostClassAssignment {
        Checks.map(classes, "costClasses");
        classes.keySet().forEach(code -> {
            if (code.parent().isPresent()) {
                throw new IllegalArgumentException(
                        "cost classes are assigned to economic 类 (3 digits), not to " + code);
            }
        });
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
    }

    /** @return 301, 303 → 人员经费; 302, 310 → 公用经费; never null */
    public static CostClassAssignment standard() {
        return new CostClassAssignment(Map.of(
                EconomicCode.of("301"), CostClass.PERSONNEL,
                EconomicCode.of("303"), CostClass.PERSONNEL,
                EconomicCode.of("302"), CostClass.PUBLIC_USE,
                EconomicCode.of("310"), CostClass.PUBLIC_USE));
    }

    /**
     * @param economicClass an economic 类 such as {@code "399"}, not null
     * @param costClass its cost class, not null
     * @return a new assignment with that class assigned, never null
     */
    public CostClassAssignment with(String economicClass, CostClass costClass) {
        Map<EconomicCode, CostClass> copy = new TreeMap<>(classes);
        copy.put(EconomicCode.of(economicClass), costClass);
        return new CostClassAssignment(copy);
    }

    /**
     * @param code an economic code of any level, not null
     * @return the cost class of its 类, empty if that 类 is not assigned
     */
    public Optional<CostClass> classOf(EconomicCode code) {
        return Optional.ofNullable(classes.get(code.classCode()));
    }

    /**
     * The split by cost class of basic lines that state their economic code (a 功能 类's 人员经费 and 公用经费).
     *
     * @param unit the unit of the amounts, not null
     * @param lines budget lines, not null
     * @return each cost class's sum (zero where no line has it), if every line states a code of an assigned 类;
     *     empty otherwise, or for no lines (they state no split); never null
     */
    public Optional<Map<CostClass, Amount>> split(MoneyUnit unit, List<Appropriation> lines) {
        if (lines.isEmpty()
                || lines.stream()
                        .anyMatch(a -> a.economicCode().flatMap(this::classOf).isEmpty())) {
            return Optional.empty();
        }
        Map<CostClass, Amount> split = new EnumMap<>(CostClass.class);
        for (CostClass cost : CostClass.values()) {
            split.put(
                    cost,
                    Amount.total(
                            unit,
                            lines.stream()
                                    .filter(a -> classOf(a.economicCode().get()).get() == cost)
                                    .map(Appropriation::amount)
                                    .toList()));
        }
        return Optional.of(Collections.unmodifiableMap(split));
    }
}
