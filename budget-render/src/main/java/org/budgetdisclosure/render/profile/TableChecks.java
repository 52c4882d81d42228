package org.budgetdisclosure.render.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;
import org.budgetdisclosure.render.profile.ProfileSpec.LineRow;
import org.budgetdisclosure.render.profile.TableOptions.BudgetStatement;
import org.budgetdisclosure.render.profile.TableOptions.RightRows;

/**
 * The checks of a budget profile's table (部门预算) by its layout: its statement, columns, figure keys, declared
 * rows and column count, each problem reported at its field. The layout's options are enums, read by their words
 * ({@link Words}), so a wrong word is reported where it stands before these checks run.
 */
final class TableChecks {

    private static final Set<String> FUND_COLUMNS = TableOptions.names(FundColumn.values());

    /** The columns a {@code three-public-row} table may have: the “三公” lines and the stated 机关运行经费. */
    private static final Set<String> THREE_PUBLIC_ROW_COLUMNS = threePublicRowColumns();

    private final Problems problems;

    /** @param problems where every problem is reported */
    TableChecks(Problems problems) {
        this.problems = problems;
    }

    private static Set<String> threePublicRowColumns() {
        Set<String> names = new TreeSet<>(TableOptions.names(ThreePublicLine.values()));
        names.add(ProfileTables.OPERATING_COSTS);
        return names;
    }

    /**
     * @param at the table's path, such as {@code tables[3]}
     * @param layout the table with the profile's defaults
     * @param table the table as written
     */
    void check(String at, TableLayout layout, TableSpec.BudgetTable table) {
        if (table instanceof TableSpec.Hierarchy h) {
            hierarchy(at, layout, h);
        } else if (table instanceof TableSpec.Summary s) {
            summary(at, layout, s);
        } else if (table instanceof TableSpec.ThreePublic p) {
            threePublic(at, layout, p);
        } else if (table instanceof TableSpec.ThreePublicRow r) {
            columnNames(
                    at + ".columns",
                    ProfileSpec.orEmpty(r.columns()),
                    THREE_PUBLIC_ROW_COLUMNS,
                    "the “三公” lines and the stated 机关运行经费");
            columnsCount(at, layout, ProfileSpec.orEmpty(r.columns()).size());
        }
    }

    private void problem(String path, String message) {
        problems.at(path, message);
    }

    private void columnsCount(String at, TableLayout t, int columns) {
        if (t.widths().size() != columns) {
            problem(
                    at + ".widths",
                    "the table has " + columns + " columns; found " + t.widths().size() + " widths");
        }
    }

    private void hierarchy(String at, TableLayout t, TableSpec.Hierarchy h) {
        if (h.statement() == null) {
            if (!problems.has(at + ".statement")) {
                problem(
                        at + ".statement",
                        "expected " + Words.oneOf(Words.of(BudgetStatement.class)) + ", found 'null'");
            }
            return;
        }
        List<String> columns = ProfileSpec.orEmpty(h.columns());
        columnNames(
                at + ".columns",
                columns,
                h.statement().columns(),
                "statement '" + h.statement().word() + "'");
        int codeColumns = h.splitCode() ? h.statement().codeLevels() : 1;
        columnsCount(at, t, (t.serial() ? 1 : 0) + codeColumns + 1 + columns.size());
        ProfileChecks.pattern(problems, at + ".totalLabel", h.totalLabel());
        ProfileChecks.pattern(problems, at + ".emptyNote", h.emptyNote());
    }

    private void columnNames(String at, List<String> columns, Set<String> known, String of) {
        if (columns.isEmpty()) {
            problem(at, "expected at least one column of " + of + ": " + new TreeSet<>(known));
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!known.contains(columns.get(i))) {
                problem(
                        at + "[" + i + "]",
                        "unknown column '" + columns.get(i) + "' of " + of + "; expected one of "
                                + new TreeSet<>(known));
            }
        }
    }

    private void summary(String at, TableLayout t, TableSpec.Summary s) {
        List<Labelled> left = ProfileSpec.orEmpty(s.left());
        for (int i = 0; i < left.size(); i++) {
            labelled(at + ".left[" + i + "]", left.get(i));
            single(at + ".left[" + i + "].figure", left.get(i).figure());
        }
        if (s.right() == null || s.right().rows() == null) {
            if (!problems.has(at + ".right.rows")) {
                problem(at + ".right.rows", "expected " + Words.oneOf(Words.of(RightRows.class)) + ", found 'null'");
            }
            return;
        }
        RightRows rows = s.right().rows();
        boolean byType = rows == RightRows.EXPENDITURE_CLASSES;
        List<String> rightColumns = s.right().columnsOrAmount();
        columnNames(
                at + ".right.columns",
                rightColumns,
                byType
                        ? Figures.EXPENDITURE_COLUMNS
                        : rows == RightRows.FISCAL_CLASSES ? FUND_COLUMNS : Set.of("AMOUNT"),
                rows.word());
        classes(at + ".right.classes", s.right().classes());
        List<ClosingRow> closing = ProfileSpec.orEmpty(s.closing());
        for (int i = 0; i < closing.size(); i++) {
            ClosingRow c = closing.get(i);
            String here = at + ".closing[" + i + "]";
            if (c.kind() == null && !problems.has(here + ".kind")) {
                problem(here + ".kind", "expected 'detail', 'subtotal' or 'total', found 'null'");
            }
            if (c.left() == null || c.right() == null) {
                problem(here, "a closing row has a left and a right side");
                continue;
            }
            level(here + ".level", c.level());
            labelled(here + ".left", c.left());
            labelled(here + ".right", c.right());
            single(here + ".left.figure", c.left().figure());
            String key = c.right().figure();
            if (byType) {
                if (!Figures.EXPENDITURE_TOTAL.equals(key)) {
                    problem(
                            here + ".right.figure",
                            "unknown figure '" + key + "' beside expenditure.classes; " + "expected '"
                                    + Figures.EXPENDITURE_TOTAL + "' (table 3's total by type)");
                }
                continue;
            }
            boolean fits = rightColumns.size() == 1 ? Figures.isSingle(key) : Figures.isRow(key);
            if (!fits) {
                problem(
                        here + ".right.figure",
                        "unknown figure '" + key + "' for " + rightColumns.size() + " column(s); expected one of "
                                + Figures.keys());
            }
        }
        columnsCount(at, t, (t.serial() ? 1 : 0) + 3 + rightColumns.size());
    }

    /** A summary's declared right-side rows: 类 codes of three digits, each once; a row without one is labelled. */
    private void classes(String at, List<ProfileSpec.ClassRow> classes) {
        if (classes == null) {
            return;
        }
        if (classes.isEmpty()) {
            problem(at, "expected at least one row (or leave 'classes' out to list every 类 of the catalogue)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            ProfileSpec.ClassRow c = classes.get(i);
            String here = at + "[" + i + "]";
            if (c.code() == null) {
                if (c.label() == null) {
                    problem(here, "a row without a 类 code needs its label");
                }
            } else if (!c.code().matches("\\d{3}")) {
                problem(
                        here + ".code",
                        "expected the three digits of a functional 类 (such as \"201\"), found '" + c.code() + "'");
            } else if (!seen.add(c.code())) {
                problem(here + ".code", "the 类 " + c.code() + " is declared by an earlier row");
            }
            ProfileChecks.pattern(problems, here + ".label", c.label());
        }
    }

    private void labelled(String at, Labelled l) {
        ProfileChecks.required(problems, at + ".label", l.label());
        ProfileChecks.pattern(problems, at + ".label", l.label());
    }

    private void level(String at, Integer level) {
        if (level != null && (level < 0 || level > ProfileChecks.MAX_LEVEL)) {
            problem(at, "expected a level from 0 to " + ProfileChecks.MAX_LEVEL + ", found " + level);
        }
    }

    private void single(String at, String key) {
        if (key == null || !Figures.isSingle(key)) {
            problem(at, "unknown figure '" + key + "'; expected one of " + Figures.keys());
        }
    }

    private void threePublic(String at, TableLayout t, TableSpec.ThreePublic p) {
        List<String> columns = ProfileSpec.orEmpty(p.columns());
        columnNames(at + ".columns", columns, FUND_COLUMNS, "the “三公” statement");
        List<LineRow> rows = ProfileSpec.orEmpty(p.rows());
        for (int i = 0; i < rows.size(); i++) {
            String here = at + ".rows[" + i + "]";
            ProfileChecks.required(problems, here + ".label", rows.get(i).label());
            ProfileChecks.pattern(problems, here + ".label", rows.get(i).label());
            level(here + ".level", rows.get(i).level());
            if (rows.get(i).line() == null && !problems.has(here + ".line")) {
                problem(
                        here + ".line",
                        "missing: the “三公” line, one of " + TableOptions.names(ThreePublicLine.values()));
            }
        }
        columnsCount(at, t, (t.serial() ? 1 : 0) + 1 + columns.size());
    }
}
