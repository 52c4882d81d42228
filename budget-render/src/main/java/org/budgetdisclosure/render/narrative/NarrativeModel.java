package org.budgetdisclosure.render.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.Change;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.KeyFigures;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.tables.AmountStyle;

/**
 * The data a narrative template sees: plain strings, booleans, lists and maps only (no Java objects, so a
 * template can call no method). Every figure is a table figure of the statements, formatted once here in the
 * narrative's amount style (converted to its unit and rounded once), followed in the template by {@code unit},
 * the style's unit word: no template writes 万元 or 元 itself.
 *
 * <p>Variables: {@code year}, {@code lastYear}, {@code unit}, {@code dept} (name, shortName, kind),
 * {@code duties}, {@code institutionOverview}, {@code staffing} (total, active, retiredCadres, retired; absent if
 * not stated), {@code revenue} (total, single, sources: name, amount), {@code exp} (total, basic, personnel,
 * publicUse, project, basicSplit, others: name, amount), {@code prior} (present with last year's figures:
 * total, personnel, publicUse, project), {@code change} (by TOTAL, PERSONNEL, PUBLIC_USE, PROJECT, THREE_PUBLIC,
 * OVERSEAS, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION: amount, prior, phrase, comparison, reason),
 * {@code operating} (total, lines: name, amount), {@code threePublic} (total, overseas, vehicles, purchase,
 * operation, reception), {@code overallGoals}, {@code specialFunds}, {@code projects} (name, amount,
 * description, table), {@code safeguards}, {@code procurement} (any, total), {@code assets} (any, asOf, total,
 * planned, plannedInProcurement), {@code glossary} (term, definition), {@code otherNotes}, {@code units} (the
 * department's units counted by kind and listed: see {@code UnitsModel}), {@code explanation} (the 编制说明 and
 * 项目经费情况说明, see {@code ExplanationModel}).
 */
public final class NarrativeModel {

    /** How the narrative writes amounts and their unit word. */
    private final AmountStyle style;

    private final List<GlossaryEntry> layoutGlossary;

    private NarrativeModel(AmountStyle style, List<GlossaryEntry> layoutGlossary) {
        this.style = style;
        this.layoutGlossary = layoutGlossary;
    }

    /**
     * @param s the statements, not null
     * @param style how the narrative writes amounts and their unit word, not null
     * @param layoutGlossary the layout's glossary, printed when the budget states none, not null
     * @return the template data, never null
     */
    public static Map<String, Object> of(Statements s, AmountStyle style, List<GlossaryEntry> layoutGlossary) {
        return new NarrativeModel(java.util.Objects.requireNonNull(style, "style"), List.copyOf(layoutGlossary))
                .model(s);
    }

    private Map<String, Object> model(Statements s) {
        Budget b = s.budget();
        KeyFigures f = s.figures();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", String.valueOf(b.year()));
        m.put("lastYear", String.valueOf(b.year() - 1));
        m.put("unit", style.unitWord());
        m.put(
                "dept",
                Map.of(
                        "name",
                        b.department().name(),
                        "shortName",
                        b.department().shortName(),
                        "kind",
                        b.department().kind().chineseName()));
        m.put("duties", b.narrative().duties());
        m.put("institutionOverview", b.narrative().institutionOverview());
        m.put("hasInstitutions", !b.narrative().institutions().isEmpty());
        m.put("units", UnitsModel.of(s));
        b.narrative()
                .staffing()
                .ifPresent(st -> m.put(
                        "staffing",
                        Map.of(
                                "total",
                                String.valueOf(st.total()),
                                "active",
                                String.valueOf(st.active()),
                                "retiredCadres",
                                String.valueOf(st.retiredCadres()),
                                "retired",
                                String.valueOf(st.retired()))));

        List<Map<String, String>> sources = new ArrayList<>();
        f.revenueBySource().forEach((source, amount) -> sources.add(pair(source.chineseName(), amount)));
        m.put(
                "revenue",
                Map.of(
                        "total",
                        fmt(f.revenueTotal()),
                        "single",
                        sources.size() == 1,
                        "sources",
                        sources,
                        "carryover",
                        fmt(s.budgetSummary().carryover()),
                        "hasCarryover",
                        !s.budgetSummary().carryover().isZero()));

        List<Map<String, String>> others = new ArrayList<>();
        Row<ExpenditureColumn> total = s.expenditure().total();
        for (ExpenditureColumn c : List.of(
                ExpenditureColumn.OPERATING,
                ExpenditureColumn.REMITTANCE_TO_SUPERIOR,
                ExpenditureColumn.SUBSIDY_TO_SUBORDINATES)) {
            if (!total.get(c).isZero()) {
                others.add(pair(ExpenditureType.values()[c.ordinal() - 1].chineseName(), total.get(c)));
            }
        }
        Map<String, Object> exp = new LinkedHashMap<>();
        exp.put("total", fmt(f.expenditureTotal()));
        exp.put("basic", fmt(f.basic()));
        exp.put("personnel", fmt(f.personnel()));
        exp.put("publicUse", fmt(f.publicUse()));
        exp.put("project", fmt(f.project()));
        exp.put("basicSplit", f.basicSplit());
        exp.put("others", others);
        m.put("exp", exp);

        if (!f.changes().isEmpty()) {
            Map<String, Object> changes = new LinkedHashMap<>();
            f.changes().forEach((key, change) -> changes.put(key.name(), change(change)));
            m.put("change", changes);
            m.put(
                    "prior",
                    Map.of(
                            "total",
                            fmt(f.changes().get(Comparison.TOTAL).prior()),
                            "personnel",
                            fmt(f.changes().get(Comparison.PERSONNEL).prior()),
                            "publicUse",
                            fmt(f.changes().get(Comparison.PUBLIC_USE).prior()),
                            "project",
                            fmt(f.changes().get(Comparison.PROJECT).prior())));
        }

        List<Map<String, String>> lines = new ArrayList<>();
        for (Row<BasicColumn> row : f.operatingCosts()) {
            lines.add(pair(row.name(), row.get(BasicColumn.PUBLIC_USE)));
        }
        m.put("operating", Map.of("total", fmt(f.publicUse()), "lines", lines));

        Map<String, String> three = new LinkedHashMap<>();
        three.put("total", fmt(f.threePublic(Comparison.THREE_PUBLIC)));
        three.put("overseas", fmt(f.threePublic(Comparison.OVERSEAS)));
        three.put("vehicles", fmt(f.threePublic(Comparison.VEHICLES)));
        three.put("purchase", fmt(f.threePublic(Comparison.VEHICLE_PURCHASE)));
        three.put("operation", fmt(f.threePublic(Comparison.VEHICLE_OPERATION)));
        three.put("reception", fmt(f.threePublic(Comparison.RECEPTION)));
        m.put("threePublic", three);

        m.put("overallGoals", b.narrative().overallGoals());
        m.put("specialFunds", b.narrative().specialFunds());
        List<Map<String, Object>> projects = new ArrayList<>();
        List<PerformanceProject> ps = b.narrative().projects();
        for (int i = 0; i < ps.size(); i++) {
            projects.add(Map.of(
                    "name",
                    ps.get(i).name(),
                    "amount",
                    fmt(ps.get(i).amount()),
                    "description",
                    ps.get(i).description(),
                    "table",
                    "indicators-" + (i + 1)));
        }
        m.put("projects", projects);
        m.put("safeguards", b.narrative().safeguards());

        Amount procurement = f.procurement();
        m.put("procurement", Map.of("any", !b.narrative().procurement().isEmpty(), "total", fmt(procurement)));
        var assets = b.narrative().assets();
        m.put(
                "assets",
                Map.of(
                        "any",
                        !assets.categories().isEmpty(),
                        "asOf",
                        assets.asOf().getYear() + "年" + assets.asOf().getMonthValue() + "月"
                                + assets.asOf().getDayOfMonth() + "日",
                        "total",
                        fmt(assets.total()),
                        "planned",
                        fmt(assets.plannedAcquisitions()),
                        "hasPlanned",
                        !assets.plannedAcquisitions().isZero(),
                        "plannedInProcurement",
                        !assets.plannedAcquisitions().isZero()
                                && !assets.plannedAcquisitions().isGreaterThan(procurement)));
        List<Map<String, String>> glossary = new ArrayList<>();
        List<GlossaryEntry> stated = b.narrative().glossary();
        for (GlossaryEntry e : stated.isEmpty() ? layoutGlossary : stated) {
            glossary.add(Map.of("term", e.term(), "definition", e.definition()));
        }
        m.put("glossary", glossary);
        m.put("otherNotes", b.narrative().otherNotes());
        publishedFacts(s, m);
        // the Shanghai 编制说明 and 项目经费情况说明: see ExplanationModel for its keys
        m.put("explanation", ExplanationModel.of(s, style));
        return m;
    }

    /**
     * The facts of the Shanghai chapters 二 and 六, each key present only where the budget states the fact (absent
     * is not zero: a template prints no sentence from a key that is not there): {@code operatingCosts} (amount, or
     * none where the department is a 事业单位 without 机关运行经费), {@code threePublicStated}, {@code versusLastYear}
     * (by THREE_PUBLIC, OVERSEAS, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION: text such as
     * 与2024年预算持平 or 比2024年预算增加0.20万元, and reason), {@code budgetUnits} (headquarters, subordinates,
     * administrative 行政, institutions 事业 and 参公 together, civilServiceManaged 参公, publicInstitutions 事业 without
     * 参公, names, and list: name, merged for 预算不单列，并入本部, see InstitutionsModel), {@code internalDivisions}
     * (count, names), {@code procurementTotals}
     * (total, goods, works, services, smes, smallMicro), {@code performanceTargets} (count, amount, projects: name,
     * amount, and keyProjects, their number, where the projects listed are fewer than the count: 重点项目), {@code heldAssets} (asOf, vehicles, largeEquipment, equipmentName) and {@code plannedAssets}
     * (vehicles, largeEquipment, equipmentName), vehicles being total and categories: name, count.
     */
    private void publishedFacts(Statements s, Map<String, Object> m) {
        Budget b = s.budget();
        KeyFigures f = s.figures();
        var n = b.narrative();
        if (b.operatingCosts().isPresent()) {
            m.put("operatingCosts", Map.of("amount", fmt(b.operatingCosts().get())));
        } else if (!b.department().kind().hasOperatingCosts()) {
            m.put("operatingCosts", Map.of("none", true));
        }
        m.put("threePublicStated", !b.threePublic().isEmpty());
        java.util.function.Function<Comparison, java.util.Optional<Amount>> prior = null;
        java.util.function.Function<Comparison, java.util.Optional<String>> reason = null;
        if (b.priorYear().isPresent()) {
            prior = key -> java.util.Optional.ofNullable(f.changes().get(key)).map(Change::prior);
            reason = key -> b.priorYear().get().reason(key);
        } else if (n.priorThreePublic().isPresent()) {
            var p = n.priorThreePublic().get();
            Map<Comparison, Amount> amounts = org.budgetdisclosure.model.statements.Statements.threePublicComparisons(
                    i -> p.amounts().getOrDefault(i, Amount.zero(b.unit())));
            prior = key -> java.util.Optional.ofNullable(amounts.get(key));
            reason = p::reason;
        }
        if (prior != null) {
            Map<String, Object> versus = new LinkedHashMap<>();
            for (Comparison key : List.of(
                    Comparison.THREE_PUBLIC,
                    Comparison.OVERSEAS,
                    Comparison.VEHICLES,
                    Comparison.VEHICLE_PURCHASE,
                    Comparison.VEHICLE_OPERATION,
                    Comparison.RECEPTION)) {
                Amount previous = prior.apply(key).orElse(Amount.zero(b.unit()));
                Amount diff = f.threePublic(key).minus(previous);
                Map<String, Object> v = new LinkedHashMap<>();
                String last = (b.year() - 1) + "年预算";
                // a change too small to print reads as unchanged, never as 增加0.00万元
                v.put(
                        "text",
                        Phrases.compared(Direction.of(style.rounded(diff)), last, fmt(diff.abs()) + style.unitWord()));
                reason.apply(key).filter(r -> !r.isBlank()).ifPresent(r -> v.put("reason", r));
                versus.put(key.name(), v);
            }
            m.put("versusLastYear", versus);
        }
        if (!n.budgetUnits().isEmpty()) {
            m.put("budgetUnits", InstitutionsModel.of(n.budgetUnits()));
        }
        if (!n.internalDivisions().isEmpty()) {
            m.put(
                    "internalDivisions",
                    Map.of("count", String.valueOf(n.internalDivisions().size()), "names", n.internalDivisions()));
        }
        n.procurementTotals().ifPresent(t -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("total", fmt(t.total()));
            p.put("goods", fmt(t.goods()));
            p.put("works", fmt(t.works()));
            p.put("services", fmt(t.services()));
            t.reservedForSmes().ifPresent(a -> p.put("smes", fmt(a)));
            t.reservedForSmallAndMicro().ifPresent(a -> p.put("smallMicro", fmt(a)));
            m.put("procurementTotals", p);
        });
        List<Map<String, String>> targetProjects = new ArrayList<>();
        n.projects().forEach(p -> targetProjects.add(pair(p.name(), p.amount())));
        n.performanceTargets()
                .ifPresentOrElse(
                        t -> {
                            Map<String, Object> targets = new LinkedHashMap<>(Map.of(
                                    "count",
                                    String.valueOf(t.projects()),
                                    "amount",
                                    fmt(t.amount()),
                                    "projects",
                                    targetProjects));
                            if (!targetProjects.isEmpty() && targetProjects.size() < t.projects()) {
                                // the key projects (重点项目) listed beside the count of all projects with targets
                                targets.put("keyProjects", String.valueOf(targetProjects.size()));
                            }
                            m.put("performanceTargets", targets);
                        },
                        () -> {
                            if (!targetProjects.isEmpty()) {
                                m.put(
                                        "performanceTargets",
                                        Map.of(
                                                "count",
                                                String.valueOf(targetProjects.size()),
                                                "amount",
                                                fmt(Amount.total(
                                                        b.unit(),
                                                        n.projects().stream()
                                                                .map(PerformanceProject::amount)
                                                                .toList())),
                                                "projects",
                                                targetProjects));
                            }
                        });
        n.heldAssets().ifPresent(h -> {
            Map<String, Object> held = new LinkedHashMap<>();
            held.put(
                    "asOf",
                    h.asOf().getYear() + "年" + h.asOf().getMonthValue() + "月"
                            + h.asOf().getDayOfMonth() + "日");
            h.vehicles().ifPresent(v -> held.put("vehicles", vehicles(v)));
            h.largeEquipment().ifPresent(e -> held.put("largeEquipment", String.valueOf(e)));
            held.put("equipmentName", org.budgetdisclosure.model.facts.AssetHoldings.LARGE_EQUIPMENT);
            m.put("heldAssets", held);
        });
        n.plannedAssets().ifPresent(p -> {
            Map<String, Object> planned = new LinkedHashMap<>();
            p.vehicles().ifPresent(v -> planned.put("vehicles", vehicles(v)));
            p.largeEquipment().ifPresent(e -> planned.put("largeEquipment", String.valueOf(e)));
            planned.put("equipmentName", org.budgetdisclosure.model.facts.AssetHoldings.LARGE_EQUIPMENT);
            m.put("plannedAssets", planned);
        });
    }

    private static Map<String, Object> vehicles(org.budgetdisclosure.model.facts.VehicleCounts v) {
        List<Map<String, String>> categories = new ArrayList<>();
        for (org.budgetdisclosure.model.facts.VehicleCategory c :
                org.budgetdisclosure.model.facts.VehicleCategory.values()) {
            categories.add(Map.of("name", c.chineseName(), "count", String.valueOf(v.count(c))));
        }
        return Map.of("total", String.valueOf(v.total()), "categories", categories);
    }

    private Map<String, Object> change(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        Amount diff = c.difference();
        m.put("amount", fmt(c.current()));
        m.put("prior", fmt(c.prior()));
        m.put("difference", fmt(diff.isNegative() ? diff.negated() : diff));
        // a change too small to print (30 元 in 万元) reads as unchanged, never as 增加0.00万元
        Direction direction = Direction.of(style.rounded(diff));
        String amount = fmt(diff.abs()) + style.unitWord();
        m.put("direction", direction.name());
        m.put("phrase", Phrases.moved(direction, amount, "与上年持平"));
        m.put("comparison", Phrases.compared(direction, "上年", amount, "较"));
        c.reason().ifPresent(r -> m.put("reason", r));
        return m;
    }

    private Map<String, String> pair(String name, Amount amount) {
        return Map.of("name", name, "amount", fmt(amount));
    }

    /** The narrative's number style: its own exact value converted and rounded once; zero as a number. */
    private String fmt(Amount amount) {
        return style.formatShowingZero(amount);
    }
}
