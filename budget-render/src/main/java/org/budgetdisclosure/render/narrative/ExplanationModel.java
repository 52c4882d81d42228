package org.budgetdisclosure.render.narrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.Change;
import org.budgetdisclosure.model.statements.ExplainedLine;
import org.budgetdisclosure.model.statements.ExplanationFigures;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.tables.AmountStyle;

/**
 * The template data of the Shanghai 编制说明 (chapter 四) and 项目经费情况说明 (chapter 七), the {@code explanation}
 * variable of {@link NarrativeModel}: strings, booleans, lists and maps only. This year's figures come from the
 * statements ({@link ExplanationFigures}), formatted once in the narrative's style (an exact zero as the style's
 * zero, a blank zero as a number); last year's and the prose as stated. A key whose fact is not stated is absent,
 * so a template tests it with {@code ??} and never prints a sentence about it.
 *
 * <p>Keys: {@code revenue} (total, fiscal, fiscalChange?, others: name, amount, change? — the non-fiscal sources
 * 事业收入, 事业单位经营收入 and 其他收入 always, the others where they have money), {@code expenditure} (total,
 * fiscal, fiscalChange?, funds: GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL, each amount and change?),
 * {@code reason}? (direction, word, text: the stated reason of the 财政拨款 change), {@code lines} (number, names,
 * levels, amount, purpose, lastYear?: amount, kind 预算数 or 执行数, outturn, direction, percent?, reason?),
 * {@code projects} (name?, overview, basis, implementers, plan, period?, allocations: name, amount, stated
 * (whether the name already ends with the amount), goals).
 * A change is {@code direction} ({@link Direction}: INCREASE, DECREASE or FLAT, FLAT also where the difference
 * rounds to nothing; a template words it with {@code compared(…)}, {@link PhraseFunctions}) and
 * {@code difference} (its size, formatted). A per cent is the absolute {@link Change#percent()} with two decimals;
 * {@code direction} of a per-项 change follows the rounded per cent; where last year's figure is zero there is no
 * {@code percent} (and the sentence leaves it out).
 */
final class ExplanationModel {

    private static final List<String> LEVELS = List.of("类", "款", "项");

    private final AmountStyle style;

    private ExplanationModel(AmountStyle style) {
        this.style = style;
    }

    /**
     * @param s the statements, not null
     * @param style the narrative's amount style, not null
     * @return the {@code explanation} data, never null
     */
    static Map<String, Object> of(Statements s, AmountStyle style) {
        return new ExplanationModel(style).model(s);
    }

    private Map<String, Object> model(Statements s) {
        ExplanationFigures f = ExplanationFigures.of(s);
        Map<String, Object> m = new LinkedHashMap<>();

        Map<String, Object> revenue = new LinkedHashMap<>();
        revenue.put("total", fmt(s.figures().revenueTotal()));
        revenue.put("fiscal", fmt(f.fiscalRevenue()));
        f.fiscalRevenueChange().ifPresent(c -> revenue.put("fiscalChange", change(c)));
        List<Map<String, Object>> others = new ArrayList<>();
        for (RevenueSource source : RevenueSource.currentSources()) {
            boolean always = source == RevenueSource.PUBLIC_SERVICE_REVENUE
                    || source == RevenueSource.OPERATING_REVENUE
                    || source == RevenueSource.OTHER_REVENUE;
            if (source.fund().orElseThrow().isFiscal()
                    || !always && f.revenue(source).isZero()) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", source.chineseName());
            x.put("amount", fmt(f.revenue(source)));
            f.sourceChange(source).ifPresent(c -> x.put("change", change(c)));
            others.add(x);
        }
        revenue.put("others", others);
        m.put("revenue", revenue);

        Map<String, Object> expenditure = new LinkedHashMap<>();
        expenditure.put("total", fmt(s.figures().expenditureTotal()));
        expenditure.put("fiscal", fmt(f.fiscalExpenditure()));
        f.fiscalExpenditureChange().ifPresent(c -> expenditure.put("fiscalChange", change(c)));
        Map<String, Object> funds = new LinkedHashMap<>();
        for (Fund fund : Fund.fiscalFunds()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("amount", fmt(f.fundExpenditure(fund)));
            f.fundChange(fund).ifPresent(c -> x.put("change", change(c)));
            funds.put(fund.name(), x);
        }
        expenditure.put("funds", funds);
        m.put("expenditure", expenditure);

        f.fiscalRevenueChange()
                .ifPresent(c -> c.reason()
                        .ifPresent(r -> m.put(
                                "reason",
                                Map.of(
                                        "direction",
                                        direction(c).name(),
                                        "word",
                                        direction(c).word(),
                                        "text",
                                        r))));

        List<Map<String, Object>> lines = new ArrayList<>();
        for (ExplainedLine line : f.lines()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("number", String.valueOf(lines.size() + 1));
            x.put("names", line.names());
            x.put(
                    "levels",
                    LEVELS.subList(0, Math.min(LEVELS.size(), line.names().size())));
            x.put("amount", fmt(line.fiscal()));
            x.put("purpose", line.explanation().purpose());
            line.change()
                    .ifPresent(c -> x.put(
                            "lastYear",
                            lastYear(c, line.explanation().lastYear().orElseThrow())));
            lines.add(x);
        }
        m.put("lines", lines);

        List<Map<String, Object>> projects = new ArrayList<>();
        for (ProjectExplanation p : s.budget().explanations().projects()) {
            Map<String, Object> x = new LinkedHashMap<>();
            p.name().ifPresent(n -> x.put("name", n));
            x.put("overview", p.overview());
            x.put("basis", p.basis());
            x.put("implementers", p.implementers());
            x.put("plan", p.plan());
            p.period().ifPresent(d -> x.put("period", date(d.start()) + "至" + date(d.end())));
            List<Map<String, String>> allocations = new ArrayList<>();
            p.allocations().forEach(a -> {
                boolean stated = a.statesAmount();
                allocations.add(Map.of(
                        "name",
                        stated ? a.name().strip().replaceAll("[。；;]+$", "") : a.name(),
                        "amount",
                        fmt(a.amount()),
                        "stated",
                        String.valueOf(stated)));
            });
            x.put("allocations", allocations);
            x.put("goals", p.goals());
            projects.add(x);
        }
        m.put("projects", projects);
        return m;
    }

    private Map<String, Object> lastYear(Change c, LineLastYear stated) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", fmt(c.prior()));
        m.put("kind", stated.kind().chineseName());
        m.put("outturn", stated.kind() == LineLastYear.Kind.OUTTURN);
        Optional<java.math.BigDecimal> percent = c.percent();
        percent.ifPresent(p -> m.put("percent", p.abs().toPlainString()));
        m.put(
                "direction",
                percent.map(p -> Direction.ofSign(p.signum()))
                        .orElse(direction(c))
                        .name());
        c.reason().ifPresent(r -> m.put("reason", r));
        return m;
    }

    private Map<String, Object> change(Change c) {
        Amount diff = c.difference();
        return Map.of("direction", direction(c).name(), "difference", fmt(diff.abs()));
    }

    /** The direction; a difference too small to print (30 元 in 万元) is 持平, never 增加0.00万元. */
    private Direction direction(Change c) {
        return Direction.of(style.rounded(c.difference()));
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The narrative's figure: an exact zero as the style's zero (0 or 0.00), a blank zero as a number. */
    private String fmt(Amount amount) {
        return style.zero() == AmountStyle.Zero.BLANK ? style.formatShowingZero(amount) : style.format(amount);
    }
}
