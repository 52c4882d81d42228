package org.budgetdisclosure.model.statements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.Consolidation;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * The nine standard tables of a budget (Hebei 2022 layout), computed from its facts, and the figures of the
 * narrative read from them.
 *
 * <p>Every figure is computed here and only here: each table's figures are sums of the facts, each derived column
 * (合计, 小计) is the sum of its row's parts, and where two tables print the same figure one of them reads it from
 * the other (table 1's 类 from table 3; table 4's funds from tables 5, 7 and 8). The statements do not depend on
 * the order of the facts. Immutable and thread-safe.
 */
public final class Statements {

    /**
     * The name of a row the layout labels: none, since the model names no printed label. Such a row is found by
     * what it is, not by its name: a total row by its {@link RowKind} (the layout prints its {@code totalLabel}, 合计
     * by default), the “三公” subtotal by {@link ThreePublicLine#SUBTOTAL}, the fiscal summary's 本年支出合计 and
     * 年末财政拨款结转和结余 by their {@link FiscalSummary} fields; the layout prints its own words for them.
     */
    private static final String NO_NAME = "";

    private final Budget budget;
    private final MoneyUnit unit;
    private final Catalogue catalogue;
    private final Statement<RevenueColumn> revenue;
    private final Statement<ExpenditureColumn> expenditure;
    private final Statement<FundExpenditureColumn> generalPublic;
    private final Statement<BasicColumn> generalPublicBasic;
    private final Statement<FundExpenditureColumn> governmentFund;
    private final Statement<FundExpenditureColumn> stateCapital;
    private final Statement<FundColumn> threePublic;
    private final Map<ThreePublicLine, Row<FundColumn>> threePublicLines = new EnumMap<>(ThreePublicLine.class);
    private final BudgetSummary budgetSummary;
    private final FiscalSummary fiscalSummary;
    private final KeyFigures figures;
    /** The units the budget was consolidated from, as the budget lists them; empty for a budget without units. */
    private final List<Budget> units;

    private Statements(Budget budget, Catalogue catalogue) {
        this.units = budget.units();
        this.budget = Consolidation.of(budget);
        this.unit = budget.unit();
        this.catalogue = catalogue;
        this.revenue = revenueTable();
        this.expenditure = expenditureTable();
        this.generalPublic = fundExpenditure(StatementId.GENERAL_PUBLIC_EXPENDITURE, Fund.GENERAL_PUBLIC);
        this.governmentFund = fundExpenditure(StatementId.GOVERNMENT_FUND_EXPENDITURE, Fund.GOVERNMENT_FUND);
        this.stateCapital = fundExpenditure(StatementId.STATE_CAPITAL_EXPENDITURE, Fund.STATE_CAPITAL);
        this.generalPublicBasic = basic();
        this.threePublic = threePublicTable();
        this.budgetSummary = budgetSummaryTable();
        this.fiscalSummary = fiscalSummaryTable();
        this.figures = keyFigures();
    }

    /**
     * Computes the statements with the names of the bundled catalogue of the budget's year
     * ({@link Catalogue#forYear(int)}).
     *
     * @param budget the facts, not null
     * @return the statements, never null
     */
    public static Statements of(Budget budget) {
        return of(budget, Catalogue.forYear(budget.year()));
    }

    /**
     * Computes the statements.
     *
     * @param budget the facts, not null
     * @param catalogue the names of codes the budget does not name itself, not null
     * @return the statements, never null
     */
    public static Statements of(Budget budget, Catalogue catalogue) {
        return new Statements(budget, catalogue);
    }

    /**
     * @return the facts these statements were computed from: for a department with units, its consolidation
     *     ({@link Consolidation#of(Budget)}); never null
     */
    public Budget budget() {
        return budget;
    }

    /**
     * @return the units the department's budget was consolidated from, in the order the budget lists them (so
     *     {@code units().get(2)} is {@code units[2]}); empty for a budget without units; never null
     */
    public List<Budget> units() {
        return units;
    }

    /** @return the catalogue that named the codes, never null */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return table 1, 部门预算收支总表, never null */
    public BudgetSummary budgetSummary() {
        return budgetSummary;
    }

    /** @return table 2, 部门预算收入总表, never null */
    public Statement<RevenueColumn> revenue() {
        return revenue;
    }

    /** @return table 3, 部门预算支出总表, never null */
    public Statement<ExpenditureColumn> expenditure() {
        return expenditure;
    }

    /** @return table 4, 部门预算财政拨款收支总表, never null */
    public FiscalSummary fiscalSummary() {
        return fiscalSummary;
    }

    /** @return table 5, 部门预算一般公共预算财政拨款支出表, never null */
    public Statement<FundExpenditureColumn> generalPublicExpenditure() {
        return generalPublic;
    }

    /** @return table 6, 部门预算一般公共预算财政拨款基本支出表, never null */
    public Statement<BasicColumn> generalPublicBasicExpenditure() {
        return generalPublicBasic;
    }

    /** @return table 7, 部门预算政府基金预算财政拨款支出表, never null */
    public Statement<FundExpenditureColumn> governmentFundExpenditure() {
        return governmentFund;
    }

    /** @return table 8, 部门预算国有资本经营预算财政拨款支出表, never null */
    public Statement<FundExpenditureColumn> stateCapitalExpenditure() {
        return stateCapital;
    }

    /** @return table 9, 部门预算财政拨款“三公”经费支出表, never null */
    public Statement<FundColumn> threePublic() {
        return threePublic;
    }

    /**
     * @param line a line of the “三公” statement, not null
     * @return its row, never null
     */
    public Row<FundColumn> threePublicRow(ThreePublicLine line) {
        return threePublicLines.get(line);
    }

    /**
     * The part of a 支出总表 row's 基本支出 of a cost class, where the facts determine it ({@link BasicCostSplit}).
     *
     * @param row a row of {@link #expenditure()} (a 类 or the total), not null
     * @param cost 人员经费 or 公用经费, not null
     * @return the part; empty where the facts do not determine it (nothing is apportioned)
     */
    public Optional<Amount> basicPart(Row<ExpenditureColumn> row, CostClass cost) {
        return BasicCostSplit.part(this, row, cost);
    }

    /** @return the figures the narrative states, read from the tables, never null */
    public KeyFigures figures() {
        return figures;
    }

    /**
     * The name a table prints for a code: the budget's own, else the catalogue's, else empty (validation warns).
     *
     * @param code a code, not null
     * @return the name, never null
     */
    public String nameOf(Code code) {
        return budget.statedName(code).or(() -> catalogue.name(code)).orElse("");
    }

    // ---- table 2 -------------------------------------------------------------------------------------------

    private Statement<RevenueColumn> revenueTable() {
        Hierarchy<RevenueColumn> h = new Hierarchy<>(RevenueColumn.class, unit);
        for (Appropriation line : budget.appropriations()) {
            h.add(line.functionCode(), RevenueColumn.of(line.source()), line.amount());
        }
        List<RevenueColumn> columns = List.of(RevenueColumn.values());
        return new Statement<>(StatementId.REVENUE, columns, h.rows(NO_NAME, this::nameOf, row -> {
            Amount subtotal = Amount.zero(unit);
            for (RevenueColumn c : columns) {
                if (c.isCurrentSource()) {
                    subtotal = subtotal.plus(row.getOrDefault(c, Amount.zero(unit)));
                }
            }
            row.put(RevenueColumn.CURRENT_SUBTOTAL, subtotal);
            row.put(RevenueColumn.TOTAL, subtotal.plus(row.getOrDefault(RevenueColumn.CARRYOVER, Amount.zero(unit))));
            return row;
        }));
    }

    // ---- table 3 -------------------------------------------------------------------------------------------

    private Statement<ExpenditureColumn> expenditureTable() {
        Hierarchy<ExpenditureColumn> h = new Hierarchy<>(ExpenditureColumn.class, unit);
        for (Appropriation line : budget.appropriations()) {
            h.add(line.functionCode(), ExpenditureColumn.of(line.type()), line.amount());
        }
        return new Statement<>(
                StatementId.EXPENDITURE,
                List.of(ExpenditureColumn.values()),
                h.rows(NO_NAME, this::nameOf, row -> withTotal(row, ExpenditureColumn.TOTAL)));
    }

    // ---- tables 5, 7, 8 ------------------------------------------------------------------------------------

    private Statement<FundExpenditureColumn> fundExpenditure(StatementId id, Fund fund) {
        Hierarchy<FundExpenditureColumn> h = new Hierarchy<>(FundExpenditureColumn.class, unit);
        for (Appropriation line : budget.appropriations()) {
            if (line.fund() == fund) {
                FundExpenditureColumn column = line.type() == ExpenditureType.BASIC
                        ? FundExpenditureColumn.BASIC
                        : FundExpenditureColumn.PROJECT;
                h.add(line.functionCode(), column, line.amount());
            }
        }
        return new Statement<>(
                id,
                List.of(FundExpenditureColumn.values()),
                h.rows(NO_NAME, this::nameOf, row -> withTotal(row, FundExpenditureColumn.TOTAL)));
    }

    // ---- table 6 -------------------------------------------------------------------------------------------

    private Statement<BasicColumn> basic() {
        Hierarchy<BasicColumn> h = new Hierarchy<>(BasicColumn.class, unit);
        for (BasicExpenditure line : budget.basicExpenditures()) {
            Optional<CostClass> costClass = budget.costClasses().classOf(line.economicCode());
            // an unassigned 类 is a validation error; its row is listed with the amount in no column
            h.add(
                    line.economicCode(),
                    costClass.map(BasicColumn::of).orElse(BasicColumn.TOTAL),
                    costClass.isPresent() ? line.amount() : Amount.zero(unit));
        }
        return new Statement<>(
                StatementId.GENERAL_PUBLIC_BASIC_EXPENDITURE,
                List.of(BasicColumn.values()),
                h.rows(NO_NAME, this::nameOf, row -> withTotal(row, BasicColumn.TOTAL)));
    }

    // ---- table 9 -------------------------------------------------------------------------------------------

    private Statement<FundColumn> threePublicTable() {
        Map<ThreePublicItem, EnumMap<FundColumn, Amount>> items = new EnumMap<>(ThreePublicItem.class);
        for (ThreePublicItem item : ThreePublicItem.values()) {
            items.put(item, new EnumMap<>(FundColumn.class));
        }
        for (ThreePublicExpense e : budget.threePublic()) {
            if (e.fund().isFiscal()) { // non-fiscal 三公 is a validation error: table 9 is of appropriations
                items.get(e.item()).merge(FundColumn.of(e.fund()), e.amount(), Amount::plus);
            }
        }
        List<Row<FundColumn>> groupRows = new ArrayList<>();
        EnumMap<FundColumn, Amount> all = new EnumMap<>(FundColumn.class);
        for (ThreePublicItem.Group group : ThreePublicItem.Group.values()) {
            List<ThreePublicItem> members = List.of(ThreePublicItem.values()).stream()
                    .filter(i -> i.group() == group)
                    .toList();
            EnumMap<FundColumn, Amount> groupSums = new EnumMap<>(FundColumn.class);
            for (ThreePublicItem item : members) {
                items.get(item).forEach((c, a) -> groupSums.merge(c, a, Amount::plus));
            }
            groupSums.forEach((c, a) -> all.merge(c, a, Amount::plus));
            boolean single = members.size() == 1;
            Row<FundColumn> groupRow = new Row<>(
                    Optional.empty(),
                    group.chineseName(),
                    1,
                    single ? RowKind.DETAIL : RowKind.SUBTOTAL,
                    withTotal(groupSums, FundColumn.TOTAL),
                    unit);
            groupRows.add(groupRow);
            threePublicLines.put(ThreePublicLine.of(group), groupRow);
            if (!single) {
                for (ThreePublicItem item : members) {
                    Row<FundColumn> itemRow = new Row<>(
                            Optional.empty(),
                            item.chineseName(),
                            2,
                            RowKind.DETAIL,
                            withTotal(new EnumMap<>(items.get(item)), FundColumn.TOTAL),
                            unit);
                    groupRows.add(itemRow);
                    ThreePublicLine.of(item).ifPresent(line -> threePublicLines.put(line, itemRow));
                }
            }
        }
        EnumMap<FundColumn, Amount> sums = withTotal(all, FundColumn.TOTAL);
        List<Row<FundColumn>> rows = new ArrayList<>();
        rows.add(new Row<>(Optional.empty(), NO_NAME, 0, RowKind.TOTAL, sums, unit));
        rows.add(new Row<>(Optional.empty(), NO_NAME, 0, RowKind.SUBTOTAL, sums, unit));
        threePublicLines.put(ThreePublicLine.TOTAL, rows.get(0));
        threePublicLines.put(ThreePublicLine.SUBTOTAL, rows.get(1));
        rows.addAll(groupRows);
        return new Statement<>(StatementId.THREE_PUBLIC, List.of(FundColumn.values()), rows);
    }

    // ---- table 1 -------------------------------------------------------------------------------------------

    private BudgetSummary budgetSummaryTable() {
        Map<RevenueSource, Amount> bySource = new EnumMap<>(RevenueSource.class);
        for (RevenueSource source : RevenueSource.currentSources()) {
            bySource.put(source, Amount.zero(unit));
        }
        Amount carryover = Amount.zero(unit);
        for (Appropriation line : budget.appropriations()) {
            if (line.source().isCarryover()) {
                carryover = carryover.plus(line.amount());
            } else {
                bySource.merge(line.source(), line.amount(), Amount::plus);
            }
        }
        List<Row<AmountColumn>> classes = classRows(
                expenditure,
                row -> new EnumMap<>(Map.of(AmountColumn.AMOUNT, row.get(ExpenditureColumn.TOTAL))),
                AmountColumn.class);
        return new BudgetSummary(
                bySource,
                classes,
                Amount.total(unit, bySource.values()),
                carryover,
                expenditure.total().get(ExpenditureColumn.TOTAL),
                Amount.zero(unit));
    }

    // ---- table 4 -------------------------------------------------------------------------------------------

    private FiscalSummary fiscalSummaryTable() {
        Map<Fund, Amount> revenueByFund = new EnumMap<>(Fund.class);
        Map<Fund, Amount> carryover = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.fiscalFunds()) {
            revenueByFund.put(fund, Amount.zero(unit));
            carryover.put(fund, Amount.zero(unit));
        }
        for (Appropriation line : budget.appropriations()) {
            if (line.isFiscal()) {
                (line.source().isCarryover() ? carryover : revenueByFund)
                        .merge(line.fund(), line.amount(), Amount::plus);
            }
        }
        Map<String, Row<FundExpenditureColumn>> general = byCode(generalPublic);
        Map<String, Row<FundExpenditureColumn>> government = byCode(governmentFund);
        Map<String, Row<FundExpenditureColumn>> capital = byCode(stateCapital);
        List<Row<FundColumn>> classes = classRows(
                expenditure,
                row -> {
                    String code = row.codeText();
                    EnumMap<FundColumn, Amount> sums = new EnumMap<>(FundColumn.class);
                    sums.put(FundColumn.GENERAL_PUBLIC, totalOf(general.get(code)));
                    sums.put(FundColumn.GOVERNMENT_FUND, totalOf(government.get(code)));
                    sums.put(FundColumn.STATE_CAPITAL, totalOf(capital.get(code)));
                    return withTotal(sums, FundColumn.TOTAL);
                },
                FundColumn.class);
        EnumMap<FundColumn, Amount> current = new EnumMap<>(FundColumn.class);
        current.put(FundColumn.GENERAL_PUBLIC, generalPublic.total().get(FundExpenditureColumn.TOTAL));
        current.put(FundColumn.GOVERNMENT_FUND, governmentFund.total().get(FundExpenditureColumn.TOTAL));
        current.put(FundColumn.STATE_CAPITAL, stateCapital.total().get(FundExpenditureColumn.TOTAL));
        Row<FundColumn> currentRow =
                new Row<>(Optional.empty(), NO_NAME, 0, RowKind.TOTAL, withTotal(current, FundColumn.TOTAL), unit);
        Row<FundColumn> yearEnd = new Row<FundColumn>(Optional.empty(), NO_NAME, 0, RowKind.SUBTOTAL, Map.of(), unit);
        return new FiscalSummary(revenueByFund, classes, carryover, currentRow, yearEnd);
    }

    private static Map<String, Row<FundExpenditureColumn>> byCode(Statement<FundExpenditureColumn> statement) {
        Map<String, Row<FundExpenditureColumn>> rows = new java.util.HashMap<>();
        for (Row<FundExpenditureColumn> row : statement.body()) {
            if (row.level() == 0) {
                rows.put(row.codeText(), row);
            }
        }
        return rows;
    }

    private Amount totalOf(Row<FundExpenditureColumn> row) {
        return row == null ? Amount.zero(unit) : row.get(FundExpenditureColumn.TOTAL);
    }

    /**
     * One row per functional 类: every 类 of the catalogue plus any other the budget uses, in code order, each
     * with figures read from the 类 row of a statement (zero where the statement has none).
     */
    private <C extends Enum<C>> List<Row<C>> classRows(
            Statement<ExpenditureColumn> source,
            Function<Row<ExpenditureColumn>, EnumMap<C, Amount>> figures,
            Class<C> type) {
        TreeSet<FunctionCode> classes = new TreeSet<>(catalogue.functionClasses());
        Map<String, Row<ExpenditureColumn>> sourceRows = new java.util.HashMap<>();
        for (Row<ExpenditureColumn> row : source.body()) {
            if (row.level() == 0) {
                sourceRows.put(row.codeText(), row);
                classes.add((FunctionCode) row.code().orElseThrow());
            }
        }
        List<Row<C>> rows = new ArrayList<>();
        for (FunctionCode code : classes) {
            Row<ExpenditureColumn> sourceRow = sourceRows.getOrDefault(
                    code.value(),
                    new Row<ExpenditureColumn>(Optional.of(code), nameOf(code), 0, RowKind.DETAIL, Map.of(), unit));
            rows.add(new Row<>(Optional.of(code), nameOf(code), 0, RowKind.DETAIL, figures.apply(sourceRow), unit));
        }
        return rows;
    }

    // ---- narrative figures ----------------------------------------------------------------------------------

    private KeyFigures keyFigures() {
        Map<RevenueSource, Amount> bySource = new EnumMap<>(RevenueSource.class);
        budgetSummary.revenue().forEach((source, amount) -> {
            if (!amount.isZero()) {
                bySource.put(source, amount);
            }
        });
        Row<BasicColumn> basicTotal = generalPublicBasic.total();
        Predicate<Row<BasicColumn>> publicUseLine = row -> row.code().isPresent()
                && row.level() == 1
                && !row.get(BasicColumn.PUBLIC_USE).isZero();
        List<Row<BasicColumn>> operating =
                generalPublicBasic.body().stream().filter(publicUseLine).toList();

        Map<Comparison, Amount> three = new EnumMap<>(Comparison.class);
        three.put(Comparison.THREE_PUBLIC, threePublicRow(ThreePublicLine.TOTAL).get(FundColumn.TOTAL));
        three.put(Comparison.OVERSEAS, threePublicRow(ThreePublicLine.OVERSEAS).get(FundColumn.TOTAL));
        three.put(Comparison.VEHICLES, threePublicRow(ThreePublicLine.VEHICLES).get(FundColumn.TOTAL));
        three.put(
                Comparison.VEHICLE_PURCHASE,
                threePublicRow(ThreePublicLine.VEHICLE_PURCHASE).get(FundColumn.TOTAL));
        three.put(
                Comparison.VEHICLE_OPERATION,
                threePublicRow(ThreePublicLine.VEHICLE_OPERATION).get(FundColumn.TOTAL));
        three.put(
                Comparison.RECEPTION, threePublicRow(ThreePublicLine.RECEPTION).get(FundColumn.TOTAL));

        Amount total = budgetSummary.currentExpenditure();
        Amount basicAmount = expenditure.total().get(ExpenditureColumn.BASIC);
        Amount projectAmount = expenditure.total().get(ExpenditureColumn.PROJECT);
        Amount personnel = basicTotal.get(BasicColumn.PERSONNEL);
        Amount publicUse = basicTotal.get(BasicColumn.PUBLIC_USE);

        Map<Comparison, Change> changes = new EnumMap<>(Comparison.class);
        budget.priorYear().ifPresent(prior -> {
            put(changes, prior, Comparison.TOTAL, total, prior.total());
            put(changes, prior, Comparison.PERSONNEL, personnel, prior.personnel());
            put(changes, prior, Comparison.PUBLIC_USE, publicUse, prior.publicUse());
            put(changes, prior, Comparison.PROJECT, projectAmount, prior.project());
            Map<Comparison, Amount> priorThree = priorThreePublic(prior);
            three.forEach((key, amount) -> put(changes, prior, key, amount, priorThree.get(key)));
        });
        return new KeyFigures(
                budgetSummary.currentRevenue(),
                bySource,
                total,
                basicAmount,
                projectAmount,
                personnel,
                publicUse,
                operating,
                three,
                changes,
                Amount.total(
                        budget.unit(),
                        budget.narrative().procurement().stream()
                                .map(ProcurementItem::amount)
                                .toList()));
    }

    private static Map<Comparison, Amount> priorThreePublic(PriorYear prior) {
        return threePublicComparisons(prior::threePublic);
    }

    /**
     * The “三公” figures as the narrative compares them (出国 = 教学科研 + 其他, 车 = 购置 + 运维, and the total of
     * the five items), from the amount of each item.
     *
     * @param item the amount of each item, in one unit, not null
     * @return the figure of each “三公” {@link Comparison}, never null
     */
    public static Map<Comparison, Amount> threePublicComparisons(
            java.util.function.Function<ThreePublicItem, Amount> item) {
        Amount teaching = item.apply(ThreePublicItem.OVERSEAS_TEACHING_RESEARCH);
        Amount otherOverseas = item.apply(ThreePublicItem.OVERSEAS_OTHER);
        Amount purchase = item.apply(ThreePublicItem.VEHICLE_PURCHASE);
        Amount operation = item.apply(ThreePublicItem.VEHICLE_OPERATION);
        Amount reception = item.apply(ThreePublicItem.RECEPTION);
        Map<Comparison, Amount> m = new EnumMap<>(Comparison.class);
        m.put(Comparison.OVERSEAS, teaching.plus(otherOverseas));
        m.put(Comparison.VEHICLE_PURCHASE, purchase);
        m.put(Comparison.VEHICLE_OPERATION, operation);
        m.put(Comparison.VEHICLES, purchase.plus(operation));
        m.put(Comparison.RECEPTION, reception);
        m.put(Comparison.THREE_PUBLIC, Amount.total(teaching, otherOverseas, purchase, operation, reception));
        return m;
    }

    private static void put(
            Map<Comparison, Change> changes, PriorYear prior, Comparison key, Amount current, Amount previous) {
        changes.put(key, new Change(current, previous, prior.reason(key)));
    }

    private <C extends Enum<C>> EnumMap<C, Amount> withTotal(EnumMap<C, Amount> row, C total) {
        Amount sum = Amount.zero(unit);
        for (Map.Entry<C, Amount> e : row.entrySet()) {
            if (e.getKey() != total) {
                sum = sum.plus(e.getValue());
            }
        }
        row.put(total, sum);
        return row;
    }
}
