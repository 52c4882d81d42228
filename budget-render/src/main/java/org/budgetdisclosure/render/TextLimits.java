package org.budgetdisclosure.render;

import java.util.List;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.ProcurementItem;

/**
 * The size of a budget's text, checked before any page is laid out: every text field counts toward
 * {@link Disclosure#MAX_TEXT_CHARACTERS} (prose, names, the department's name, the glossary, table cells, last
 * year's reasons), and each field has a limit of its own: {@link Disclosure#MAX_PARAGRAPH_CHARACTERS} for a
 * paragraph, {@link Disclosure#MAX_NAME_CHARACTERS} for a name or a table cell. With every field bounded, layout
 * time grows linearly with the budget's text (OpenPDF's cost of one string grows faster than its length: a table
 * cell is measured again on every page it splits over). Each check has its own instance.
 */
final class TextLimits {

    private long total;

    private TextLimits() {}

    /**
     * @param budget the budget, not null
     * @throws RenderLimitException naming the first field over its limit, or the total
     */
    static void check(Budget budget) {
        TextLimits t = new TextLimits();
        t.name("department.name", budget.department().name());
        t.name("department.shortName", budget.department().shortName());
        budget.names().forEach((code, name) -> t.name("names." + code.value(), name));
        budget.priorYear().ifPresent(p -> p.reasons().forEach((k, v) -> t.paragraph("priorYear.reasons." + k, v)));
        Narrative n = budget.narrative();
        t.paragraphs("narrative.duties", n.duties());
        t.paragraphs("narrative.institutionOverview", n.institutionOverview());
        t.paragraphs("narrative.overallGoals", n.overallGoals());
        t.paragraphs("narrative.specialFunds", n.specialFunds());
        t.paragraphs("narrative.safeguards", n.safeguards());
        t.paragraphs("narrative.otherNotes", n.otherNotes());
        for (int i = 0; i < n.institutions().size(); i++) {
            Institution x = n.institutions().get(i);
            String at = "narrative.institutions[" + i + "].";
            t.name(at + "name", x.name());
            t.name(at + "kind", x.kind());
            t.name(at + "rank", x.rank());
            t.name(at + "fundingForm", x.fundingForm());
        }
        for (int i = 0; i < n.projects().size(); i++) {
            PerformanceProject p = n.projects().get(i);
            String at = "narrative.projects[" + i + "].";
            t.name(at + "name", p.name());
            t.paragraphs(at + "description", p.description());
            t.paragraphs(at + "goals", p.goals());
            for (int j = 0; j < p.indicators().size(); j++) {
                Indicator r = p.indicators().get(j);
                String in = at + "indicators[" + j + "].";
                t.name(in + "level1", r.level1());
                t.name(in + "level2", r.level2());
                t.name(in + "level3", r.level3());
                t.name(in + "description", r.description());
                t.name(in + "value", r.value());
                t.name(in + "basis", r.basis());
            }
        }
        for (int i = 0; i < n.procurement().size(); i++) {
            ProcurementItem p = n.procurement().get(i);
            String at = "narrative.procurement[" + i + "].";
            t.name(at + "unitName", p.unitName());
            t.name(at + "projectName", p.projectName());
            t.name(at + "projectType", p.projectType());
            t.name(at + "catalogueNumber", p.catalogueNumber());
            t.name(at + "itemName", p.itemName());
            t.name(at + "specification", p.specification());
            t.name(at + "measureUnit", p.measureUnit());
        }
        List<AssetCategory> assets = n.assets().categories();
        for (int i = 0; i < assets.size(); i++) {
            t.name("narrative.assets.categories[" + i + "].name", assets.get(i).name());
        }
        for (int i = 0; i < n.glossary().size(); i++) {
            GlossaryEntry g = n.glossary().get(i);
            t.name("narrative.glossary[" + i + "].term", g.term());
            t.paragraph("narrative.glossary[" + i + "].definition", g.definition());
        }
        for (int i = 0; i < n.budgetUnits().size(); i++) {
            t.name(
                    "narrative.budgetUnits[" + i + "].name",
                    n.budgetUnits().get(i).name());
        }
        for (int i = 0; i < n.internalDivisions().size(); i++) {
            t.name(
                    "narrative.internalDivisions[" + i + "]",
                    n.internalDivisions().get(i));
        }
        n.priorThreePublic()
                .ifPresent(
                        p -> p.reasons().forEach((k, v) -> t.paragraph("narrative.priorThreePublic.reasons." + k, v)));
        t.explanations(budget.explanations());
        if (t.total > Disclosure.MAX_TEXT_CHARACTERS) {
            throw new RenderLimitException("the budget's text has " + t.total + " characters; a disclosure is "
                    + "limited to " + Disclosure.MAX_TEXT_CHARACTERS + " (every text field counts: prose, names, "
                    + "the glossary, table cells)");
        }
    }

    /**
     * The same bounds for final accounts (部门决算): every text field they print, their units' too.
     *
     * @param accounts the final accounts, not null
     * @throws RenderLimitException naming the first field over its limit, or the total
     */
    static void check(org.budgetdisclosure.model.finalaccounts.FinalAccounts accounts) {
        TextLimits t = new TextLimits();
        t.finalAccounts("", accounts);
        if (t.total > Disclosure.MAX_TEXT_CHARACTERS) {
            throw new RenderLimitException("the final accounts' text has " + t.total + " characters; a disclosure "
                    + "is limited to " + Disclosure.MAX_TEXT_CHARACTERS + " (every text field counts)");
        }
    }

    private void finalAccounts(String at, org.budgetdisclosure.model.finalaccounts.FinalAccounts a) {
        name(at + "department.name", a.department().name());
        name(at + "department.shortName", a.department().shortName());
        a.names().forEach((code, name) -> name(at + "names." + code.value(), name));
        paragraphs(at + "duties", a.duties());
        a.openingBudgetReason().ifPresent(r -> paragraph(at + "openingBudgetReason", r));
        a.lastYear().reasons().forEach((k, v) -> paragraph(at + "lastYear.reasons." + k.name(), v));
        for (int i = 0; i < a.lineBudgets().size(); i++) {
            var l = a.lineBudgets().get(i);
            paragraph(at + "lineBudgets[" + i + "].usedFor", l.usedFor());
            int n = i;
            l.reason().ifPresent(r -> paragraph(at + "lineBudgets[" + n + "].reason", r));
        }
        for (int i = 0; i < a.composition().size(); i++) {
            name(at + "composition[" + i + "].name", a.composition().get(i).name());
            name(at + "composition[" + i + "].note", a.composition().get(i).note());
        }
        for (int i = 0; i < a.units().size(); i++) {
            finalAccounts(at + "units[" + i + "].", a.units().get(i));
        }
    }

    /** The texts of the 编制说明 and 项目经费情况说明. */
    private void explanations(org.budgetdisclosure.model.facts.Explanations e) {
        e.priorRevenue()
                .flatMap(p -> p.fiscalReason())
                .ifPresent(r -> paragraph("explanations.priorRevenue.fiscalReason", r));
        for (int i = 0; i < e.lines().size(); i++) {
            var line = e.lines().get(i);
            String at = "explanations.lines[" + i + "].";
            paragraph(at + "purpose", line.purpose());
            line.lastYear().flatMap(l -> l.reason()).ifPresent(r -> paragraph(at + "lastYear.reason", r));
        }
        for (int i = 0; i < e.projects().size(); i++) {
            var p = e.projects().get(i);
            String at = "explanations.projects[" + i + "].";
            p.name().ifPresent(name -> name(at + "name", name));
            paragraphs(at + "overview", p.overview());
            paragraphs(at + "basis", p.basis());
            paragraphs(at + "implementers", p.implementers());
            paragraphs(at + "plan", p.plan());
            for (int j = 0; j < p.allocations().size(); j++) {
                name(at + "allocations[" + j + "].name", p.allocations().get(j).name());
            }
            paragraphs(at + "goals", p.goals());
        }
    }

    private void paragraphs(String path, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            paragraph(path + "[" + i + "]", texts.get(i));
        }
    }

    private void paragraph(String path, String text) {
        field(path, text, Disclosure.MAX_PARAGRAPH_CHARACTERS, "a paragraph");
    }

    private void name(String path, String text) {
        field(path, text, Disclosure.MAX_NAME_CHARACTERS, "a name or table cell");
    }

    private void field(String path, String text, int limit, String kind) {
        if (text.length() > limit) {
            throw new RenderLimitException(
                    path + " has " + text.length() + " characters; " + kind + " is limited " + "to " + limit, path);
        }
        total += text.length();
    }
}
