package org.budgetdisclosure.render.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatement;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FundColumn;
import org.budgetdisclosure.model.finalaccounts.statements.GeneralPublicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.LineOutturn;
import org.budgetdisclosure.model.finalaccounts.statements.OutturnFigures;
import org.budgetdisclosure.model.finalaccounts.statements.Percent;
import org.budgetdisclosure.model.finalaccounts.statements.RevenueColumn;
import org.budgetdisclosure.model.finalaccounts.statements.SpendingColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.render.tables.AmountStyle;

/**
 * The data the narrative templates of a final-accounts (部门决算) layout see: strings, booleans, lists and maps only.
 * Every figure is one of the {@link FinalStatements} (or of {@link OutturnFigures}), printed once here in the
 * narrative's amount style. The drafting rules of the Shanghai template are applied here, once, for every layout:
 *
 * <ul>
 *   <li>（不涉及的不列） a source, kind, category or item that is zero is left out of the lists ({@code parts});
 *   <li>（如持平作持平表述） a change on last year is {@code 持平} when nothing changed, never 增加0万元
 *       ({@code change.phrase}); an unchanged figure gives no reason (预决算持平的不用说明变动原因);
 *   <li>大于 / 小于 / 持平 are chosen from the figures ({@code compare});
 *   <li>the shares of a whole's parts are given to two decimals and add to 100.00% ({@link Percent#apportioned});
 *   <li>completion of the 年初预算 is a percentage, and an item without a budget says so (never 完成预算的0%).
 * </ul>
 *
 * <p>Absent facts claim nothing: a key is missing (or a list empty) where its fact is not stated.
 */
public final class FinalNarrativeModel {

    private final AmountStyle style;
    private final FinalStatements s;
    private final FinalAccounts a;
    private final OutturnFigures f;

    private FinalNarrativeModel(FinalStatements statements, AmountStyle style) {
        this.s = statements;
        this.style = style;
        this.a = statements.accounts();
        this.f = statements.figures();
    }

    /**
     * @param statements the statements of the final accounts, not null
     * @param style how the narrative writes amounts, not null
     * @param glossary the layout's 名词解释, not null
     * @return the template data, never null
     */
    public static Map<String, Object> of(FinalStatements statements, AmountStyle style, List<GlossaryEntry> glossary) {
        return new FinalNarrativeModel(statements, style).model(glossary);
    }

    private String money(Amount amount) {
        return style.formatShowingZero(amount);
    }

    private static String pct(BigDecimal p) {
        return p.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private Map<String, Object> model(List<GlossaryEntry> glossary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", String.valueOf(a.year()));
        m.put("lastYear", String.valueOf(a.year() - 1));
        m.put("unit", style.unitWord());
        m.put(
                "dept",
                Map.of(
                        "name",
                        a.department().name(),
                        "shortName",
                        a.department().shortName()));
        m.put("duties", a.duties());
        List<Map<String, String>> composition = new ArrayList<>();
        int n = 0;
        for (var c : s.original().composition().isEmpty()
                ? a.composition()
                : s.original().composition()) {
            composition.add(Map.of("no", String.valueOf(++n), "name", c.name(), "note", c.note()));
        }
        m.put("composition", composition);
        m.put("units", String.valueOf(s.original().units().size()));
        m.put("overall", overall());
        m.put("revenue", parts(s.revenueStatement().total().get(RevenueColumn.TOTAL), revenueParts()));
        m.put("spending", parts(s.expenditureStatement().total().get(SpendingColumn.TOTAL), spendingParts()));
        m.put("fiscal", fiscal());
        m.put("generalPublic", generalPublic());
        m.put("basic", basic());
        m.put("threePublic", new FinalThreePublicModel(s, this).model());
        m.put("governmentFund", fund(s.governmentFundStatement()));
        m.put("stateCapital", fund(s.stateCapitalStatement()));
        a.performance()
                .ifPresent(p -> m.put(
                        "performance",
                        Map.ofEntries(
                                Map.entry("targetProjects", String.valueOf(p.targetProjects())),
                                Map.entry("targetAmount", money(p.targetAmount())),
                                Map.entry("followedProjects", String.valueOf(p.followedProjects())),
                                Map.entry("followedAmount", money(p.followedAmount())),
                                Map.entry("evaluatedProjects", String.valueOf(p.evaluatedProjects())),
                                Map.entry("evaluatedAmount", money(p.evaluatedAmount())),
                                Map.entry("averageScore", p.averageScore().toPlainString()),
                                Map.entry("excellent", String.valueOf(p.excellent())),
                                Map.entry("good", String.valueOf(p.good())),
                                Map.entry("pass", String.valueOf(p.pass())),
                                Map.entry("fail", String.valueOf(p.fail())),
                                Map.entry("problemsFound", String.valueOf(p.problemsFound())),
                                Map.entry("problemsFixed", String.valueOf(p.problemsFixed())),
                                Map.entry("problemsBeingFixed", String.valueOf(p.problemsBeingFixed())))));
        operating().ifPresent(o -> m.put("operating", o));
        a.procurement()
                .ifPresent(p -> m.put(
                        "procurement",
                        Map.of(
                                "total",
                                money(p.total()),
                                "goods",
                                money(p.goods()),
                                "works",
                                money(p.works()),
                                "services",
                                money(p.services()),
                                "smeReserved",
                                money(p.smeReserved()),
                                "smallMicroReserved",
                                money(p.smallMicroReserved()),
                                "smeAwarded",
                                money(p.smeAwarded()),
                                "smallMicroAwarded",
                                money(p.smallMicroAwarded()),
                                "smeAwardedOther",
                                money(p.smeAwardedOther()))));
        a.assets().ifPresent(h -> {
            Map<String, Object> assets = new LinkedHashMap<>();
            assets.put(
                    "asOf",
                    h.asOf().getYear() + "年" + h.asOf().getMonthValue() + "月"
                            + h.asOf().getDayOfMonth() + "日");
            h.vehicles().ifPresent(v -> {
                assets.put("vehicles", String.valueOf(v.total()));
                List<Map<String, String>> categories = new ArrayList<>();
                for (VehicleCategory c : VehicleCategory.values()) {
                    categories.add(Map.of("name", c.chineseName(), "count", String.valueOf(v.count(c))));
                }
                assets.put("categories", categories);
            });
            h.largeEquipment().ifPresent(e -> assets.put("largeEquipment", String.valueOf(e)));
            // the fixed threshold of the official wording (100万元 whatever the narrative's unit)
            assets.put("largeEquipmentLabel", "单价100万元（含）以上设备（不含车辆）");
            m.put("assets", assets);
        });
        List<Map<String, String>> terms = new ArrayList<>();
        glossary.forEach(g -> terms.add(Map.of("term", g.term(), "definition", g.definition())));
        m.put("glossary", terms);
        return m;
    }

    // ---- the rules -------------------------------------------------------------------------------------------

    /**
     * A change on last year as the template words it: 增加X万元，增长Y% / 减少X万元，下降Y% / 持平 (also when the
     * difference prints as zero in the narrative's unit), with its reason unless unchanged; absent where last
     * year's figure is not stated.
     */
    Optional<Map<String, Object>> change(LastYearFigure figure) {
        return f.change(figure).map(c -> change(c.current(), c.prior(), c.reason()));
    }

    Map<String, Object> change(Amount current, Amount prior, Optional<String> reason) {
        Amount difference = current.minus(prior);
        boolean same = style.formatShowingZero(difference.abs())
                .equals(style.formatShowingZero(difference.abs().minus(difference.abs())));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("same", same);
        c.put("prior", money(prior));
        String phrase;
        if (same) {
            phrase = Direction.FLAT.word();
        } else {
            boolean up = difference.value().signum() > 0;
            Optional<BigDecimal> percent = Percent.of(difference.abs(), prior);
            phrase = Phrases.moved(
                            up ? Direction.INCREASE : Direction.DECREASE,
                            money(difference.abs()) + style.unitWord(),
                            Direction.FLAT.word())
                    + percent.map(p -> "，" + (up ? "增长" : "下降") + pct(p) + "%").orElse("");
            c.put("up", up);
            c.put("difference", money(difference.abs()));
            percent.ifPresent(p -> c.put("percent", pct(p)));
        }
        c.put("phrase", phrase);
        c.put(
                "direction",
                (same ? Direction.FLAT : difference.value().signum() > 0 ? Direction.INCREASE : Direction.DECREASE)
                        .name());
        if (!same) {
            reason.ifPresent(r -> c.put("reason", sentence(r)));
        }
        return c;
    }

    /** @return the text ending in a full stop (a reason stated with or without one prints with one) */
    static String sentence(String text) {
        // the reasons of several units joined by consolidation: one sentence, its clauses split by ；
        String t = text.strip().replace("。；", "；");
        return t.endsWith("。") || t.endsWith("；") || t.endsWith("！") ? t : t + "。";
    }

    /** 大于 / 小于 / 持平 from the figures (决算数 against 预算数); a template tests {@code versusBudget} instead. */
    static String compare(Amount spent, Amount budget) {
        int c = spent.compareTo(budget);
        return c > 0 ? "大于" : c < 0 ? "小于" : "持平";
    }

    /** A whole and its non-zero parts with their shares, adding to 100.00% (不涉及的不列). */
    private Map<String, Object> parts(Amount whole, List<Map.Entry<String, Amount>> all) {
        List<Map.Entry<String, Amount>> present =
                all.stream().filter(e -> !e.getValue().isZero()).toList();
        Optional<List<BigDecimal>> shares =
                Percent.apportioned(present.stream().map(Map.Entry::getValue).toList(), whole);
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("name", present.get(i).getKey());
            item.put("amount", money(present.get(i).getValue()));
            int k = i;
            shares.ifPresent(p -> item.put("share", pct(p.get(k))));
            items.add(item);
        }
        return Map.of("total", money(whole), "parts", items);
    }

    private List<Map.Entry<String, Amount>> revenueParts() {
        Row<RevenueColumn> total = s.revenueStatement().total();
        List<Map.Entry<String, Amount>> parts = new ArrayList<>();
        for (RevenueColumn c : RevenueColumn.values()) {
            if (c != RevenueColumn.TOTAL) {
                parts.add(Map.entry(c.chineseName(), total.get(c)));
            }
        }
        return parts;
    }

    private List<Map.Entry<String, Amount>> spendingParts() {
        Row<SpendingColumn> total = s.expenditureStatement().total();
        List<Map.Entry<String, Amount>> parts = new ArrayList<>();
        for (SpendingColumn c : SpendingColumn.values()) {
            if (c != SpendingColumn.TOTAL) {
                parts.add(Map.entry(c.chineseName(), total.get(c)));
            }
        }
        return parts;
    }

    // ---- the sections --------------------------------------------------------------------------------------------

    private Map<String, Object> overall() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("total", money(s.summary().revenueGrandTotal()));
        change(LastYearFigure.GRAND_TOTAL).ifPresent(c -> o.put("change", c));
        return o;
    }

    private Map<String, Object> fiscal() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("total", money(s.fiscalSummary().revenueGrandTotal()));
        change(LastYearFigure.FISCAL_GRAND_TOTAL).ifPresent(c -> o.put("change", c));
        return o;
    }

    private Map<String, Object> generalPublic() {
        Map<String, Object> g = new LinkedHashMap<>();
        Amount total = f.generalPublicTotal();
        g.put("total", money(total));
        g.put("any", !total.isZero());
        f.generalPublicShare().ifPresent(p -> g.put("share", pct(p)));
        change(LastYearFigure.GENERAL_PUBLIC_EXPENDITURE).ifPresent(c -> g.put("change", c));
        List<Map.Entry<String, Amount>> classes = new ArrayList<>();
        for (Row<GeneralPublicColumn> r : s.generalPublicStatement().body()) {
            if (r.level() == 0) {
                classes.add(Map.entry(r.name(), r.get(GeneralPublicColumn.TOTAL)));
            }
        }
        g.put("classes", parts(total, classes).get("parts"));
        f.openingBudgetTotal().ifPresent(b -> {
            g.put("budget", money(b));
            f.completion().ifPresent(p -> g.put("completion", pct(p)));
            Direction versusBudget = Direction.ofSign(total.compareTo(b));
            g.put("compare", compare(total, b));
            g.put("versusBudget", versusBudget.name());
            if (versusBudget != Direction.FLAT) {
                a.openingBudgetReason().ifPresent(r -> g.put("reason", sentence(r)));
            }
        });
        List<Map<String, String>> lines = new ArrayList<>();
        for (LineOutturn line : f.lines()) {
            lines.add(line(line));
        }
        g.put("lines", lines);
        return g;
    }

    /** One 项 explained: 类（类）款（款）项（项）, its use, 年初预算 and 决算, and the reason of a difference. */
    private Map<String, String> line(LineOutturn line) {
        Map<String, String> l = new LinkedHashMap<>();
        FunctionCode code = line.functionCode();
        l.put(
                "heading",
                s.name(code.classCode()) + "（类）" + s.name(code.parent().orElseThrow()) + "（款）" + s.name(code) + "（项）");
        l.put("spent", money(line.spent()));
        line.budget().ifPresent(b -> {
            l.put("usedFor", b.usedFor());
            l.put("budget", money(b.openingBudget()));
            Direction versusBudget = Direction.ofSign(line.spent().compareTo(b.openingBudget()));
            l.put("compare", compare(line.spent(), b.openingBudget()));
            l.put("versusBudget", versusBudget.name());
            line.completion().ifPresent(p -> l.put("completion", pct(p)));
            if (versusBudget != Direction.FLAT) {
                b.reason().ifPresent(r -> l.put("reason", sentence(r)));
            }
        });
        return l;
    }

    private Map<String, Object> basic() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("total", money(s.basicStatement().total()));
        b.put("personnel", money(s.basicStatement().personnel()));
        b.put("publicUse", money(s.basicStatement().publicUse()));
        List<String> personnel = new ArrayList<>();
        List<String> publicUse = new ArrayList<>();
        for (var row : s.basicStatement().table().body()) {
            if (row.level() == 0 || row.amounts().values().stream().allMatch(Amount::isZero)) {
                continue;
            }
            Optional<CostClass> c =
                    a.costClasses().classOf((EconomicCode) row.code().orElseThrow());
            if (c.isPresent()) {
                (c.get() == CostClass.PERSONNEL ? personnel : publicUse).add(row.name());
            }
        }
        b.put("personnelItems", personnel);
        b.put("publicUseItems", publicUse);
        return b;
    }

    private Map<String, Object> fund(FinalStatement<FundColumn> statement) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("empty", statement.isEmpty());
        Row<FundColumn> total = statement.total();
        g.put("revenue", money(total.get(FundColumn.REVENUE)));
        g.put("spent", money(total.get(FundColumn.SUBTOTAL)));
        List<Map<String, String>> lines = new ArrayList<>();
        for (Row<FundColumn> r : statement.body()) {
            if (r.level() == 2 && !r.get(FundColumn.SUBTOTAL).isZero()) {
                FunctionCode code = (FunctionCode) r.code().orElseThrow();
                lines.add(Map.of(
                        "heading",
                        s.name(code.classCode()) + "（类）" + s.name(code.parent().orElseThrow()) + "（款）" + r.name()
                                + "（项）",
                        "spent",
                        money(r.get(FundColumn.SUBTOTAL))));
            }
        }
        g.put("lines", lines);
        return g;
    }

    private Optional<Map<String, Object>> operating() {
        if (!a.department().kind().hasOperatingCosts()
                && a.operatingCosts().isEmpty()
                && !s.original().hasUnits()) {
            return Optional.of(Map.of("none", true));
        }
        return a.operatingCosts().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("none", o.isZero() && change(LastYearFigure.OPERATING_COSTS).isEmpty());
            m.put("amount", money(o));
            change(LastYearFigure.OPERATING_COSTS).ifPresent(c -> m.put("change", c));
            return m;
        });
    }

    /** @param amount an amount @return it as the narrative prints it */
    String print(Amount amount) {
        return money(amount);
    }

    /** @param parts the parts @param whole their whole @return the non-zero parts with their shares */
    Map<String, Object> shares(Amount whole, List<Map.Entry<String, Amount>> parts) {
        return parts(whole, parts);
    }

    static String percent(BigDecimal p) {
        return pct(p);
    }
}
