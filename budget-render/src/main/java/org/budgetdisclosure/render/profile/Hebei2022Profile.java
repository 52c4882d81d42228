package org.budgetdisclosure.render.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.narrative.NarrativeEngine;
import org.budgetdisclosure.render.narrative.NarrativeModel;
import org.budgetdisclosure.render.narrative.NarrativeTables;

/**
 * The Hebei 2022 layout, as in the reference disclosure: a title page, the nine tables (each on its own landscape
 * page, empty tables printed with their notes), then the explanatory narrative, sections 一 to 九, from the
 * templates under {@code hebei-2022/}.
 */
final class Hebei2022Profile implements Profile {

    static final Hebei2022Profile INSTANCE = new Hebei2022Profile();
    static final String TEMPLATE = "hebei-2022/narrative.ftl";

    /**
     * How the Hebei 2022 disclosure prints amounts, whatever the ledger's unit: the tables in 万元 with two
     * decimals, no separators, zero cells blank (table 9 prints the zeros of a column that has any figure); the
     * narrative in 万元 with two decimals.
     */
    static final AmountStyles AMOUNTS = new AmountStyles(
            AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 2).withZero(AmountStyle.Zero.BLANK),
            AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 2));

    private Hebei2022Profile() {
    }

    @Override
    public String name() {
        return "hebei-2022";
    }

    @Override
    public AmountStyles amountStyles() {
        return AMOUNTS;
    }

    @Override
    public Document document(Statements statements, NarrativeEngine narrative, String date, AmountStyles amounts) {
        Budget budget = statements.budget();
        String title = budget.department().name() + budget.year() + "年部门预算公开";
        List<Section> sections = new ArrayList<>();
        List<Block> cover = List.of(new Paragraph(title, Paragraph.Style.TITLE));
        sections.add(new Section(false, cover));
        for (Table table : new Hebei2022Tables(statements, amounts.tables()).all()) {
            sections.add(new Section(true, List.of(table)));
        }
        Map<String, Table> tables = NarrativeTables.of(budget, amounts.tables());
        sections.addAll(narrative.render(TEMPLATE, NarrativeModel.of(statements, amounts.narrative()), tables));
        return new Document(title, budget.department().name() + budget.year() + "年部门预算及情况说明",
                budget.department().name(), "zh-CN", date, sections);
    }
}
