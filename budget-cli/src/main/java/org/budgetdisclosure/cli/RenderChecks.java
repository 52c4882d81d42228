package org.budgetdisclosure.cli;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.Severity;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderLimitException;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.fonts.MissingGlyphException;
import org.budgetdisclosure.render.narrative.NarrativeException;
import org.budgetdisclosure.render.profile.Profile;

/**
 * The checks {@code render} makes after validation (the text limits, the glyph check against the layout's fonts,
 * the tables' fit, the narrative templates), made by {@code validate} too by building the document as
 * {@code render} does, without writing it: what one refuses, the other reports as an error.
 */
final class RenderChecks {

    private RenderChecks() {}

    /**
     * @param report the validation report without errors, not null
     * @param budget the budget, not null
     * @param layout the layout it is rendered in, not null
     * @return the report with the error render would refuse the budget with, if any
     */
    static ValidationReport withRenderChecks(ValidationReport report, Budget budget, Profile layout) {
        return withRenderChecks(
                report, () -> Disclosure.of(budget, RenderOptions.defaults().withProfile(layout)));
    }

    /**
     * @param report the validation report without errors, not null
     * @param document makes the document as render would (a budget's or final accounts'), not null
     * @return the report with the error render would refuse the facts with, if any
     */
    static ValidationReport withRenderChecks(ValidationReport report, Runnable document) {
        Finding refused;
        try {
            document.run();
            return report;
        } catch (RenderLimitException e) {
            refused = new Finding(
                    "render.text-limit",
                    Severity.ERROR,
                    e.location().isEmpty() ? "$" : e.location(),
                    "text within the limits of a disclosure",
                    "too much",
                    e.getMessage());
        } catch (MissingGlyphException e) {
            refused = new Finding(
                    "render.glyph",
                    Severity.ERROR,
                    e.location(),
                    "a character the layout's fonts have",
                    String.format(java.util.Locale.ROOT, "U+%04X", e.codePoint()),
                    e.getMessage());
        } catch (TableTooWideException e) {
            refused = new Finding(
                    "render.table-width",
                    Severity.ERROR,
                    "tables",
                    "tables that fit their page",
                    "too wide",
                    e.getMessage());
        } catch (NarrativeException e) {
            refused = new Finding(
                    "render.narrative",
                    Severity.ERROR,
                    "narrative",
                    "a narrative the templates write",
                    "a template error",
                    e.getMessage());
        }
        List<Finding> all = new ArrayList<>(report.findings());
        all.add(refused);
        return new ValidationReport(all);
    }
}
