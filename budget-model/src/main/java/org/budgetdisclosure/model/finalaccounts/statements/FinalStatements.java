package org.budgetdisclosure.model.finalaccounts.statements;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.Balances;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FinalConsolidation;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;
import org.budgetdisclosure.model.statements.Row;

/**
 * The nine statements of final accounts, computed once, eagerly, from the facts (a department with units from
 * their consolidation, {@link FinalConsolidation}) and a catalogue of codes and names. Every figure is exact in
 * the ledger unit; every total is the sum of its parts (a parent row of its children, a 合计 column of its
 * columns), so a figure is the same number in every table that shows it. Immutable and thread-safe.
 */
public final class FinalStatements {

    /**
     * The name of a total row: none, since the model names no printed label; the row is found by its kind
     * ({@link org.budgetdisclosure.model.statements.RowKind#TOTAL}) and the layout prints its own label (a
     * profile's {@code totalLabel}, 合计 by default).
     */
    private static final String TOTAL = "";

    private final FinalAccounts original;
    private final FinalAccounts accounts;
    private final Catalogue catalogue;
    private final MoneyUnit unit;
    private final FinalStatement<RevenueColumn> revenue;
    private final FinalStatement<SpendingColumn> expenditure;
    private final FinalStatement<GeneralPublicColumn> generalPublic;
    private final BasicOutturn basic;
    private final ThreePublicStatement threePublic;
    private final FinalStatement<FundColumn> governmentFund;
    private final FinalStatement<FundColumn> stateCapital;
    private final OutturnSummary summary;
    private final FiscalOutturnSummary fiscalSummary;
    private final OutturnFigures figures;

    private FinalStatements(FinalAccounts original, Catalogue catalogue) {
        this.original = original;
        this.accounts = FinalConsolidation.of(original);
        this.catalogue = catalogue;
        this.unit = accounts.unit();
        this.revenue = revenue();
        this.expenditure = expenditure();
        this.generalPublic = generalPublic();
        this.basic = basic();
        this.threePublic = threePublic();
        this.governmentFund = fund(Fund.GOVERNMENT_FUND, FinalStatementId.GOVERNMENT_FUND);
        this.stateCapital = fund(Fund.STATE_CAPITAL, FinalStatementId.STATE_CAPITAL);
        this.summary = computeSummary();
        this.fiscalSummary = computeFiscalSummary();
        this.figures = new OutturnFigures(this);
    }

    /**
     * @param accounts the final accounts, not null
     * @param catalogue the codes and names of the year, not null
     * @return the statements, never null
     */
    public static FinalStatements of(FinalAccounts accounts, Catalogue catalogue) {
        return new FinalStatements(
                Objects.requireNonNull(accounts, "accounts"), Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * @param accounts the final accounts, not null
     * @return the statements with the bundled catalogue of the accounts' year, never null
     */
    public static FinalStatements of(FinalAccounts accounts) {
        return of(accounts, Catalogue.forYear(accounts.year()));
    }

    /** @return the facts as given (with their units, if any), never null */
    public FinalAccounts original() {
        return original;
    }

    /** @return the facts the statements are computed from (a department's consolidated), never null */
    public FinalAccounts accounts() {
        return accounts;
    }

    /** @return the catalogue, never null */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @param code a code, not null @return its name: the stated one, else the catalogue's, else empty text */
    public String name(Code code) {
        return accounts.statedName(code).or(() -> catalogue.name(code)).orElse("");
    }

    /** @return 1 收入支出决算总表, never null */
    public OutturnSummary summary() {
        return summary;
    }

    /** @return 2 收入决算表, never null */
    public FinalStatement<RevenueColumn> revenueStatement() {
        return revenue;
    }

    /** @return 3 支出决算表, never null */
    public FinalStatement<SpendingColumn> expenditureStatement() {
        return expenditure;
    }

    /** @return 4 财政拨款收入支出决算总表, never null */
    public FiscalOutturnSummary fiscalSummary() {
        return fiscalSummary;
    }

    /** @return 5 一般公共预算财政拨款支出决算表, never null */
    public FinalStatement<GeneralPublicColumn> generalPublicStatement() {
        return generalPublic;
    }

    /** @return 6 一般公共预算财政拨款基本支出决算表, never null */
    public BasicOutturn basicStatement() {
        return basic;
    }

    /** @return 7 财政拨款“三公”经费支出决算表, never null */
    public ThreePublicStatement threePublicStatement() {
        return threePublic;
    }

    /** @return 8 政府性基金预算财政拨款收入支出决算表, never null */
    public FinalStatement<FundColumn> governmentFundStatement() {
        return governmentFund;
    }

    /** @return 9 国有资本经营预算财政拨款收入支出决算表, never null */
    public FinalStatement<FundColumn> stateCapitalStatement() {
        return stateCapital;
    }

    /** @param fund 政府性基金 or 国有资本经营, not null @return its table, never null */
    public FinalStatement<FundColumn> fundStatement(Fund fund) {
        return switch (fund) {
            case GOVERNMENT_FUND -> governmentFund;
            case STATE_CAPITAL -> stateCapital;
            default -> throw new IllegalArgumentException("no fund table of " + fund);
        };
    }

    /** @return the figures of the narrative (shares, completion, changes), never null */
    public OutturnFigures figures() {
        return figures;
    }

    private Amount zero() {
        return Amount.zero(unit);
    }

    private FinalStatement<RevenueColumn> revenue() {
        CodeTree<RevenueColumn> tree = new CodeTree<>(RevenueColumn.class, unit);
        for (RevenueLine l : accounts.revenues()) {
            tree.add(l.functionCode(), column(l.source()), l.amount());
        }
        List<RevenueColumn> parts = List.of(RevenueColumn.values()).subList(1, RevenueColumn.values().length);
        return new FinalStatement<>(
                FinalStatementId.REVENUE,
                List.of(RevenueColumn.values()),
                tree.rows(TOTAL, this::name, s -> CodeTree.derive(s, RevenueColumn.TOTAL, parts, unit)));
    }

    private static RevenueColumn column(FinalRevenueSource source) {
        return switch (source) {
            case GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL -> RevenueColumn.FISCAL;
            case SUPERIOR_SUBSIDY -> RevenueColumn.SUPERIOR_SUBSIDY;
            case PUBLIC_SERVICE -> RevenueColumn.PUBLIC_SERVICE;
            case OPERATING -> RevenueColumn.OPERATING;
            case SUBORDINATE_REMITTANCE -> RevenueColumn.SUBORDINATE_REMITTANCE;
            case OTHER -> RevenueColumn.OTHER;
        };
    }

    private FinalStatement<SpendingColumn> expenditure() {
        CodeTree<SpendingColumn> tree = new CodeTree<>(SpendingColumn.class, unit);
        for (SpendingLine l : accounts.spending()) {
            tree.add(l.functionCode(), SpendingColumn.of(l.type()), l.amount());
        }
        List<SpendingColumn> parts = List.of(SpendingColumn.values()).subList(1, SpendingColumn.values().length);
        return new FinalStatement<>(
                FinalStatementId.EXPENDITURE,
                List.of(SpendingColumn.values()),
                tree.rows(TOTAL, this::name, s -> CodeTree.derive(s, SpendingColumn.TOTAL, parts, unit)));
    }

    private FinalStatement<GeneralPublicColumn> generalPublic() {
        CodeTree<GeneralPublicColumn> tree = new CodeTree<>(GeneralPublicColumn.class, unit);
        for (SpendingLine l : accounts.spending()) {
            if (l.fund() == Fund.GENERAL_PUBLIC) {
                tree.add(l.functionCode(), GeneralPublicColumn.TOTAL, l.amount());
                if (l.type() == ExpenditureType.BASIC) {
                    tree.add(l.functionCode(), GeneralPublicColumn.BASIC, l.amount());
                } else if (l.type() == ExpenditureType.PROJECT) {
                    tree.add(l.functionCode(), GeneralPublicColumn.PROJECT, l.amount());
                }
            }
        }
        return new FinalStatement<>(
                FinalStatementId.GENERAL_PUBLIC_EXPENDITURE,
                List.of(GeneralPublicColumn.values()),
                tree.rows(TOTAL, this::name, s -> s));
    }

    private BasicOutturn basic() {
        CodeTree<BasicColumn> tree = new CodeTree<>(BasicColumn.class, unit);
        Set<EconomicCode> classes =
                new TreeSet<>(accounts.costClasses().classes().keySet());
        for (BasicExpenditure l : accounts.basicExpenditures()) {
            classes.add(l.economicCode().classCode());
        }
        for (EconomicCode code : catalogue.economicCodes().keySet()) {
            if (classes.contains(code.classCode())) {
                tree.touch(code);
            }
        }
        classes.forEach(tree::touch);
        Map<CostClass, Amount> split = new EnumMap<>(CostClass.class);
        split.put(CostClass.PERSONNEL, zero());
        split.put(CostClass.PUBLIC_USE, zero());
        for (BasicExpenditure l : accounts.basicExpenditures()) {
            tree.add(l.economicCode(), BasicColumn.AMOUNT, l.amount());
            accounts.costClasses().classOf(l.economicCode()).ifPresent(c -> split.merge(c, l.amount(), Amount::plus));
        }
        FinalStatement<BasicColumn> table = new FinalStatement<>(
                FinalStatementId.GENERAL_PUBLIC_BASIC,
                List.of(BasicColumn.values()),
                tree.rows(TOTAL, this::name, s -> s));
        return new BasicOutturn(table, split.get(CostClass.PERSONNEL), split.get(CostClass.PUBLIC_USE));
    }

    private ThreePublicStatement threePublic() {
        Map<ThreePublicHeading, Amount> budgeted = new EnumMap<>(ThreePublicHeading.class);
        Map<ThreePublicHeading, Amount> spent = new EnumMap<>(ThreePublicHeading.class);
        for (ThreePublicHeading item : ThreePublicHeading.values()) {
            budgeted.put(item, zero());
            spent.put(item, zero());
        }
        for (ThreePublicOutturn t : accounts.threePublic()) {
            budgeted.merge(t.item(), t.budgeted(), Amount::plus);
            spent.merge(t.item(), t.spent(), Amount::plus);
        }
        return new ThreePublicStatement(budgeted, spent);
    }

    private FinalStatement<FundColumn> fund(Fund fund, FinalStatementId id) {
        CodeTree<FundColumn> tree = new CodeTree<>(FundColumn.class, unit);
        for (RevenueLine l : accounts.revenues()) {
            if (l.source().fund().filter(f -> f == fund).isPresent()) {
                tree.add(l.functionCode(), FundColumn.REVENUE, l.amount());
            }
        }
        for (SpendingLine l : accounts.spending()) {
            if (l.fund() == fund) {
                tree.add(l.functionCode(), FundColumn.SUBTOTAL, l.amount());
                if (l.type() == ExpenditureType.BASIC) {
                    tree.add(l.functionCode(), FundColumn.BASIC, l.amount());
                } else if (l.type() == ExpenditureType.PROJECT) {
                    tree.add(l.functionCode(), FundColumn.PROJECT, l.amount());
                }
            }
        }
        for (FundBalance b : accounts.fundBalances()) {
            if (b.fund() == fund && b.functionCode().isPresent()) {
                tree.add(b.functionCode().get(), FundColumn.OPENING, b.opening());
                tree.add(b.functionCode().get(), FundColumn.CLOSING, b.closing());
            }
        }
        return new FinalStatement<>(id, List.of(FundColumn.values()), tree.rows(TOTAL, this::name, s -> s));
    }

    private OutturnSummary computeSummary() {
        Map<FinalRevenueSource, Amount> bySource = new EnumMap<>(FinalRevenueSource.class);
        for (FinalRevenueSource s : FinalRevenueSource.values()) {
            bySource.put(s, zero());
        }
        for (RevenueLine l : accounts.revenues()) {
            bySource.merge(l.source(), l.amount(), Amount::plus);
        }
        Amount revenueTotal = revenue.total().get(RevenueColumn.TOTAL);
        Map<FunctionCode, Amount> classes = new TreeMap<>();
        for (Row<SpendingColumn> r : expenditure.body()) {
            if (r.level() == 0) {
                classes.put((FunctionCode) r.code().orElseThrow(), r.get(SpendingColumn.TOTAL));
            }
        }
        Amount expenditureTotal = expenditure.total().get(SpendingColumn.TOTAL);
        Balances b = accounts.balances().orElse(Balances.none(unit));
        return new OutturnSummary(
                bySource,
                revenueTotal,
                b.nonFiscalBalanceUsed(),
                b.opening(),
                revenueTotal.plus(b.nonFiscalBalanceUsed()).plus(b.opening()),
                classes,
                expenditureTotal,
                b.surplusDistribution(),
                b.closing(),
                expenditureTotal.plus(b.surplusDistribution()).plus(b.closing()));
    }

    private FiscalOutturnSummary computeFiscalSummary() {
        CodeTree<FiscalColumn> tree = new CodeTree<>(FiscalColumn.class, unit);
        for (SpendingLine l : accounts.spending()) {
            if (l.fund().isFiscal()) {
                tree.add(l.functionCode(), FiscalColumn.of(l.fund()), l.amount());
            }
        }
        List<FiscalColumn> parts = List.of(FiscalColumn.values()).subList(1, FiscalColumn.values().length);
        List<Row<FiscalColumn>> rows =
                tree.rows(TOTAL, this::name, s -> CodeTree.derive(s, FiscalColumn.TOTAL, parts, unit)).stream()
                        .filter(r -> r.level() == 0)
                        .toList();
        FinalStatement<FiscalColumn> classes =
                new FinalStatement<>(FinalStatementId.FISCAL_SUMMARY, List.of(FiscalColumn.values()), rows);
        Map<Fund, Amount> revenueByFund = new EnumMap<>(Fund.class);
        Map<Fund, Amount> opening = new EnumMap<>(Fund.class);
        Map<Fund, Amount> closing = new EnumMap<>(Fund.class);
        for (Fund f : Fund.fiscalFunds()) {
            revenueByFund.put(f, zero());
            opening.put(f, fundBalance(f, true));
            closing.put(f, fundBalance(f, false));
        }
        for (RevenueLine l : accounts.revenues()) {
            l.source().fund().ifPresent(f -> revenueByFund.merge(f, l.amount(), Amount::plus));
        }
        Amount revenueTotal = Amount.total(unit, revenueByFund.values());
        Amount openingTotal = Amount.total(unit, opening.values());
        Amount closingTotal = Amount.total(unit, closing.values());
        return new FiscalOutturnSummary(
                revenueByFund,
                revenueTotal,
                opening,
                openingTotal,
                revenueTotal.plus(openingTotal),
                classes,
                closing,
                closingTotal,
                classes.total().get(FiscalColumn.TOTAL).plus(closingTotal));
    }

    /**
     * A fund's carry-over as the fiscal summary shows it: the fund's whole balance where stated, else the sum of
     * its 项 balances, else zero.
     */
    private Amount fundBalance(Fund fund, boolean opening) {
        List<FundBalance> whole = accounts.fundBalances().stream()
                .filter(b -> b.fund() == fund && b.functionCode().isEmpty())
                .toList();
        List<FundBalance> items = whole.isEmpty()
                ? accounts.fundBalances().stream().filter(b -> b.fund() == fund).toList()
                : whole;
        return Amount.total(
                unit,
                items.stream().map(b -> opening ? b.opening() : b.closing()).toList());
    }
}
