package org.budgetdisclosure.model.finalaccounts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * The facts of one department's final accounts for one year (部门决算): what was received and spent, by 功能 项,
 * source, kind and fund, the carry-overs, the basic expenditure by economic 款, the “三公” expenses against their
 * budget, the opening budget of each 项, last year's figures, and the stated facts of the narrative (机关运行经费,
 * 政府采购, 绩效, assets, 决算单位构成). The nine 决算 statements are computed from them
 * ({@link org.budgetdisclosure.model.finalaccounts.statements.FinalStatements}); the checks that do not hold by
 * construction are reported by {@link org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator}.
 *
 * <p>Like a {@link org.budgetdisclosure.model.facts.Budget}: one ledger unit, every amount in it (checked when
 * made); immutable, every collection copied, nothing null; absent is not zero (an optional fact not stated prints
 * nothing and claims nothing). A department with units (预算单位) states none of the facts computed from them
 * (lines, balances, basic expenditure, “三公”, 年初预算, 机关运行经费): {@link FinalConsolidation#of(FinalAccounts)}
 * adds them up.
 *
 * @param department the department (or unit), not null
 * @param year the year of the accounts (决算年度)
 * @param unit the ledger unit of every amount, not null
 * @param revenues the revenue of the year by 功能 项 and source, not null
 * @param spending the expenditure of the year by 功能 项, kind and fund, not null
 * @param balances the carry-overs in all funds; empty for a department with units (its units') and where not
 *     stated (a validation error for accounts without units), not null
 * @param fundBalances the carry-overs of each 财政拨款 fund, as a whole or by 项, where stated, not null
 * @param basicExpenditures 一般公共预算财政拨款基本支出 by economic 款, not null
 * @param costClasses which economic 类 are 人员经费 and which 公用经费, not null
 * @param threePublic the “三公” items, budget and spent, not null
 * @param threePublicActivity the activity figures of the “三公” narrative, where stated, not null
 * @param lineBudgets the 年初预算 of each 项 of 一般公共预算财政拨款, with its use and reason, not null
 * @param openingBudgetReason the reason of the difference between the total 年初预算 and the 决算, if stated
 * @param lastYear last year's figures and the reasons of the changes, not null
 * @param operatingCosts 机关运行经费 spent, where stated (a department with units: its 行政 and 参公 units'), not null
 * @param procurement 政府采购 spent, where stated, not null
 * @param performance 预算绩效管理, where stated, not null
 * @param assets the assets held at year end, where stated, not null
 * @param composition the 决算单位构成, not null; empty where not stated (a department with units lists its units)
 * @param statedFigures totals stated by the department, checked against computed ones, not null
 * @param statedPercentages percentages stated by the department, checked against computed ones, not null
 * @param names names of codes as the department states them, not null
 * @param units the department's units, each final accounts of their own of the same year and ledger unit,
 *     without units of their own; empty for a department that is its own only unit, not null
 * @param rounded whether the figures are declared rounded to the unit's second decimal (accounts that only exist
 *     as published rounded figures, such as the reference 决算): then a difference between two classifications of
 *     one figure (基本支出 by 功能 项 and by economic 款) within the rounding of the lines involved is a validation
 *     warning, not an error
 * @param duties the paragraphs of 主要职能 (第一部分 一), the department's own text, not null; empty where not stated
 */
public record FinalAccounts(
        Department department,
        int year,
        MoneyUnit unit,
        List<RevenueLine> revenues,
        List<SpendingLine> spending,
        Optional<Balances> balances,
        List<FundBalance> fundBalances,
        List<BasicExpenditure> basicExpenditures,
        CostClassAssignment costClasses,
        List<ThreePublicOutturn> threePublic,
        Optional<ThreePublicActivity> threePublicActivity,
        List<LineBudget> lineBudgets,
        Optional<String> openingBudgetReason,
        LastYear lastYear,
        Optional<Amount> operatingCosts,
        Optional<ProcurementOutturn> procurement,
        Optional<PerformanceOutturn> performance,
        Optional<AssetHoldings> assets,
        List<CompositionEntry> composition,
        Map<StatedFigure, Amount> statedFigures,
        Map<StatedPercentage, BigDecimal> statedPercentages,
        Map<Code, String> names,
        List<FinalAccounts> units,
        boolean rounded,
        List<String> duties) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException naming the field if an amount is of another unit, or a department with
     *     units states a fact computed from them, or a unit has units or another year or ledger unit
     */
    public FinalAccounts {
        Require.present(department, "department");
        if (year < 1949 || year > 9999) {
            throw new IllegalArgumentException("year must be a four-digit year from 1949, was " + year);
        }
        Require.present(unit, "unit");
        revenues = Require.list(revenues, "revenues");
        spending = Require.list(spending, "spending");
        Require.present(balances, "balances");
        fundBalances = Require.list(fundBalances, "fundBalances");
        basicExpenditures = Require.list(basicExpenditures, "basicExpenditures");
        Require.present(costClasses, "costClasses");
        threePublic = Require.list(threePublic, "threePublic");
        Require.present(threePublicActivity, "threePublicActivity");
        lineBudgets = Require.list(lineBudgets, "lineBudgets");
        Require.present(openingBudgetReason, "openingBudgetReason");
        openingBudgetReason.ifPresent(r -> Require.nonBlank(r, "openingBudgetReason"));
        Require.present(lastYear, "lastYear");
        Require.present(operatingCosts, "operatingCosts");
        Require.present(procurement, "procurement");
        Require.present(performance, "performance");
        Require.present(assets, "assets");
        composition = Require.list(composition, "composition");
        duties = Require.list(duties, "duties");
        duties.forEach(d -> Require.nonBlank(d, "duties"));
        EnumMap<StatedFigure, Amount> figures = new EnumMap<>(StatedFigure.class);
        figures.putAll(Require.map(statedFigures, "statedFigures"));
        statedFigures = Collections.unmodifiableMap(figures);
        EnumMap<StatedPercentage, BigDecimal> percentages = new EnumMap<>(StatedPercentage.class);
        percentages.putAll(Require.map(statedPercentages, "statedPercentages"));
        statedPercentages = Collections.unmodifiableMap(percentages);
        names = Map.copyOf(Require.map(names, "names"));
        units = Require.list(units, "units");
        FinalUnits.check(
                department,
                year,
                unit,
                revenues,
                spending,
                balances,
                fundBalances,
                basicExpenditures,
                threePublic,
                lineBudgets,
                lastYear,
                operatingCosts,
                procurement,
                performance,
                statedFigures,
                units);
    }

    /** @return whether these accounts are consolidated from units ({@link #units()} is not empty) */
    public boolean hasUnits() {
        return !units.isEmpty();
    }

    /** @param code a code, not null @return the name the department states for it, if any */
    public Optional<String> statedName(Code code) {
        return Optional.ofNullable(names.get(code));
    }

    /**
     * @param department the department, not null
     * @param year the year of the accounts
     * @param unit the ledger unit, not null
     * @return a new builder, never null
     */
    public static FinalAccountsBuilder builder(Department department, int year, MoneyUnit unit) {
        return new FinalAccountsBuilder(department, year, unit);
    }

    /** @return a builder holding these facts, to derive changed accounts; never null */
    public FinalAccountsBuilder toBuilder() {
        return FinalAccountsBuilder.from(this);
    }
}
