package org.budgetdisclosure.render.profile;

import java.util.List;
import java.util.Set;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;

/**
 * The checks of a table of a final-accounts profile ({@code family: final-accounts}): its statement, columns,
 * figure keys and blocks, each problem reported at its field (and so at its line of the descriptor).
 */
final class FinalTableChecks {

    private FinalTableChecks() {}

    /**
     * @param at the table's path, such as {@code tables[3]}
     * @param t the table with the profile's defaults
     * @param table the table as written
     * @param problems where a problem is reported
     */
    static void check(String at, TableLayout t, TableSpec.FinalTable table, Problems problems) {
        int columns = t.widths().size();
        if (table instanceof TableSpec.FinalHierarchy h) {
            if (h.statement() == null) {
                if (!problems.has(at + ".statement")) {
                    problems.at(
                            at + ".statement",
                            "missing: the statement, " + Words.oneOf(Words.of(TableOptions.FinalStatement.class)));
                }
                return;
            }
            List<String> shown = ProfileSpec.orEmpty(h.columns());
            names(at + ".columns", shown, h.statement().columns(), problems);
            expect(at, columns, (h.splitCode() ? 3 : 1) + 1 + shown.size(), problems);
            ProfileChecks.pattern(problems, at + ".totalLabel", h.totalLabel());
            ProfileChecks.pattern(problems, at + ".emptyNote", h.emptyNote());
        } else if (table instanceof TableSpec.FinalSummary s) {
            summary(at, columns, s.left(), s.right(), s.closing(), false, problems);
        } else if (table instanceof TableSpec.FinalFiscalSummary s) {
            summary(at, columns, s.left(), s.right(), s.closing(), true, problems);
        } else if (table instanceof TableSpec.FinalBasic b) {
            basic(at, columns, b, problems);
        } else if (table instanceof TableSpec.FinalThreePublic p) {
            List<String> shown = ProfileSpec.orEmpty(p.columns());
            names(at + ".columns", shown, FinalTables.THREE_PUBLIC_COLUMNS, problems);
            expect(at, columns, 2 * shown.size(), problems);
        }
    }

    private static void summary(
            String at,
            int columns,
            List<Labelled> left,
            ProfileSpec.RightSide right,
            List<ClosingRow> closing,
            boolean fiscal,
            Problems problems) {
        if (right == null) {
            problems.at(at + ".right", "missing: the right side's 类 (classes)");
            return;
        }
        List<String> rightColumns = fiscal ? right.columnsOrAmount() : List.of("AMOUNT");
        if (fiscal) {
            names(at + ".right.columns", rightColumns, TableOptions.names(FiscalColumn.values()), problems);
        }
        expect(at, columns, 3 + rightColumns.size(), problems);
        List<Labelled> lefts = ProfileSpec.orEmpty(left);
        for (int i = 0; i < lefts.size(); i++) {
            figure(at + ".left[" + i + "].figure", lefts.get(i).figure(), false, problems);
        }
        closing(at, ProfileSpec.orEmpty(closing), fiscal, problems);
    }

    private static void basic(String at, int columns, TableSpec.FinalBasic b, Problems problems) {
        List<List<String>> blocks = ProfileSpec.orEmpty(b.blocks());
        if (blocks.isEmpty()) {
            problems.at(at + ".blocks", "expected the 类 codes of each block, such as [[301, 303], [302, 310]]");
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            for (String code : blocks.get(i)) {
                if (code == null || !code.matches("\\d{3}")) {
                    problems.at(
                            at + ".blocks[" + i + "]",
                            "expected economic 类 codes of three digits, found '" + code + "'");
                }
            }
        }
        expect(at, columns, 3 * blocks.size(), problems);
        closing(at, ProfileSpec.orEmpty(b.closing()), false, problems);
    }

    private static void closing(String at, List<ClosingRow> closing, boolean rowAllowed, Problems problems) {
        for (int i = 0; i < closing.size(); i++) {
            ClosingRow c = closing.get(i);
            if (c.left() != null) {
                figure(at + ".closing[" + i + "].left.figure", c.left().figure(), false, problems);
            }
            if (c.right() != null) {
                figure(at + ".closing[" + i + "].right.figure", c.right().figure(), rowAllowed, problems);
            }
        }
    }

    private static void expect(String at, int widths, int columns, Problems problems) {
        if (widths != columns) {
            problems.at(at + ".widths", "the table has " + columns + " columns; found " + widths + " widths");
        }
    }

    private static void figure(String at, String key, boolean rowAllowed, Problems problems) {
        if (key == null) {
            return;
        }
        if (!FinalFigures.singles().contains(key)
                && !(rowAllowed && FinalFigures.rows().contains(key))) {
            problems.at(
                    at,
                    "unknown figure '" + key + "'; expected one of " + FinalFigures.singles()
                            + (rowAllowed ? " or a row " + FinalFigures.rows() : ""));
        }
    }

    private static void names(String at, List<String> columns, Set<String> known, Problems problems) {
        if (columns.isEmpty()) {
            problems.at(at, "expected at least one column of " + known);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!known.contains(columns.get(i))) {
                problems.at(at + "[" + i + "]", "unknown column '" + columns.get(i) + "'; expected one of " + known);
            }
        }
    }
}
