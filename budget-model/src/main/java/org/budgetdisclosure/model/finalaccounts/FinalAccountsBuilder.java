package org.budgetdisclosure.model.finalaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * Builds {@link FinalAccounts}; reads well from Java and JShell. Amounts given as decimal text are in the
 * accounts' ledger unit. Not thread-safe; {@link #build()} copies.
 */
public final class FinalAccountsBuilder {

    private Department department;
    private final int year;
    private final MoneyUnit unit;
    private final List<RevenueLine> revenues = new ArrayList<>();
    private final List<SpendingLine> spending = new ArrayList<>();
    private Balances balances;
    private final List<FundBalance> fundBalances = new ArrayList<>();
    private final List<BasicExpenditure> basic = new ArrayList<>();
    private CostClassAssignment costClasses = CostClassAssignment.standard();
    private final List<ThreePublicOutturn> threePublic = new ArrayList<>();
    private ThreePublicActivity activity;
    private final List<LineBudget> lineBudgets = new ArrayList<>();
    private String openingBudgetReason;
    private LastYear lastYear = LastYear.none();
    private Amount operatingCosts;
    private ProcurementOutturn procurement;
    private PerformanceOutturn performance;
    private AssetHoldings assets;
    private final List<CompositionEntry> composition = new ArrayList<>();
    private final Map<StatedFigure, Amount> statedFigures = new EnumMap<>(StatedFigure.class);
    private final Map<StatedPercentage, BigDecimal> statedPercentages = new EnumMap<>(StatedPercentage.class);
    private final Map<Code, String> names = new HashMap<>();
    private final List<FinalAccounts> units = new ArrayList<>();
    private boolean rounded;
    private final List<String> duties = new ArrayList<>();

    FinalAccountsBuilder(Department department, int year, MoneyUnit unit) {
        this.department = Require.present(department, "department");
        this.year = year;
        this.unit = Require.present(unit, "unit");
    }

    static FinalAccountsBuilder from(FinalAccounts a) {
        FinalAccountsBuilder b = new FinalAccountsBuilder(a.department(), a.year(), a.unit());
        b.revenues.addAll(a.revenues());
        b.spending.addAll(a.spending());
        b.balances = a.balances().orElse(null);
        b.fundBalances.addAll(a.fundBalances());
        b.basic.addAll(a.basicExpenditures());
        b.costClasses = a.costClasses();
        b.threePublic.addAll(a.threePublic());
        b.activity = a.threePublicActivity().orElse(null);
        b.lineBudgets.addAll(a.lineBudgets());
        b.openingBudgetReason = a.openingBudgetReason().orElse(null);
        b.lastYear = a.lastYear();
        b.operatingCosts = a.operatingCosts().orElse(null);
        b.procurement = a.procurement().orElse(null);
        b.performance = a.performance().orElse(null);
        b.assets = a.assets().orElse(null);
        b.composition.addAll(a.composition());
        b.statedFigures.putAll(a.statedFigures());
        b.statedPercentages.putAll(a.statedPercentages());
        b.names.putAll(a.names());
        b.units.addAll(a.units());
        b.rounded = a.rounded();
        b.duties.addAll(a.duties());
        return b;
    }

    private Amount amount(String text) {
        return Amount.parse(text, unit);
    }

    /** @param department the department, not null @return this builder */
    public FinalAccountsBuilder department(Department department) {
        this.department = Require.present(department, "department");
        return this;
    }

    /** @param line a revenue line, not null @return this builder */
    public FinalAccountsBuilder revenue(RevenueLine line) {
        revenues.add(Require.present(line, "revenue"));
        return this;
    }

    /**
     * @param functionCode the 功能 项, not null
     * @param source the source, not null
     * @param amount the amount in the ledger unit, as decimal text, not null
     * @return this builder
     */
    public FinalAccountsBuilder revenue(String functionCode, FinalRevenueSource source, String amount) {
        return revenue(RevenueLine.of(functionCode, source, amount(amount)));
    }

    /** @param line an expenditure line, not null @return this builder */
    public FinalAccountsBuilder spending(SpendingLine line) {
        spending.add(Require.present(line, "spending"));
        return this;
    }

    /**
     * @param functionCode the 功能 项, not null
     * @param type the kind, not null
     * @param fund the fund, not null
     * @param amount the amount in the ledger unit, as decimal text, not null
     * @return this builder
     */
    public FinalAccountsBuilder spending(String functionCode, ExpenditureType type, Fund fund, String amount) {
        return spending(SpendingLine.of(functionCode, type, fund, amount(amount)));
    }

    /** @param balances the carry-overs in all funds, not null @return this builder */
    public FinalAccountsBuilder balances(Balances balances) {
        this.balances = Require.present(balances, "balances");
        return this;
    }

    /** @param balance a fund's carry-over, not null @return this builder */
    public FinalAccountsBuilder fundBalance(FundBalance balance) {
        fundBalances.add(Require.present(balance, "fundBalance"));
        return this;
    }

    /** @param line a basic expenditure line, not null @return this builder */
    public FinalAccountsBuilder basic(BasicExpenditure line) {
        basic.add(Require.present(line, "basic"));
        return this;
    }

    /**
     * @param economicCode the economic 款, not null
     * @param amount the amount in the ledger unit, as decimal text, not null
     * @return this builder
     */
    public FinalAccountsBuilder basic(String economicCode, String amount) {
        return basic(BasicExpenditure.of(economicCode, amount(amount)));
    }

    /** @param costClasses the cost classes, not null @return this builder */
    public FinalAccountsBuilder costClasses(CostClassAssignment costClasses) {
        this.costClasses = Require.present(costClasses, "costClasses");
        return this;
    }

    /** @param item a “三公” item, not null @return this builder */
    public FinalAccountsBuilder threePublic(ThreePublicOutturn item) {
        threePublic.add(Require.present(item, "threePublic"));
        return this;
    }

    /** @param activity the “三公” activity figures, not null @return this builder */
    public FinalAccountsBuilder threePublicActivity(ThreePublicActivity activity) {
        this.activity = Require.present(activity, "threePublicActivity");
        return this;
    }

    /** @param line the 年初预算 of a 项, not null @return this builder */
    public FinalAccountsBuilder lineBudget(LineBudget line) {
        lineBudgets.add(Require.present(line, "lineBudget"));
        return this;
    }

    /** @param reason the reason of the difference of the total 年初预算, not blank @return this builder */
    public FinalAccountsBuilder openingBudgetReason(String reason) {
        this.openingBudgetReason = Require.nonBlank(reason, "openingBudgetReason");
        return this;
    }

    /** @param lastYear last year's figures, not null @return this builder */
    public FinalAccountsBuilder lastYear(LastYear lastYear) {
        this.lastYear = Require.present(lastYear, "lastYear");
        return this;
    }

    /** @param amount 机关运行经费 spent, not null @return this builder */
    public FinalAccountsBuilder operatingCosts(Amount amount) {
        this.operatingCosts = Require.present(amount, "operatingCosts");
        return this;
    }

    /** @param procurement 政府采购 spent, not null @return this builder */
    public FinalAccountsBuilder procurement(ProcurementOutturn procurement) {
        this.procurement = Require.present(procurement, "procurement");
        return this;
    }

    /** @param performance 预算绩效管理, not null @return this builder */
    public FinalAccountsBuilder performance(PerformanceOutturn performance) {
        this.performance = Require.present(performance, "performance");
        return this;
    }

    /** @param assets the assets held at year end, not null @return this builder */
    public FinalAccountsBuilder assets(AssetHoldings assets) {
        this.assets = Require.present(assets, "assets");
        return this;
    }

    /** @param entry a line of the 决算单位构成, not null @return this builder */
    public FinalAccountsBuilder composition(CompositionEntry entry) {
        composition.add(Require.present(entry, "composition"));
        return this;
    }

    /** @param figure a stated total, not null @param amount its value, not null @return this builder */
    public FinalAccountsBuilder stated(StatedFigure figure, Amount amount) {
        statedFigures.put(Require.present(figure, "figure"), Require.present(amount, "amount"));
        return this;
    }

    /** @param share a stated percentage, not null @param percent its value, not null @return this builder */
    public FinalAccountsBuilder stated(StatedPercentage share, BigDecimal percent) {
        statedPercentages.put(Require.present(share, "share"), Require.present(percent, "percent"));
        return this;
    }

    /** @param code a code, not null @param name its stated name, not blank @return this builder */
    public FinalAccountsBuilder name(Code code, String name) {
        names.put(Require.present(code, "code"), Require.nonBlank(name, "name"));
        return this;
    }

    /** @param unit a unit's final accounts, not null @return this builder */
    public FinalAccountsBuilder unit(FinalAccounts unit) {
        units.add(Require.present(unit, "unit"));
        return this;
    }

    /** @param units the units, replacing any given, not null @return this builder */
    public FinalAccountsBuilder units(List<FinalAccounts> units) {
        this.units.clear();
        this.units.addAll(Require.list(units, "units"));
        return this;
    }

    /**
     * @param rounded whether the figures are declared rounded to the unit's second decimal
     * @return this builder
     */
    public FinalAccountsBuilder rounded(boolean rounded) {
        this.rounded = rounded;
        return this;
    }

    /** @param duty a paragraph of 主要职能, not blank @return this builder */
    public FinalAccountsBuilder duty(String duty) {
        duties.add(Require.nonBlank(duty, "duties"));
        return this;
    }

    /** @return the final accounts, never null */
    public FinalAccounts build() {
        return new FinalAccounts(
                department,
                year,
                unit,
                revenues,
                spending,
                Optional.ofNullable(balances),
                fundBalances,
                basic,
                costClasses,
                threePublic,
                Optional.ofNullable(activity),
                lineBudgets,
                Optional.ofNullable(openingBudgetReason),
                lastYear,
                Optional.ofNullable(operatingCosts),
                Optional.ofNullable(procurement),
                Optional.ofNullable(performance),
                Optional.ofNullable(assets),
                composition,
                statedFigures,
                statedPercentages,
                names,
                units,
                rounded,
                duties);
    }
}
