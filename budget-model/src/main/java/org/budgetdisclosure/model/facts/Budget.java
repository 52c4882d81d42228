package org.budgetdisclosure.model.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;

/**
 * The facts of one department's budget for one year (部门预算): what a finance system knows, from which the
 * nine statements and the narrative are computed.
 *
 * <p>Immutable and thread-safe; every collection is copied and unmodifiable; nothing is null. Build one with
 * {@link #builder()}.
 *
 * <p>A budget has one ledger unit (元 or 万元), given once: every amount of its facts is in that unit, checked
 * when the budget is made (an amount of another unit fails naming its field path). How figures are printed
 * (in 万元 from a 元 ledger, with separators, …) is the renderer's choice, not the budget's.
 *
 * @param department the department, not null
 * @param year the budget year (预算年度), such as 2022
 * @param unit the unit of every amount (the ledger unit), not null
 * @param appropriations the budget lines, not null
 * @param basicExpenditures 一般公共预算 basic expenditure by economic 款 (table 6), not null
 * @param costClasses which economic 类 are 人员经费 and which 公用经费, not null
 * @param threePublic the “三公” amounts by item and fund (table 9), not null
 * @param priorYear last year's figures, where the narrative compares with them
 * @param names names of codes as the department states them; where absent the catalogue's name is used, not null
 * @param declaredTotals totals stated by the finance system, checked by validation, not null
 * @param narrative the prose facts, not null
 * @param rounded whether the figures are declared rounded to the unit's second decimal (a budget that only
 *     exists as published rounded figures): then a cross-table difference within the rounding of the lines
 *     involved is a validation warning, not an error
 * @param operatingCosts 机关运行经费 as the department states it, in the budget's unit, where stated: the 公用经费 of
 *     its 行政 units and 参公 units (事业单位 managed under the civil service law) from 一般公共预算 basic expenditure;
 *     not derived, since it covers those units only. Empty where not stated (not zero), not null; empty for a
 *     department with units, whose 机关运行经费 is its 行政 and 参公 units' ({@link Consolidation})
 * @param explanations the stated facts of the Shanghai 编制说明 and 项目经费情况说明 (last year's revenue by source,
 *     the 项 explained, the projects), each part optional, not null
 * @param units the department's units (预算单位: its 本部 and the units under it), each a budget of its own of
 *     the same year and ledger unit, without units of its own; empty for a department that is its own only unit.
 *     A department with units states none of the facts computed from them (lines, basic expenditure, “三公”,
 *     procurement, assets): {@link Consolidation#of(Budget)} computes them, and the statements, the validator
 *     and the renderer consolidate by themselves. Not null
 */
public record Budget(
        Department department,
        int year,
        MoneyUnit unit,
        List<Appropriation> appropriations,
        List<BasicExpenditure> basicExpenditures,
        CostClassAssignment costClasses,
        List<ThreePublicExpense> threePublic,
        Optional<PriorYear> priorYear,
        Map<Code, String> names,
        Map<DeclaredTotal, Amount> declaredTotals,
        Narrative narrative,
        boolean rounded,
        Optional<Amount> operatingCosts,
        Explanations explanations,
        List<Budget> units) {

    /**
     * A budget without units (the department is its own only unit) and without the facts added since (机关运行经费
     * and the 编制说明 facts not stated).
     *
     * @param department the department, not null
     * @param year the budget year
     * @param unit the ledger unit, not null
     * @param appropriations the budget lines, not null
     * @param basicExpenditures basic expenditure by economic 款, not null
     * @param costClasses the cost classes, not null
     * @param threePublic the “三公” amounts, not null
     * @param priorYear last year's figures, not null
     * @param names stated names of codes, not null
     * @param declaredTotals stated totals, not null
     * @param narrative the prose facts, not null
     * @param rounded whether the figures are declared rounded
     */
    public Budget(
            Department department,
            int year,
            MoneyUnit unit,
            List<Appropriation> appropriations,
            List<BasicExpenditure> basicExpenditures,
            CostClassAssignment costClasses,
            List<ThreePublicExpense> threePublic,
            Optional<PriorYear> priorYear,
            Map<Code, String> names,
            Map<DeclaredTotal, Amount> declaredTotals,
            Narrative narrative,
            boolean rounded) {
        this(
                department,
                year,
                unit,
                appropriations,
                basicExpenditures,
                costClasses,
                threePublic,
                priorYear,
                names,
                declaredTotals,
                narrative,
                rounded,
                Optional.empty(),
                Explanations.none(),
                List.of());
    }

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException naming the field if a number is outside {@link NumberBounds}
     */
    public Budget {
        Checks.present(department, "department");
        if (year < 1949 || year > 9999) {
            throw new IllegalArgumentException("year must be a four-digit year from 1949, was " + year);
        }
        Checks.present(unit, "unit");
        appropriations = Checks.list(appropriations, "appropriations");
        basicExpenditures = Checks.list(basicExpenditures, "basicExpenditures");
        Checks.present(costClasses, "costClasses");
        threePublic = Checks.list(threePublic, "threePublic");
        Checks.present(priorYear, "priorYear");
        names = Map.copyOf(Checks.map(names, "names"));
        EnumMap<DeclaredTotal, Amount> totals = new EnumMap<>(DeclaredTotal.class);
        totals.putAll(Checks.map(declaredTotals, "declaredTotals"));
        declaredTotals = Collections.unmodifiableMap(totals);
        Checks.present(narrative, "narrative");
        UnitCheck.check(unit, appropriations, basicExpenditures, threePublic, priorYear, declaredTotals, narrative);
        NumberBounds.requireWithin(
                unit, appropriations, basicExpenditures, threePublic, priorYear, declaredTotals, narrative);
        Checks.present(explanations, "explanations").check(unit);
        Checks.present(operatingCosts, "operatingCosts");
        operatingCosts.ifPresent(a -> {
            UnitCheck.amount(unit, "operatingCosts", a);
            NumberBounds.requireWithin(unit, "operatingCosts", a);
        });
        units = Checks.list(units, "units");
        UnitsCheck.check(year, unit, appropriations, basicExpenditures, threePublic, narrative, operatingCosts, units);
    }

    /** @return whether this budget is consolidated from units ({@link #units()} is not empty) */
    public boolean hasUnits() {
        return !units.isEmpty();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this budget's facts, to derive a changed budget; never null */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.department = department;
        b.year = year;
        b.unit = unit;
        b.rounded = rounded;
        b.appropriations(appropriations);
        basicExpenditures.forEach(b::basicExpenditure);
        b.costClasses = costClasses;
        threePublic.forEach(b::threePublic);
        b.priorYear = priorYear.orElse(null);
        b.names.putAll(names);
        b.declaredTotals(declaredTotals);
        b.narrative(narrative);
        units.forEach(b::unit);
        operatingCosts.ifPresent(b::operatingCosts);
        b.explanations(explanations);
        return b;
    }

    /** @param code a code, not null @return the name the department states for it, if any */
    public Optional<String> statedName(Code code) {
        return Optional.ofNullable(names.get(code));
    }

    /**
     * Builds a {@link Budget}; reads well from Java and JShell. Not thread-safe; {@link #build()} copies.
     *
     * <p>Amounts given as decimal text are in the budget's unit, whenever {@link #unit(MoneyUnit)} is called:
     * they take the unit when the budget is built. Amounts given as {@link Amount} keep their own unit, which must
     * be the budget's.
     *
     * <p>The setters of the prose and published facts (the {@link Narrative}: {@code duties}, {@code procurement},
     * {@code assets}, …) and of the {@link Explanations} are declared apart, in a package-private class of this
     * package, and are this builder's all the same.
     */
    public static final class Builder extends NarrativeBuilder<Builder> {
        private Department department;
        private int year;
        private MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;
        private boolean rounded;
        private final List<Function<MoneyUnit, Appropriation>> appropriations = new ArrayList<>();
        private final List<Function<MoneyUnit, BasicExpenditure>> basicExpenditures = new ArrayList<>();
        private CostClassAssignment costClasses = CostClassAssignment.standard();
        private final List<Function<MoneyUnit, ThreePublicExpense>> threePublic = new ArrayList<>();
        private PriorYear priorYear;
        private final Map<Code, String> names = new HashMap<>();
        private final Map<DeclaredTotal, Function<MoneyUnit, Amount>> declaredTotals =
                new EnumMap<>(DeclaredTotal.class);
        private final List<Function<Builder, Budget>> units = new ArrayList<>();
        private Function<MoneyUnit, Amount> operatingCosts;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        @Override
        MoneyUnit ledgerUnit() {
            return unit;
        }

        /** @param department the department, not null @return this builder */
        public Builder department(Department department) {
            this.department = department;
            return this;
        }

        /**
         * @param code the department code, such as 304
         * @param name the full name
         * @param shortName the short name
         * @param kind the kind
         * @return this builder
         */
        public Builder department(String code, String name, String shortName, DepartmentKind kind) {
            return department(Department.of(code, name, shortName, kind));
        }

        /** @param year the budget year @return this builder */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /** @param unit the unit of every amount; 万元 unless set @return this builder */
        public Builder unit(MoneyUnit unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Declares that the figures are rounded to the unit's second decimal, as published tables are: validation
         * then takes a cross-table difference within the rounding of the lines involved as a warning.
         *
         * @param rounded whether the figures are rounded; not unless set
         * @return this builder
         */
        public Builder rounded(boolean rounded) {
            this.rounded = rounded;
            return this;
        }

        /** @param line a budget line, not null @return this builder */
        public Builder appropriation(Appropriation line) {
            Checks.present(line, "appropriation");
            appropriations.add(u -> line);
            return this;
        }

        /**
         * Adds a line of this year's revenue.
         *
         * @param functionCode the functional 项, such as {@code "2150501"}
         * @param source the revenue source
         * @param type the expenditure type
         * @param amount the amount as decimal text
         * @return this builder
         */
        public Builder appropriation(String functionCode, RevenueSource source, ExpenditureType type, String amount) {
            Appropriation.of(functionCode, source, type, Amount.parse(amount, unit)); // fails now on bad input
            appropriations.add(u -> Appropriation.of(functionCode, source, type, Amount.parse(amount, u)));
            return this;
        }

        /** @param lines budget lines, not null @return this builder */
        public Builder appropriations(List<Appropriation> lines) {
            lines.forEach(this::appropriation);
            return this;
        }

        /**
         * Adds a 一般公共预算 basic expenditure line by economic 款.
         *
         * @param economicCode the economic 款, such as {@code "30101"}
         * @param amount the amount as decimal text
         * @return this builder
         */
        public Builder basicExpenditure(String economicCode, String amount) {
            BasicExpenditure.of(economicCode, Amount.parse(amount, unit));
            basicExpenditures.add(u -> BasicExpenditure.of(economicCode, Amount.parse(amount, u)));
            return this;
        }

        /** @param line a basic expenditure line, not null @return this builder */
        public Builder basicExpenditure(BasicExpenditure line) {
            Checks.present(line, "basicExpenditure");
            basicExpenditures.add(u -> line);
            return this;
        }

        /** @param assignment the cost classes; the standard one unless set @return this builder */
        public Builder costClasses(CostClassAssignment assignment) {
            this.costClasses = assignment;
            return this;
        }

        /**
         * Adds a “三公” amount.
         *
         * @param item the item
         * @param fund the fund
         * @param amount the amount as decimal text
         * @return this builder
         */
        public Builder threePublic(ThreePublicItem item, Fund fund, String amount) {
            ThreePublicExpense.of(item, fund, Amount.parse(amount, unit));
            threePublic.add(u -> ThreePublicExpense.of(item, fund, Amount.parse(amount, u)));
            return this;
        }

        /** @param expense a “三公” amount, not null @return this builder */
        public Builder threePublic(ThreePublicExpense expense) {
            Checks.present(expense, "threePublic");
            threePublic.add(u -> expense);
            return this;
        }

        /** @param priorYear last year's figures, or null for none @return this builder */
        public Builder priorYear(PriorYear priorYear) {
            this.priorYear = priorYear;
            return this;
        }

        /**
         * States the name of a functional code, overriding the catalogue's.
         *
         * @param code the functional code
         * @param name its name
         * @return this builder
         */
        public Builder functionName(String code, String name) {
            names.put(FunctionCode.of(code), Checks.nonBlank(name, "name of " + code));
            return this;
        }

        /**
         * States the name of an economic code, overriding the catalogue's.
         *
         * @param code the economic code
         * @param name its name
         * @return this builder
         */
        public Builder economicName(String code, String name) {
            names.put(EconomicCode.of(code), Checks.nonBlank(name, "name of " + code));
            return this;
        }

        /** @param names names by code, not null @return this builder */
        public Builder names(Map<Code, String> names) {
            this.names.putAll(names);
            return this;
        }

        /**
         * States a total for validation to check.
         *
         * @param total which total
         * @param amount the amount as decimal text
         * @return this builder
         */
        public Builder declaredTotal(DeclaredTotal total, String amount) {
            Amount.parse(amount, unit);
            declaredTotals.put(total, u -> Amount.parse(amount, u));
            return this;
        }

        /** @param totals stated totals, not null @return this builder */
        public Builder declaredTotals(Map<DeclaredTotal, Amount> totals) {
            totals.forEach((k, v) -> declaredTotals.put(k, u -> v));
            return this;
        }

        /**
         * Adds a unit (预算单位) of the department, built separately: of the same year and ledger unit, without
         * units of its own. The department's lines, basic expenditure, “三公”, procurement and assets are then
         * computed from its units ({@link Consolidation}); it states none of its own.
         *
         * @param unit the unit's budget, its department being the unit, not null
         * @return this builder
         */
        public Builder unit(Budget unit) {
            Checks.present(unit, "unit");
            units.add(department -> unit);
            return this;
        }

        /**
         * States 机关运行经费 (the 公用经费 of the 行政 and 参公 units from 一般公共预算 basic expenditure).
         *
         * @param amount the amount as decimal text, in the budget's unit
         * @return this builder
         */
        public Builder operatingCosts(String amount) {
            Amount.parse(amount, unit);
            this.operatingCosts = u -> Amount.parse(amount, u);
            return this;
        }

        /**
         * Adds a unit (预算单位) of the department, its facts given to a builder that has the department's year,
         * ledger unit, rounding and cost classes:
         * {@code .unit(Department.of("035001", "上海市普陀区财政局本部", "财政局本部", ADMINISTRATIVE),
         * u -> u.appropriation("2010601", GENERAL_PUBLIC_BUDGET, BASIC, "100.00").basicExpenditure("30101", "100.00"))}.
         *
         * @param department the unit, not null
         * @param facts gives the unit's facts to its builder, not null
         * @return this builder
         */
        public Builder unit(Department department, java.util.function.UnaryOperator<Builder> facts) {
            Checks.present(department, "unit department");
            Checks.present(facts, "unit facts");
            units.add(parent -> facts.apply(Budget.builder()
                            .department(department)
                            .year(parent.year)
                            .unit(parent.unit)
                            .rounded(parent.rounded)
                            .costClasses(parent.costClasses))
                    .build());
            return this;
        }

        /**
         * States 机关运行经费.
         *
         * @param amount the amount, in the budget's unit; null to state none (not stated)
         * @return this builder
         */
        public Builder operatingCosts(Amount amount) {
            this.operatingCosts = amount == null ? null : u -> amount;
            return this;
        }

        /**
         * @return the budget, never null
         * @throws NullPointerException naming the field if the department was not set
         * @throws IllegalArgumentException naming the field if a value is out of range
         */
        public Budget build() {
            MoneyUnit u = Checks.present(unit, "unit");
            Narrative narrative = buildNarrative(u);
            Map<DeclaredTotal, Amount> totals = new EnumMap<>(DeclaredTotal.class);
            declaredTotals.forEach((k, f) -> totals.put(k, f.apply(u)));
            return new Budget(
                    department,
                    year,
                    u,
                    appropriations.stream().map(f -> f.apply(u)).toList(),
                    basicExpenditures.stream().map(f -> f.apply(u)).toList(),
                    costClasses,
                    threePublic.stream().map(f -> f.apply(u)).toList(),
                    Optional.ofNullable(priorYear),
                    names,
                    totals,
                    narrative,
                    rounded,
                    Optional.ofNullable(operatingCosts).map(f -> f.apply(u)),
                    statedExplanations(),
                    units.stream().map(f -> f.apply(this)).toList());
        }
    }
}
