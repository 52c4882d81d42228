package org.budgetdisclosure.model.finalaccounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.MoneyUnit;

/** The checks of {@link FinalAccounts} on its ledger unit and its units, each failure naming its field path. */
final class FinalUnits {

    private FinalUnits() {}

    @SuppressWarnings("checkstyle:ParameterNumber")
    static void check(
            Department department,
            int year,
            MoneyUnit unit,
            List<RevenueLine> revenues,
            List<SpendingLine> spending,
            Optional<Balances> balances,
            List<FundBalance> fundBalances,
            List<BasicExpenditure> basic,
            List<ThreePublicOutturn> threePublic,
            List<LineBudget> lineBudgets,
            LastYear lastYear,
            Optional<Amount> operatingCosts,
            Optional<ProcurementOutturn> procurement,
            Optional<PerformanceOutturn> performance,
            Map<StatedFigure, Amount> stated,
            List<FinalAccounts> units) {
        for (int i = 0; i < revenues.size(); i++) {
            Require.unit(unit, "revenues[" + i + "].amount", revenues.get(i).amount());
        }
        for (int i = 0; i < spending.size(); i++) {
            Require.unit(unit, "spending[" + i + "].amount", spending.get(i).amount());
        }
        balances.ifPresent(b -> b.check(unit));
        for (int i = 0; i < fundBalances.size(); i++) {
            Require.unit(
                    unit, "fundBalances[" + i + "].opening", fundBalances.get(i).opening());
            Require.unit(
                    unit, "fundBalances[" + i + "].closing", fundBalances.get(i).closing());
        }
        for (int i = 0; i < basic.size(); i++) {
            Require.unit(
                    unit, "basicExpenditures[" + i + "].amount", basic.get(i).amount());
        }
        for (int i = 0; i < threePublic.size(); i++) {
            Require.unit(
                    unit, "threePublic[" + i + "].budgeted", threePublic.get(i).budgeted());
            Require.unit(
                    unit, "threePublic[" + i + "].spent", threePublic.get(i).spent());
        }
        for (int i = 0; i < lineBudgets.size(); i++) {
            Require.unit(
                    unit,
                    "lineBudgets[" + i + "].openingBudget",
                    lineBudgets.get(i).openingBudget());
        }
        lastYear.figures().forEach((k, v) -> Require.unit(unit, "lastYear.figures." + k.name(), v));
        operatingCosts.ifPresent(a -> Require.unit(unit, "operatingCosts", a));
        procurement.ifPresent(p -> List.of(
                        p.goods(),
                        p.works(),
                        p.services(),
                        p.smeReserved(),
                        p.smallMicroReserved(),
                        p.smeAwarded(),
                        p.smallMicroAwarded(),
                        p.smeAwardedOther())
                .forEach(a -> Require.unit(unit, "procurement", a)));
        performance.ifPresent(p -> List.of(p.targetAmount(), p.followedAmount(), p.evaluatedAmount())
                .forEach(a -> Require.unit(unit, "performance", a)));
        stated.forEach((k, v) -> Require.unit(unit, "statedFigures." + k.name(), v));
        if (units.isEmpty()) {
            return;
        }
        String computed = !revenues.isEmpty()
                ? "revenues"
                : !spending.isEmpty()
                        ? "spending"
                        : balances.isPresent()
                                ? "balances"
                                : !fundBalances.isEmpty()
                                        ? "fundBalances"
                                        : !basic.isEmpty()
                                                ? "basicExpenditures"
                                                : !threePublic.isEmpty()
                                                        ? "threePublic"
                                                        : !lineBudgets.isEmpty()
                                                                ? "lineBudgets"
                                                                : operatingCosts.isPresent() ? "operatingCosts" : null;
        if (computed != null) {
            throw new IllegalArgumentException(computed + " of a department with units is the sum of its units'; "
                    + "state it at the units, not at the department " + department.name());
        }
        for (int i = 0; i < units.size(); i++) {
            FinalAccounts u = units.get(i);
            if (u.hasUnits()) {
                throw new IllegalArgumentException("units[" + i + "] has units of its own; a unit has none");
            }
            if (u.year() != year) {
                throw new IllegalArgumentException(
                        "units[" + i + "].year is " + u.year() + ", the department's " + year);
            }
            if (u.unit() != unit) {
                throw new IllegalArgumentException("units[" + i + "].unit is "
                        + u.unit().chineseName() + ", the department's " + unit.chineseName());
            }
        }
    }
}
