package org.budgetdisclosure.render.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
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
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.AmountStyles;

/**
 * The assembly of a profile's documents, behind {@link Profile#document} and {@link Profile#finalAccountsDocument}:
 * the cover, the contents, then the narrative with the tables where its template calls {@code <@tables/>}.
 */
final class ProfileDocuments {

    private ProfileDocuments() {}

    /** The document of a budget; see {@link Profile#document(Statements, NarrativeEngine, String, AmountStyles)}. */
    static Document budget(
            Profile profile, Statements statements, NarrativeEngine narrative, String date, AmountStyles amounts) {
        ProfileSpec spec = profile.spec();
        List<TableLayout> tables = profile.tableLayouts();
        Budget budget = statements.budget();
        Patterns patterns =
                new Patterns(budget, amounts.tables().unitWord(), date).naming(profile.self(), profile.body());
        String title = patterns.expand(spec.document().title());
        List<Section> sections = front(spec, patterns);
        ProfileTables layout = new ProfileTables(statements);
        List<Section> tableSections = new ArrayList<>();
        for (TableLayout table : tables) {
            AmountStyle style = table.spec().amounts() == null || amounts != profile.amountStyles()
                    ? amounts.tables()
                    : ProfileStyles.style(table.spec().amounts(), amounts.tables());
            tableSections.add(new Section(
                    table.landscape(),
                    List.of(layout.table(
                            table,
                            style,
                            new Patterns(budget, style.unitWord(), date).naming(profile.self(), profile.body())))));
        }
        List<String> heading = tables.isEmpty() ? List.of() : tables.get(0).heading();
        String departmentLine = heading.isEmpty() ? budget.department().name() : patterns.expand(heading.get(0));
        Map<String, Table> narrativeTables = NarrativeTables.of(statements, departmentLine, amounts.tables());
        // the tables stand where the template calls <@tables/>; without it, before the narrative
        sections.addAll(profile.engine(narrative)
                .render(
                        profile.templateName(),
                        profile.withSelf(NarrativeModel.of(statements, amounts.narrative(), profile.glossary())),
                        narrativeTables,
                        tableSections));
        String subject = spec.document().subject() == null
                ? title
                : patterns.expand(spec.document().subject());
        return new Document(title, subject, budget.department().name(), "zh-CN", date, sections, pageFlow(spec));
    }

    /**
     * The document of final accounts; see {@link Profile#finalAccountsDocument}. The caller has checked that the
     * profile is a final-accounts layout.
     */
    static Document finalAccounts(
            Profile profile,
            FinalStatements statements,
            NarrativeEngine narrative,
            Map<String, Object> model,
            String date) {
        ProfileSpec spec = profile.spec();
        AmountStyles amountStyles = profile.amountStyles();
        var accounts = statements.accounts();
        Patterns patterns = new Patterns(
                        accounts.department(),
                        accounts.year(),
                        amountStyles.tables().unitWord(),
                        date)
                .naming(profile.self(), profile.body());
        String title = patterns.expand(spec.document().title());
        List<Section> sections = front(spec, patterns);
        FinalTables layout = new FinalTables(statements);
        List<Section> tableSections = new ArrayList<>();
        for (TableLayout table : profile.tableLayouts()) {
            AmountStyle style = table.spec().amounts() == null
                    ? amountStyles.tables()
                    : ProfileStyles.style(table.spec().amounts(), amountStyles.tables());
            tableSections.add(new Section(
                    table.landscape(),
                    List.of(layout.table(
                            table,
                            style,
                            new Patterns(accounts.department(), accounts.year(), style.unitWord(), date)
                                    .naming(profile.self(), profile.body())))));
        }
        Map<String, Object> withBody = profile.withSelf(model);
        withBody.put("body", profile.body());
        sections.addAll(profile.engine(narrative)
                .render(
                        profile.templateName(),
                        withBody,
                        Map.of("composition", FinalTables.composition(statements)),
                        tableSections));
        String subject = spec.document().subject() == null
                ? title
                : patterns.expand(spec.document().subject());
        return new Document(title, subject, accounts.department().name(), "zh-CN", date, sections, pageFlow(spec));
    }

    /** The title each statement's table has in the layout; see {@link Profile#statementTables(int)}. */
    static Map<Integer, Map.Entry<Integer, String>> statementTables(Profile profile, int year) {
        List<TableLayout> tables = profile.tableLayouts();
        Map<Integer, Map.Entry<Integer, String>> titles = new java.util.TreeMap<>();
        int summaries = 0;
        for (int i = 0; i < tables.size(); i++) {
            TableLayout t = tables.get(i);
            org.budgetdisclosure.model.statements.StatementId id;
            if (t.spec() instanceof TableSpec.Hierarchy h) {
                id = h.statement().id();
            } else if (t.spec() instanceof TableSpec.ThreePublic || t.spec() instanceof TableSpec.ThreePublicRow) {
                id = org.budgetdisclosure.model.statements.StatementId.THREE_PUBLIC;
            } else if (t.spec() instanceof TableSpec.Summary) {
                // the budget's summary first, the fiscal summary second, in every layout
                id = summaries++ == 0
                        ? org.budgetdisclosure.model.statements.StatementId.BUDGET_SUMMARY
                        : org.budgetdisclosure.model.statements.StatementId.FISCAL_SUMMARY;
            } else {
                continue;
            }
            titles.putIfAbsent(
                    id.number(),
                    Map.entry(
                            i + 1,
                            t.title()
                                    .replace("{year}", String.valueOf(year))
                                    .replace("{self}", profile.self())
                                    .replace("{body}", profile.body())));
        }
        return titles;
    }

    /** The sections before the narrative: the cover and the contents, where the profile has them. */
    private static List<Section> front(ProfileSpec spec, Patterns patterns) {
        List<Section> sections = new ArrayList<>();
        ProfileSpec.CoverSpec cover = spec.document().cover();
        if (cover != null) {
            sections.add(new Section(
                    false,
                    List.of(new Cover(
                            ProfileSpec.orEmpty(cover.title()).stream()
                                    .map(patterns::expand)
                                    .toList(),
                            ProfileSpec.orEmpty(cover.foot()).stream()
                                    .map(patterns::expand)
                                    .toList()))));
        }
        ProfileSpec.ContentsSpec contents = spec.document().contents();
        if (contents != null) {
            sections.add(new Section(
                    false,
                    List.of(new Contents(
                            contents.title() == null ? "目录" : patterns.expand(contents.title()),
                            contents.levels() == null ? 2 : contents.levels()))));
        }
        return sections;
    }

    /** @return how tables break across pages, the defaults of {@link PageFlow} where the profile says nothing */
    private static PageFlow pageFlow(ProfileSpec spec) {
        ProfileSpec.PageFlowSpec flow = spec.document().pageFlow();
        if (flow == null) {
            return PageFlow.DEFAULT;
        }
        PageFlow d = PageFlow.DEFAULT;
        return new PageFlow(
                flow.minRowsPerFragment() == null ? d.minRowsPerFragment() : flow.minRowsPerFragment(),
                flow.smallestCellFontSize() == null
                        ? d.smallestCellFontSize()
                        : flow.smallestCellFontSize().floatValue(),
                flow.smallestRowHeight() == null
                        ? d.smallestRowHeight()
                        : flow.smallestRowHeight().floatValue());
    }
}
