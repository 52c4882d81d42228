package org.budgetdisclosure.model.validation;

import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Every piece of text a disclosure prints: no control characters ({@code text.control-character}: they corrupt
 * XML and print as nothing), no bidirectional overrides or isolates ({@code text.bidi-control}: they reorder what
 * a reader sees), no invisible characters ({@code text.invisible-character}: zero-width spaces and joiners, which
 * hide text in a public document), no broken UTF-16 ({@code text.unpaired-surrogate}). Tabs and line breaks are
 * allowed.
 */
final class TextRules implements Rule {

    static final String CONTROL = "text.control-character";
    static final String BIDI = "text.bidi-control";
    static final String INVISIBLE = "text.invisible-character";
    static final String SURROGATE = "text.unpaired-surrogate";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget b = statements.budget();
        Checker c = new Checker(findings);
        b.department().code().ifPresent(code -> c.text("department.code", code));
        c.text("department.name", b.department().name());
        c.text("department.shortName", b.department().shortName());
        b.names().forEach((code, name) -> c.text("names." + code.value(), name));
        b.priorYear().ifPresent(p -> p.reasons().forEach((k, v) -> c.text("priorYear.reasons." + k, v)));
        Narrative n = b.narrative();
        c.texts("narrative.duties", n.duties());
        c.texts("narrative.institutionOverview", n.institutionOverview());
        for (int i = 0; i < n.institutions().size(); i++) {
            Institution x = n.institutions().get(i);
            String at = "narrative.institutions[" + i + "].";
            c.text(at + "name", x.name());
            c.text(at + "kind", x.kind());
            c.text(at + "rank", x.rank());
            c.text(at + "fundingForm", x.fundingForm());
        }
        c.texts("narrative.overallGoals", n.overallGoals());
        c.texts("narrative.specialFunds", n.specialFunds());
        for (int i = 0; i < n.projects().size(); i++) {
            PerformanceProject p = n.projects().get(i);
            String at = "narrative.projects[" + i + "].";
            c.text(at + "name", p.name());
            c.texts(at + "description", p.description());
            c.texts(at + "goals", p.goals());
            for (int j = 0; j < p.indicators().size(); j++) {
                Indicator r = p.indicators().get(j);
                String in = at + "indicators[" + j + "].";
                c.text(in + "level1", r.level1());
                c.text(in + "level2", r.level2());
                c.text(in + "level3", r.level3());
                c.text(in + "description", r.description());
                c.text(in + "value", r.value());
                c.text(in + "basis", r.basis());
            }
        }
        c.texts("narrative.safeguards", n.safeguards());
        for (int i = 0; i < n.procurement().size(); i++) {
            ProcurementItem p = n.procurement().get(i);
            String at = "narrative.procurement[" + i + "].";
            for (Map.Entry<String, String> e : Map.of(
                            "unitName",
                            p.unitName(),
                            "projectName",
                            p.projectName(),
                            "projectType",
                            p.projectType(),
                            "catalogueNumber",
                            p.catalogueNumber(),
                            "itemName",
                            p.itemName(),
                            "specification",
                            p.specification(),
                            "measureUnit",
                            p.measureUnit())
                    .entrySet()) {
                c.text(at + e.getKey(), e.getValue());
            }
        }
        for (int i = 0; i < n.assets().categories().size(); i++) {
            c.text(
                    "narrative.assets.categories[" + i + "].name",
                    n.assets().categories().get(i).name());
        }
        for (int i = 0; i < n.glossary().size(); i++) {
            c.text("narrative.glossary[" + i + "].term", n.glossary().get(i).term());
            c.text(
                    "narrative.glossary[" + i + "].definition",
                    n.glossary().get(i).definition());
        }
        c.texts("narrative.otherNotes", n.otherNotes());
        for (int i = 0; i < n.budgetUnits().size(); i++) {
            c.text(
                    "narrative.budgetUnits[" + i + "].name",
                    n.budgetUnits().get(i).name());
        }
        c.texts("narrative.internalDivisions", n.internalDivisions());
        n.priorThreePublic()
                .ifPresent(p -> p.reasons().forEach((k, v) -> c.text("narrative.priorThreePublic.reasons." + k, v)));
        explanations(c, b.explanations());
    }

    /** The texts of the 编制说明 and 项目经费情况说明. */
    private static void explanations(Checker c, org.budgetdisclosure.model.facts.Explanations e) {
        e.priorRevenue()
                .flatMap(p -> p.fiscalReason())
                .ifPresent(r -> c.text("explanations.priorRevenue.fiscalReason", r));
        for (int i = 0; i < e.lines().size(); i++) {
            var line = e.lines().get(i);
            String at = "explanations.lines[" + i + "].";
            c.text(at + "purpose", line.purpose());
            line.lastYear().flatMap(l -> l.reason()).ifPresent(r -> c.text(at + "lastYear.reason", r));
        }
        for (int i = 0; i < e.projects().size(); i++) {
            var p = e.projects().get(i);
            String at = "explanations.projects[" + i + "].";
            p.name().ifPresent(name -> c.text(at + "name", name));
            c.texts(at + "overview", p.overview());
            c.texts(at + "basis", p.basis());
            c.texts(at + "implementers", p.implementers());
            c.texts(at + "plan", p.plan());
            for (int j = 0; j < p.allocations().size(); j++) {
                c.text(
                        at + "allocations[" + j + "].name",
                        p.allocations().get(j).name());
            }
            c.texts(at + "goals", p.goals());
        }
    }

    private record Checker(Findings findings) {

        void texts(String at, List<String> texts) {
            for (int i = 0; i < texts.size(); i++) {
                text(at + "[" + i + "]", texts.get(i));
            }
        }

        void text(String at, String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                String rule = null;
                String what = null;
                if (Character.isHighSurrogate(ch)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (Character.isSurrogate(ch)) {
                    rule = SURROGATE;
                    what = "a broken surrogate pair";
                } else if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F)) {
                    rule = CONTROL;
                    what = "a control character";
                } else if ((ch >= 0x202A && ch <= 0x202E)
                        || (ch >= 0x2066 && ch <= 0x2069)
                        || ch == 0x200E
                        || ch == 0x200F
                        || ch == 0x061C) {
                    rule = BIDI;
                    what = "a bidirectional control";
                } else if (ch == 0x200B
                        || ch == 0x200C
                        || ch == 0x200D
                        || ch == 0x2060
                        || ch == 0xFEFF
                        || ch == 0x00AD) {
                    rule = INVISIBLE;
                    what = "an invisible character";
                }
                if (rule != null) {
                    findings.error(
                            rule,
                            at,
                            "printable text",
                            String.format(java.util.Locale.ROOT, "U+%04X at character %d", (int) ch, i + 1),
                            "the text holds " + what + "; remove it");
                    return;
                }
            }
        }
    }
}
