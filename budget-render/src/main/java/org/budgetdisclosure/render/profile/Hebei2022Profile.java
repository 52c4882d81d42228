package org.budgetdisclosure.render.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.narrative.NarrativeEngine;
import org.budgetdisclosure.render.narrative.NarrativeModel;
import org.budgetdisclosure.render.narrative.NarrativeTables;

/**
 * The Hebei 2022 layout, as in the reference disclosure: a cover (the department and 2022年部门预算公开 centred,
 * the department and the month (2022年1月) below), the contents (目录, down to sections 一、), the nine tables (each on its own
 * landscape page, empty tables printed with their notes), then the explanatory narrative, sections 一 to 九, from
 * the templates under {@code hebei-2022/}. Tables may shrink to 7.5 pt (六号) cells in rows of 10.5 pt to stay on one page,
 * as the published tables do; a table that breaks leaves at least five rows on each page.
 */
final class Hebei2022Profile implements Profile {

    static final Hebei2022Profile INSTANCE = new Hebei2022Profile();
    static final String TEMPLATE = "hebei-2022/narrative.ftl";
    /** Five rows a fragment at least; cells down to 7.5 pt (六号) in rows of 10.5 pt to keep a table on one page. */
    static final PageFlow PAGE_FLOW = new PageFlow(5, 7.5f, 10.5f);

    private Hebei2022Profile() {
    }

    @Override
    public String name() {
        return "hebei-2022";
    }

    @Override
    public Document document(Statements statements, NarrativeEngine narrative, String date) {
        Budget budget = statements.budget();
        String title = budget.department().name() + budget.year() + "年部门预算公开";
        List<Section> sections = new ArrayList<>();
        String department = budget.department().name();
        sections.add(new Section(false, List.of(new Cover(List.of(department, budget.year() + "年部门预算公开"),
                List.of(department, month(date))))));
        sections.add(new Section(false, List.of(new Contents("目录", 2))));
        for (Table table : new Hebei2022Tables(statements).all()) {
            sections.add(new Section(true, List.of(table)));
        }
        Map<String, Table> tables = NarrativeTables.of(budget);
        sections.addAll(narrative.render(TEMPLATE, NarrativeModel.of(statements), tables));
        return new Document(title, budget.department().name() + budget.year() + "年部门预算及情况说明",
                budget.department().name(), "zh-CN", date, sections, PAGE_FLOW);
    }

    /** @return the month of an ISO date as the cover prints it, such as 2022年1月 */
    static String month(String date) {
        return date.substring(0, 4) + "年" + Integer.parseInt(date.substring(5, 7)) + "月";
    }
}
