package org.budgetdisclosure.render.profile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.budgetdisclosure.model.facts.StatedFact;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;

/**
 * The checks of a bound descriptor: its document, narrative, amounts and defaults, and of each table the fields
 * every layout has (id, number, title, widths, header merges); each layout's own fields are checked by
 * {@link TableChecks} (部门预算) or {@link FinalTableChecks} (部门决算). Every problem is reported to the reading's
 * {@link Problems}, at its field.
 */
final class ProfileChecks {

    /** Bounds of spans, widths and levels, far beyond any real table. */
    static final int MAX_SPAN = 100;

    static final int MAX_WIDTH = 1000;
    static final int MAX_LEVEL = 10;

    private final Problems problems;

    private ProfileChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param spec the bound descriptor
     * @param templateExists whether a template of a name may be read
     * @param problems where every problem is reported
     */
    static void check(ProfileSpec spec, Predicate<String> templateExists, Problems problems) {
        new ProfileChecks(problems).check(spec, templateExists);
    }

    private void problem(String path, String message) {
        problems.at(path, message);
    }

    private void check(ProfileSpec spec, Predicate<String> templateExists) {
        if (!ProfileSpec.FORMAT.equals(spec.format())) {
            problem("format", "expected format '" + ProfileSpec.FORMAT + "', found '" + spec.format() + "'");
        }
        if (spec.name() == null || !spec.name().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problem("name", "expected a name of lower-case letters, digits and hyphens, found '" + spec.name() + "'");
        }
        if (spec.document() == null || spec.document().title() == null) {
            problem("document.title", "missing: the document's title pattern");
        } else {
            pattern("document.title", spec.document().title());
            pattern("document.subject", spec.document().subject());
            ProfileSpec.CoverSpec cover = spec.document().cover();
            if (cover != null) {
                List<String> title = ProfileSpec.orEmpty(cover.title());
                for (int i = 0; i < title.size(); i++) {
                    pattern("document.cover.title[" + i + "]", title.get(i));
                }
                List<String> foot = ProfileSpec.orEmpty(cover.foot());
                for (int i = 0; i < foot.size(); i++) {
                    pattern("document.cover.foot[" + i + "]", foot.get(i));
                }
            }
            ProfileSpec.ContentsSpec contents = spec.document().contents();
            if (contents != null) {
                pattern("document.contents.title", contents.title());
                if (contents.levels() != null && (contents.levels() < 1 || contents.levels() > 4)) {
                    problem("document.contents.levels", "expected 1 to 4 levels, found " + contents.levels());
                }
            }
            ProfileSpec.PageFlowSpec flow = spec.document().pageFlow();
            if (flow != null) {
                if (flow.minRowsPerFragment() != null
                        && (flow.minRowsPerFragment() < 1 || flow.minRowsPerFragment() > 50)) {
                    problem(
                            "document.pageFlow.minRowsPerFragment",
                            "expected 1 to 50 rows, found " + flow.minRowsPerFragment());
                }
                if (flow.smallestCellFontSize() != null
                        && (flow.smallestCellFontSize() < 4 || flow.smallestCellFontSize() > 16)) {
                    problem(
                            "document.pageFlow.smallestCellFontSize",
                            "expected 4 to 16 points, found " + flow.smallestCellFontSize());
                }
                if (flow.smallestRowHeight() != null
                        && (flow.smallestRowHeight() < 6 || flow.smallestRowHeight() > 40)) {
                    problem(
                            "document.pageFlow.smallestRowHeight",
                            "expected 6 to 40 points, found " + flow.smallestRowHeight());
                }
            }
        }
        if (spec.narrative() == null || spec.narrative().template() == null) {
            problem("narrative.template", "missing: the narrative's main template");
        } else if (!relative(spec.narrative().template())) {
            problem(
                    "narrative.template",
                    "expected a path inside the profile's folder (relative, without ..), found '"
                            + spec.narrative().template() + "'");
        } else if (!templateExists.test(spec.narrative().template())) {
            problem(
                    "narrative.template",
                    "the template '" + spec.narrative().template()
                            + "' is not in the profile's folder (as a regular file: a link leading outside the folder, a "
                            + "FIFO or a device is not read)");
        }
        if (spec.narrative() != null) {
            List<ProfileSpec.Term> glossary =
                    ProfileSpec.orEmpty(spec.narrative().glossary());
            for (int i = 0; i < glossary.size(); i++) {
                required("narrative.glossary[" + i + "].term", glossary.get(i).term());
                required(
                        "narrative.glossary[" + i + "].definition",
                        glossary.get(i).definition());
            }
        }
        if (spec.amounts() != null) {
            style("amounts.tables", spec.amounts().tables());
            style("amounts.narrative", spec.amounts().narrative());
        }
        if (spec.minimumTableFontSize() != null
                && (spec.minimumTableFontSize() < 4 || spec.minimumTableFontSize() > 16)) {
            problem(
                    "minimumTableFontSize",
                    "expected a size from 4 to 16 points, found " + spec.minimumTableFontSize());
        }
        if (spec.tableDefaults() != null) {
            pattern("tableDefaults.totalLabel", spec.tableDefaults().totalLabel());
            Integer outline = spec.tableDefaults().outline();
            if (outline != null && (outline < 0 || outline > 4)) {
                problem("tableDefaults.outline", "expected an outline level from 0 (none) to 4, found " + outline);
            }
            List<String> heading = ProfileSpec.orEmpty(spec.tableDefaults().heading());
            for (int i = 0; i < heading.size(); i++) {
                pattern("tableDefaults.heading[" + i + "]", heading.get(i));
            }
        }
        List<String> requires = ProfileSpec.orEmpty(spec.requires());
        for (int i = 0; i < requires.size(); i++) {
            if (StatedFact.ofKey(requires.get(i)).isEmpty()) {
                problem(
                        "requires[" + i + "]",
                        "unknown fact '" + requires.get(i) + "'; expected one of "
                                + Arrays.stream(StatedFact.values())
                                        .map(StatedFact::key)
                                        .collect(Collectors.joining(", ")));
            }
        }
        if (spec.units() != null
                && (spec.units().profile() == null
                        || !Profile.isBundled(spec.units().profile()))) {
            problem(
                    "units.profile",
                    "expected the name of a bundled profile " + Profile.bundledNames()
                            + " for the units' documents, found '"
                            + spec.units().profile() + "'");
        }
        tables(spec);
    }

    private void tables(ProfileSpec spec) {
        List<TableSpec> tables = ProfileSpec.orEmpty(spec.tables());
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        TableChecks budget = new TableChecks(problems);
        for (int i = 0; i < tables.size(); i++) {
            TableSpec t = tables.get(i);
            String at = "tables[" + i + "]";
            if (t == null) {
                continue; // its layout is reported where it stands
            }
            if (t.id() == null || !t.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
                problem(at + ".id", "expected an id of lower-case letters, digits and hyphens, found '" + t.id() + "'");
            } else if (!ids.add(t.id())) {
                problem(at + ".id", "the id '" + t.id() + "' is used by an earlier table");
            }
            if (t.number() == null || t.number() < 1) {
                problem(at + ".number", "expected the table's number, 1 or more, found " + t.number());
            } else if (!numbers.add(t.number())) {
                problem(at + ".number", "the number " + t.number() + " is used by an earlier table");
            }
            if (t.title() == null) {
                problem(at + ".title", "missing: the table's title");
            } else {
                pattern(at + ".title", t.title());
            }
            ProfileSpec.orEmpty(t.heading()).forEach(h -> pattern(at + ".heading", h));
            ProfileSpec.orEmpty(t.notes()).forEach(n -> pattern(at + ".notes", n));
            style(at + ".amounts", t.amounts());
            if (t.widths() == null
                    || t.widths().isEmpty()
                    || t.widths().stream().anyMatch(w -> w == null || w < 1 || w > MAX_WIDTH)) {
                problem(at + ".widths", "expected one relative width (1 to " + MAX_WIDTH + ") for each column");
                continue;
            }
            TableLayout layout = new TableLayout(
                    t, spec.tableDefaults() == null ? ProfileSpec.TableDefaults.none() : spec.tableDefaults());
            if (layout.header().isEmpty()) {
                problem(at + ".header", "expected at least one header row");
            } else {
                header(at, layout);
            }
            if (t instanceof TableSpec.Unread) {
                continue; // its layout is reported where it stands
            } else if (spec.finalAccounts() && t instanceof TableSpec.FinalTable f) {
                FinalTableChecks.check(at, layout, f, problems);
            } else if (spec.finalAccounts()) {
                problem(
                        at + ".layout",
                        "a final-accounts profile's tables are laid out by one of " + finalLayouts() + ", found '"
                                + t.layout() + "'");
            } else if (t instanceof TableSpec.BudgetTable b) {
                budget.check(at, layout, b);
            } else {
                problem(
                        at + ".layout",
                        "expected one of " + budgetLayouts() + ", found '" + t.layout()
                                + "' (a layout of final accounts: family: final-accounts)");
            }
        }
        if (tables.isEmpty()) {
            problem("tables", "a profile lists at least one table");
        }
    }

    private static Set<String> finalLayouts() {
        return TableSpec.layouts().stream()
                .filter(l -> l.startsWith("final-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> budgetLayouts() {
        return TableSpec.layouts().stream()
                .filter(l -> !l.startsWith("final-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void pattern(String path, String pattern) {
        pattern(problems, path, pattern);
    }

    /**
     * Reports a pattern naming a placeholder that is none.
     *
     * @param problems where it is reported
     * @param path the pattern's path
     * @param pattern the pattern; null for none
     */
    static void pattern(Problems problems, String path, String pattern) {
        if (pattern != null) {
            Patterns.unknownPlaceholder(pattern)
                    .ifPresent(p -> problems.at(
                            path, "unknown placeholder " + p + "; expected one of " + new TreeSet<>(Patterns.NAMES)));
        }
    }

    /**
     * Reports a value that is absent.
     *
     * @param problems where it is reported
     * @param at its path
     * @param value the value
     */
    static void required(Problems problems, String at, Object value) {
        if (value == null) {
            problems.at(at, "missing: a value is required here");
        }
    }

    private void required(String at, Object value) {
        required(problems, at, value);
    }

    /** The header rows, with their merges, must each cover exactly the table's columns. */
    private void header(String at, TableLayout t) {
        int columns = t.widths().size();
        List<List<HeaderCell>> rows = t.header();
        boolean[][] taken = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (HeaderCell cell : rows.get(r)) {
                while (col < columns && taken[r][col]) {
                    col++;
                }
                int across = cell.acrossOrOne();
                int down = cell.downOrOne();
                if (cell.text() == null) {
                    problem(at + ".header[" + r + "]", "missing: a header cell's text");
                    return;
                }
                pattern(at + ".header[" + r + "]", cell.text());
                if (across < 1 || down < 1 || across > MAX_SPAN || down > MAX_SPAN) {
                    problem(
                            at + ".header[" + r + "]",
                            "the cell '" + cell.text() + "' must span 1 to " + MAX_SPAN + " columns and rows");
                    return;
                }
                if (col + across > columns) {
                    problem(
                            at + ".header[" + r + "]",
                            "the cell '" + cell.text() + "' reaches past the table's " + columns + " columns (widths)");
                    return;
                }
                if (r + down > rows.size()) {
                    problem(
                            at + ".header[" + r + "]",
                            "the cell '" + cell.text() + "' spans " + down + " rows down, past the last header row");
                    return;
                }
                for (int dr = 0; dr < down; dr++) {
                    for (int dc = 0; dc < across; dc++) {
                        taken[r + dr][col + dc] = true;
                    }
                }
                col += across;
            }
            int covered = 0;
            for (boolean b : taken[r]) {
                covered += b ? 1 : 0;
            }
            if (covered != columns) {
                problem(
                        at + ".header[" + r + "]",
                        "the header row covers " + covered + " of the table's " + columns
                                + " columns (widths) with its merges");
            }
        }
    }

    private void style(String at, ProfileSpec.StyleSpec style) {
        if (style == null) {
            return;
        }
        if (style.decimals() != null && (style.decimals() < 0 || style.decimals() > 4)) {
            problem(at + ".decimals", "expected 0 to 4 decimals, found " + style.decimals());
        }
    }

    /**
     * @param path a path
     * @return whether a path names a file inside the profile's folder: relative, without {@code ..}
     */
    static boolean relative(String path) {
        if (path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
