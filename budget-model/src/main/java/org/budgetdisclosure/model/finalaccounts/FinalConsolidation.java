package org.budgetdisclosure.model.finalaccounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;

/**
 * The final accounts of a department with units (部门决算 of 本级 and 下属单位) as one set of facts: every figure of
 * the units added up, the department's own stated facts kept. The order of the units changes nothing: lines are
 * summed by their key (项 × source, 项 × kind × fund, economic 款, item) and come out in key order.
 *
 * <p>What is added: revenue, expenditure, the carry-overs (in all and by fund and 项), basic expenditure, the
 * “三公” items (budget and spent), the 年初预算 of each 项 (the uses and reasons of the units, distinct, in text
 * order, joined by "；"), the “三公” activity where the department states none, and 机关运行经费: the sum of the
 * 行政 and 参公 units that state it (a 事业单位 has none). What the department states is its own: last year's
 * figures, 政府采购, 绩效, assets, its stated totals and percentages; the 决算单位构成 where it states none lists
 * its units by name.
 */
public final class FinalConsolidation {

    private FinalConsolidation() {}

    /**
     * @param accounts the final accounts, not null
     * @return them with the units' figures added up and no units; the accounts themselves if they have no units
     */
    public static FinalAccounts of(FinalAccounts accounts) {
        if (!accounts.hasUnits()) {
            return accounts;
        }
        List<FinalAccounts> units = accounts.units();
        FinalAccountsBuilder b = FinalAccounts.builder(accounts.department(), accounts.year(), accounts.unit())
                .costClasses(accounts.costClasses())
                .lastYear(accounts.lastYear())
                .rounded(accounts.rounded());
        sum(
                        units,
                        FinalAccounts::revenues,
                        l -> l.functionCode().value() + "/" + l.source().ordinal(),
                        RevenueLine::amount,
                        (l, a) -> new RevenueLine(l.functionCode(), l.source(), a))
                .forEach(b::revenue);
        sum(
                        units,
                        FinalAccounts::spending,
                        l -> l.functionCode().value() + "/" + l.type().ordinal() + "/"
                                + l.fund().ordinal(),
                        SpendingLine::amount,
                        (l, a) -> new SpendingLine(l.functionCode(), l.type(), l.fund(), a))
                .forEach(b::spending);
        Balances balances = Balances.none(accounts.unit());
        boolean anyBalances = false;
        for (FinalAccounts u : units) {
            if (u.balances().isPresent()) {
                balances = balances.plus(u.balances().get());
                anyBalances = true;
            }
        }
        if (anyBalances) {
            b.balances(balances);
        }
        fundBalances(units).forEach(b::fundBalance);
        sum(
                        units,
                        FinalAccounts::basicExpenditures,
                        l -> l.economicCode().value(),
                        BasicExpenditure::amount,
                        (l, a) -> new BasicExpenditure(l.economicCode(), a))
                .forEach(b::basic);
        threePublic(units).forEach(b::threePublic);
        lineBudgets(units).forEach(b::lineBudget);
        accounts.openingBudgetReason().ifPresent(b::openingBudgetReason);
        Optional<ThreePublicActivity> activity = accounts.threePublicActivity().or(() -> activity(units));
        activity.ifPresent(b::threePublicActivity);
        operatingCosts(units).ifPresent(b::operatingCosts);
        accounts.procurement().ifPresent(b::procurement);
        accounts.performance().ifPresent(b::performance);
        accounts.assets().ifPresent(b::assets);
        if (accounts.composition().isEmpty()) {
            units.forEach(u -> b.composition(new CompositionEntry(u.department().name(), "")));
        } else {
            accounts.composition().forEach(b::composition);
        }
        accounts.statedFigures().forEach(b::stated);
        accounts.duties().forEach(b::duty);
        accounts.statedPercentages().forEach(b::stated);
        Map<Code, String> names = new HashMap<>();
        units.stream()
                .sorted(Comparator.comparing(u -> u.department().name()))
                .forEach(u -> u.names().forEach(names::putIfAbsent));
        names.putAll(accounts.names());
        names.forEach(b::name);
        return b.build();
    }

    private static <L> List<L> sum(
            List<FinalAccounts> units,
            Function<FinalAccounts, List<L>> lines,
            Function<L, String> key,
            Function<L, Amount> amount,
            java.util.function.BiFunction<L, Amount, L> make) {
        TreeMap<String, L> sums = new TreeMap<>();
        for (FinalAccounts u : units) {
            for (L line : lines.apply(u)) {
                sums.merge(
                        key.apply(line),
                        line,
                        (a, c) -> make.apply(a, amount.apply(a).plus(amount.apply(c))));
            }
        }
        return new ArrayList<>(sums.values());
    }

    private static List<FundBalance> fundBalances(List<FinalAccounts> units) {
        TreeMap<String, FundBalance> sums = new TreeMap<>();
        for (FinalAccounts u : units) {
            List<FundBalance> balances = new ArrayList<>(u.fundBalances());
            // a unit that states a fund by 项 only has the sum of its 项 as the fund's whole balance
            for (org.budgetdisclosure.model.facts.Fund fund : org.budgetdisclosure.model.facts.Fund.fiscalFunds()) {
                List<FundBalance> items = u.fundBalances().stream()
                        .filter(b -> b.fund() == fund && b.functionCode().isPresent())
                        .toList();
                boolean whole = u.fundBalances().stream()
                        .anyMatch(b -> b.fund() == fund && b.functionCode().isEmpty());
                if (!whole && !items.isEmpty()) {
                    balances.add(FundBalance.of(
                            fund,
                            Amount.total(
                                    u.unit(),
                                    items.stream().map(FundBalance::opening).toList()),
                            Amount.total(
                                    u.unit(),
                                    items.stream().map(FundBalance::closing).toList())));
                }
            }
            for (FundBalance f : balances) {
                sums.merge(
                        f.fund().ordinal() + "/"
                                + f.functionCode().map(FunctionCode::value).orElse(""),
                        f,
                        (a, c) -> new FundBalance(
                                a.fund(),
                                a.functionCode(),
                                a.opening().plus(c.opening()),
                                a.closing().plus(c.closing())));
            }
        }
        return new ArrayList<>(sums.values());
    }

    private static List<ThreePublicOutturn> threePublic(List<FinalAccounts> units) {
        Map<ThreePublicHeading, ThreePublicOutturn> sums = new java.util.EnumMap<>(ThreePublicHeading.class);
        for (FinalAccounts u : units) {
            for (ThreePublicOutturn t : u.threePublic()) {
                sums.merge(
                        t.item(),
                        t,
                        (a, c) -> new ThreePublicOutturn(
                                a.item(),
                                a.budgeted().plus(c.budgeted()),
                                a.spent().plus(c.spent())));
            }
        }
        return new ArrayList<>(sums.values());
    }

    private static List<LineBudget> lineBudgets(List<FinalAccounts> units) {
        TreeMap<FunctionCode, Amount> budgets = new TreeMap<>();
        TreeMap<FunctionCode, TreeSet<String>> uses = new TreeMap<>();
        TreeMap<FunctionCode, TreeSet<String>> reasons = new TreeMap<>();
        for (FinalAccounts u : units) {
            for (LineBudget l : u.lineBudgets()) {
                budgets.merge(l.functionCode(), l.openingBudget(), Amount::plus);
                uses.computeIfAbsent(l.functionCode(), k -> new TreeSet<>()).add(l.usedFor());
                l.reason()
                        .ifPresent(r -> reasons.computeIfAbsent(l.functionCode(), k -> new TreeSet<>())
                                .add(r));
            }
        }
        List<LineBudget> lines = new ArrayList<>();
        budgets.forEach((code, amount) -> lines.add(new LineBudget(
                code,
                amount,
                String.join("；", uses.get(code)),
                Optional.ofNullable(reasons.get(code)).map(r -> String.join("；", r)))));
        return lines;
    }

    private static Optional<ThreePublicActivity> activity(List<FinalAccounts> units) {
        List<ThreePublicActivity> stated =
                units.stream().flatMap(u -> u.threePublicActivity().stream()).toList();
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        int[] s = new int[8];
        for (ThreePublicActivity a : stated) {
            int[] v = {
                a.overseasGroups(),
                a.overseasPeople(),
                a.vehiclesBought(),
                a.vehiclesHeld(),
                a.domesticBatches(),
                a.domesticPeople(),
                a.foreignBatches(),
                a.foreignPeople()
            };
            for (int i = 0; i < 8; i++) {
                s[i] = (int) Math.min(999_999_999L, (long) s[i] + v[i]);
            }
        }
        return Optional.of(new ThreePublicActivity(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]));
    }

    /**
     * @param units the units, not null
     * @return the 机关运行经费 of the 行政 and 参公 units that state it, summed; empty where none states it
     */
    static Optional<Amount> operatingCosts(List<FinalAccounts> units) {
        return units.stream()
                .filter(u -> u.department().kind().hasOperatingCosts())
                .flatMap(u -> u.operatingCosts().stream())
                .reduce(Amount::plus);
    }
}
