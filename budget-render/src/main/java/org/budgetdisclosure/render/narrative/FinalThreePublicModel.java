package org.budgetdisclosure.render.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.Percent;
import org.budgetdisclosure.model.finalaccounts.statements.ThreePublicStatement;

/**
 * The “三公” part of a final-accounts narrative (七): the three groups the template names (因公出国（境）费;
 * 公务用车购置及运行维护费, the sum of 购置 and 运行; 公务接待费), each against its 年初预算 (an item without a budget
 * says so: never 完成预算的0%) and against last year (where last year's four items are stated), then the shares of
 * the groups with money and what was done (where stated).
 */
final class FinalThreePublicModel {

    private final FinalStatements s;
    private final FinalNarrativeModel n;

    FinalThreePublicModel(FinalStatements statements, FinalNarrativeModel narrative) {
        this.s = statements;
        this.n = narrative;
    }

    private record Group(String name, Amount budget, Amount spent, List<LastYearFigure> lastYear) {}

    private List<Group> groups() {
        ThreePublicStatement t = s.threePublicStatement();
        return List.of(
                new Group(
                        "因公出国（境）费",
                        t.budgeted().get(ThreePublicHeading.OVERSEAS),
                        t.spent().get(ThreePublicHeading.OVERSEAS),
                        List.of(LastYearFigure.THREE_PUBLIC_OVERSEAS)),
                new Group(
                        "公务用车购置及运行维护费",
                        t.vehiclesBudgeted(),
                        t.vehiclesSpent(),
                        List.of(
                                LastYearFigure.THREE_PUBLIC_VEHICLE_PURCHASE,
                                LastYearFigure.THREE_PUBLIC_VEHICLE_OPERATION)),
                new Group(
                        "公务接待费",
                        t.budgeted().get(ThreePublicHeading.RECEPTION),
                        t.spent().get(ThreePublicHeading.RECEPTION),
                        List.of(LastYearFigure.THREE_PUBLIC_RECEPTION)));
    }

    Map<String, Object> model() {
        ThreePublicStatement t = s.threePublicStatement();
        var a = s.accounts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budget", n.print(t.totalBudgeted()));
        m.put("spent", n.print(t.totalSpent()));
        m.put("hasBudget", !t.totalBudgeted().isZero());
        t.totalCompletion().ifPresent(p -> m.put("completion", FinalNarrativeModel.percent(p)));
        m.put("compare", FinalNarrativeModel.compare(t.totalSpent(), t.totalBudgeted()));
        m.put(
                "versusBudget",
                Direction.ofSign(t.totalSpent().compareTo(t.totalBudgeted())).name());
        m.put("any", !t.totalSpent().isZero());
        List<Map<String, Object>> items = new ArrayList<>();
        boolean allPrior = true;
        Amount priorTotal = Amount.zero(a.unit());
        for (Group g : groups()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", g.name());
            item.put("spent", n.print(g.spent()));
            item.put("hasBudget", !g.budget().isZero());
            Percent.of(g.spent(), g.budget()).ifPresent(p -> item.put("completion", FinalNarrativeModel.percent(p)));
            Optional<Amount> prior = Optional.of(Amount.zero(a.unit()));
            Optional<String> reason = Optional.empty();
            for (LastYearFigure f : g.lastYear()) {
                Optional<Amount> one = a.lastYear().figure(f);
                prior = prior.flatMap(p -> one.map(p::plus));
                reason = reason.or(() -> a.lastYear().reason(f));
            }
            if (prior.isPresent()) {
                item.put("change", n.change(g.spent(), prior.get(), reason));
                priorTotal = priorTotal.plus(prior.get());
            } else {
                allPrior = false;
            }
            items.add(item);
        }
        m.put("items", items);
        if (allPrior) {
            m.put("change", n.change(t.totalSpent(), priorTotal, Optional.empty()));
        }
        List<Map.Entry<String, Amount>> parts = new ArrayList<>();
        for (Group g : groups()) {
            parts.add(Map.entry(g.name(), g.spent()));
        }
        m.put("shares", n.shares(t.totalSpent(), parts).get("parts"));
        m.put("overseas", n.print(t.spent().get(ThreePublicHeading.OVERSEAS)));
        m.put("vehicles", n.print(t.vehiclesSpent()));
        m.put("vehiclePurchase", n.print(t.spent().get(ThreePublicHeading.VEHICLE_PURCHASE)));
        m.put("vehicleOperation", n.print(t.spent().get(ThreePublicHeading.VEHICLE_OPERATION)));
        m.put("reception", n.print(t.spent().get(ThreePublicHeading.RECEPTION)));
        a.threePublicActivity()
                .ifPresent(x -> m.put(
                        "activity",
                        Map.of(
                                "overseasGroups",
                                String.valueOf(x.overseasGroups()),
                                "overseasPeople",
                                String.valueOf(x.overseasPeople()),
                                "vehiclesBought",
                                String.valueOf(x.vehiclesBought()),
                                "vehiclesHeld",
                                String.valueOf(x.vehiclesHeld()),
                                "domesticBatches",
                                String.valueOf(x.domesticBatches()),
                                "domesticPeople",
                                String.valueOf(x.domesticPeople()),
                                "foreignBatches",
                                String.valueOf(x.foreignBatches()),
                                "foreignPeople",
                                String.valueOf(x.foreignPeople()))));
        return m;
    }
}
