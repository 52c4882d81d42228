package org.budgetdisclosure.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.budgetdisclosure.io.FileModel.BasicDoc;
import org.budgetdisclosure.io.FileModel.DepartmentDoc;
import org.budgetdisclosure.io.FileModel.HeldAssetsDoc;
import org.budgetdisclosure.io.FileModel.NamesDoc;
import org.budgetdisclosure.io.FinalAccountsModel.ActivityDoc;
import org.budgetdisclosure.io.FinalAccountsModel.BalancesDoc;
import org.budgetdisclosure.io.FinalAccountsModel.CompositionDoc;
import org.budgetdisclosure.io.FinalAccountsModel.FinalAccountsDoc;
import org.budgetdisclosure.io.FinalAccountsModel.FundBalanceDoc;
import org.budgetdisclosure.io.FinalAccountsModel.LineBudgetDoc;
import org.budgetdisclosure.io.FinalAccountsModel.PerformanceDoc;
import org.budgetdisclosure.io.FinalAccountsModel.ProcurementDoc;
import org.budgetdisclosure.io.FinalAccountsModel.RevenueDoc;
import org.budgetdisclosure.io.FinalAccountsModel.SpendingDoc;
import org.budgetdisclosure.io.FinalAccountsModel.ThreePublicDoc;
import org.budgetdisclosure.io.FinalAccountsModel.UnitDoc;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.errors.FactException;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.finalaccounts.Balances;
import org.budgetdisclosure.model.finalaccounts.CompositionEntry;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FinalAccountsBuilder;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.LastYear;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.PerformanceOutturn;
import org.budgetdisclosure.model.finalaccounts.ProcurementOutturn;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicActivity;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;

/** From a final-accounts file's shape to the facts; a value the facts reject is reported at its field's path. */
final class FinalAccountsMapping {

    private final String file;
    private MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;

    FinalAccountsMapping(String file) {
        this.file = file;
    }

    /** A step that builds facts and may reject a value. */
    private interface Step {
        void run() throws BudgetFileException;
    }

    FinalAccounts toAccounts(FinalAccountsDoc d) throws BudgetFileException {
        if (!FinalAccountsModel.FORMAT.equals(d.format())) {
            throw error("$.format", "expected \"" + FinalAccountsModel.FORMAT + "\", found \"" + d.format() + "\"");
        }
        MoneyUnit found = null;
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.chineseName().equals(d.unit())) {
                found = u;
            }
        }
        if (found == null) {
            throw error("$.unit", "expected \"万元\" or \"元\", found \"" + d.unit() + "\"");
        }
        unit = found;
        int year = d.year();
        Department department = department(d.department(), "$.department");
        FinalAccountsBuilder[] holder = new FinalAccountsBuilder[1];
        at("$.year", () -> holder[0] = FinalAccounts.builder(department, year, unit));
        FinalAccountsBuilder b = holder[0].rounded(Boolean.TRUE.equals(d.rounded()));
        lines(
                b,
                "$",
                d.revenues(),
                d.spending(),
                d.balances(),
                d.fundBalances(),
                d.basicExpenditures(),
                d.threePublic(),
                d.threePublicActivity(),
                d.lineBudgets(),
                d.operatingCosts(),
                d.names());
        CostClassAssignment[] costClasses = {CostClassAssignment.standard()};
        if (d.costClasses() != null) {
            Map<EconomicCode, CostClass> classes = new TreeMap<>();
            for (Map.Entry<String, CostClass> e : d.costClasses().entrySet()) {
                at("$.costClasses." + e.getKey(), () -> classes.put(EconomicCode.of(e.getKey()), e.getValue()));
            }
            at("$.costClasses", () -> costClasses[0] = new CostClassAssignment(classes));
            b.costClasses(costClasses[0]);
        }
        if (d.openingBudgetReason() != null) {
            at("$.openingBudgetReason", () -> b.openingBudgetReason(d.openingBudgetReason()));
        }
        if (d.lastYear() != null) {
            at(
                    "$.lastYear",
                    () -> b.lastYear(new LastYear(
                            in(map(d.lastYear().figures())), map(d.lastYear().reasons()))));
        }
        if (d.procurement() != null) {
            ProcurementDoc p = d.procurement();
            at(
                    "$.procurement",
                    () -> b.procurement(new ProcurementOutturn(
                            in(p.goods()),
                            in(p.works()),
                            in(p.services()),
                            in(p.smeReserved()),
                            in(p.smallMicroReserved()),
                            in(p.smeAwarded()),
                            in(p.smallMicroAwarded()),
                            in(p.smeAwardedOther()))));
        }
        if (d.performance() != null) {
            PerformanceDoc p = d.performance();
            at(
                    "$.performance",
                    () -> b.performance(new PerformanceOutturn(
                            p.targetProjects(),
                            in(p.targetAmount()),
                            p.followedProjects(),
                            in(p.followedAmount()),
                            p.evaluatedProjects(),
                            in(p.evaluatedAmount()),
                            p.averageScore(),
                            p.excellent(),
                            p.good(),
                            p.pass(),
                            p.fail(),
                            p.problemsFound(),
                            p.problemsFixed())));
        }
        if (d.assets() != null) {
            HeldAssetsDoc h = d.assets();
            at(
                    "$.assets",
                    () -> b.assets(new AssetHoldings(
                            h.asOf(),
                            h.vehicles() == null ? Optional.empty() : Optional.of(new VehicleCounts(h.vehicles())),
                            h.largeEquipment() == null ? OptionalInt.empty() : OptionalInt.of(h.largeEquipment()))));
        }
        List<String> duties = elements(d.duties(), "$.duties");
        for (int i = 0; i < duties.size(); i++) {
            String duty = duties.get(i);
            at("$.duties[" + i + "]", () -> b.duty(duty));
        }
        List<CompositionDoc> composition = elements(d.composition(), "$.composition");
        for (int i = 0; i < composition.size(); i++) {
            CompositionDoc c = composition.get(i);
            at(
                    "$.composition[" + i + "]",
                    () -> b.composition(new CompositionEntry(c.name(), c.note() == null ? "" : c.note())));
        }
        for (Map.Entry<org.budgetdisclosure.model.finalaccounts.StatedFigure, Amount> e :
                map(d.statedFigures()).entrySet()) {
            at("$.statedFigures." + e.getKey().name(), () -> b.stated(e.getKey(), in(e.getValue())));
        }
        for (Map.Entry<org.budgetdisclosure.model.finalaccounts.StatedPercentage, java.math.BigDecimal> e :
                map(d.statedPercentages()).entrySet()) {
            at("$.statedPercentages." + e.getKey().name(), () -> b.stated(e.getKey(), e.getValue()));
        }
        List<UnitDoc> units = elements(d.units(), "$.units");
        for (int i = 0; i < units.size(); i++) {
            UnitDoc u = units.get(i);
            String path = "$.units[" + i + "]";
            FinalAccountsBuilder ub = FinalAccounts.builder(
                            department(u.department(), path + ".department"), year, unit)
                    .costClasses(costClasses[0])
                    .rounded(Boolean.TRUE.equals(d.rounded()));
            lines(
                    ub,
                    path,
                    u.revenues(),
                    u.spending(),
                    u.balances(),
                    u.fundBalances(),
                    u.basicExpenditures(),
                    u.threePublic(),
                    u.threePublicActivity(),
                    u.lineBudgets(),
                    u.operatingCosts(),
                    u.names());
            FinalAccounts[] made = new FinalAccounts[1];
            at(path, () -> made[0] = ub.build());
            b.unit(made[0]);
        }
        FinalAccounts[] made = new FinalAccounts[1];
        at("$", () -> made[0] = b.build());
        return made[0];
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void lines(
            FinalAccountsBuilder b,
            String root,
            List<RevenueDoc> revenues,
            List<SpendingDoc> spending,
            BalancesDoc balances,
            List<FundBalanceDoc> fundBalances,
            List<BasicDoc> basic,
            List<ThreePublicDoc> threePublic,
            ActivityDoc activity,
            List<LineBudgetDoc> lineBudgets,
            Amount operatingCosts,
            NamesDoc names)
            throws BudgetFileException {
        List<RevenueDoc> r = elements(revenues, root + ".revenues");
        for (int i = 0; i < r.size(); i++) {
            RevenueDoc l = r.get(i);
            at(
                    root + ".revenues[" + i + "]",
                    () -> b.revenue(new RevenueLine(l.functionCode(), l.source(), in(l.amount()))));
        }
        List<SpendingDoc> s = elements(spending, root + ".spending");
        for (int i = 0; i < s.size(); i++) {
            SpendingDoc l = s.get(i);
            at(
                    root + ".spending[" + i + "]",
                    () -> b.spending(new SpendingLine(l.functionCode(), l.type(), l.fund(), in(l.amount()))));
        }
        if (balances != null) {
            Amount zero = Amount.zero(unit);
            at(
                    root + ".balances",
                    () -> b.balances(new Balances(
                            in(balances.opening()),
                            balances.nonFiscalBalanceUsed() == null ? zero : in(balances.nonFiscalBalanceUsed()),
                            balances.surplusDistribution() == null ? zero : in(balances.surplusDistribution()),
                            in(balances.closing()))));
        }
        List<FundBalanceDoc> f = elements(fundBalances, root + ".fundBalances");
        for (int i = 0; i < f.size(); i++) {
            FundBalanceDoc l = f.get(i);
            at(
                    root + ".fundBalances[" + i + "]",
                    () -> b.fundBalance(new FundBalance(
                            l.fund(), Optional.ofNullable(l.functionCode()), in(l.opening()), in(l.closing()))));
        }
        List<BasicDoc> e = elements(basic, root + ".basicExpenditures");
        for (int i = 0; i < e.size(); i++) {
            BasicDoc l = e.get(i);
            at(
                    root + ".basicExpenditures[" + i + "]",
                    () -> b.basic(new BasicExpenditure(l.economicCode(), in(l.amount()))));
        }
        List<ThreePublicDoc> t = elements(threePublic, root + ".threePublic");
        for (int i = 0; i < t.size(); i++) {
            ThreePublicDoc l = t.get(i);
            at(
                    root + ".threePublic[" + i + "]",
                    () -> b.threePublic(new ThreePublicOutturn(l.item(), in(l.budgeted()), in(l.spent()))));
        }
        if (activity != null) {
            ActivityDoc a = activity;
            at(
                    root + ".threePublicActivity",
                    () -> b.threePublicActivity(new ThreePublicActivity(
                            a.overseasGroups(),
                            a.overseasPeople(),
                            a.vehiclesBought(),
                            a.vehiclesHeld(),
                            a.domesticBatches(),
                            a.domesticPeople(),
                            a.foreignBatches(),
                            a.foreignPeople())));
        }
        List<LineBudgetDoc> lb = elements(lineBudgets, root + ".lineBudgets");
        for (int i = 0; i < lb.size(); i++) {
            LineBudgetDoc l = lb.get(i);
            at(
                    root + ".lineBudgets[" + i + "]",
                    () -> b.lineBudget(new LineBudget(
                            l.functionCode(), in(l.openingBudget()), l.usedFor(), Optional.ofNullable(l.reason()))));
        }
        if (operatingCosts != null) {
            at(root + ".operatingCosts", () -> b.operatingCosts(in(operatingCosts)));
        }
        if (names != null) {
            for (Map.Entry<String, String> n : map(names.functional()).entrySet()) {
                at(root + ".names.functional." + n.getKey(), () -> b.name(FunctionCode.of(n.getKey()), n.getValue()));
            }
            for (Map.Entry<String, String> n : map(names.economic()).entrySet()) {
                at(root + ".names.economic." + n.getKey(), () -> b.name(EconomicCode.of(n.getKey()), n.getValue()));
            }
        }
    }

    private Department department(DepartmentDoc dept, String path) throws BudgetFileException {
        if (dept == null) {
            throw error(path, "expected an object, found null");
        }
        Department[] made = new Department[1];
        at(path, () -> made[0] = Department.of(dept.code(), dept.name(), dept.shortName(), dept.kind()));
        return made[0];
    }

    private void at(String path, Step step) throws BudgetFileException {
        try {
            step.run();
        } catch (FactException | IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private BudgetFileException error(String path, String detail) {
        return new BudgetFileException(file, 0, 0, path, detail);
    }

    private <T> List<T> elements(List<T> list, String path) throws BudgetFileException {
        List<T> elements = list == null ? List.of() : list;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                throw error(path + "[" + i + "]", "expected an object, found null");
            }
        }
        return elements;
    }

    private static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private Amount in(Amount read) {
        return read == null ? null : Amount.of(read.value(), unit);
    }

    private <K> Map<K, Amount> in(Map<K, Amount> read) {
        Map<K, Amount> m = new java.util.LinkedHashMap<>();
        read.forEach((k, v) -> m.put(k, in(v)));
        return m;
    }
}
