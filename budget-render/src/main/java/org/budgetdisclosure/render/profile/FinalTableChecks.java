package org.budgetdisclosure.render.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.model.finalaccounts.statements.FundColumn;
import org.budgetdisclosure.model.finalaccounts.statements.GeneralPublicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.RevenueColumn;
import org.budgetdisclosure.model.finalaccounts.statements.SpendingColumn;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;

/**
 * The checks of a table of a final-accounts profile ({@code family: final-accounts}): its layout, statement,
 * columns, figure keys and blocks, each problem reported at its field (and so at its line of the descriptor).
 */
final class FinalTableChecks {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "final-revenue", names(RevenueColumn.values()),
            "final-expenditure", names(SpendingColumn.values()),
            "final-general-public", names(GeneralPublicColumn.values()),
            "final-government-fund", names(FundColumn.values()),
            "final-state-capital", names(FundColumn.values()));

    private FinalTableChecks() {
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param at the table's path, such as {@code tables[3]}
     * @param t the table
     * @param problem where a problem is reported: its path and message
     */
    static void check(String at, TableLayout t, BiConsumer<String, String> problem) {
        if (t.layout() == null || !FinalTables.LAYOUTS.contains(t.layout())) {
            problem.accept(at + ".layout", "a final-accounts profile's tables are laid out by one of "
                    + new TreeSet<>(FinalTables.LAYOUTS) + ", found '" + t.layout() + "'");
            return;
        }
        t.notes().forEach(n -> pattern(at + ".notes", n, problem));
        int columns = t.widths().size();
        switch (t.layout()) {
            case "final-hierarchy" -> {
                Set<String> known = t.statement() == null ? null : COLUMNS.get(t.statement());
                if (known == null) {
                    problem.accept(at + ".statement", "expected one of " + new TreeSet<>(COLUMNS.keySet())
                            + ", found '" + t.statement() + "'");
                    return;
                }
                names(at + ".columns", t.columns(), known, problem);
                expect(at, columns, (t.splitCode() ? 3 : 1) + 1 + t.columns().size(), problem);
                t.emptyNote().ifPresent(n -> pattern(at + ".emptyNote", n, problem));
            }
            case "final-summary", "final-fiscal-summary" -> {
                boolean fiscal = "final-fiscal-summary".equals(t.layout());
                if (t.right() == null) {
                    problem.accept(at + ".right", "missing: the right side's 类 (classes)");
                    return;
                }
                List<String> right = fiscal ? t.rightColumns() : List.of("AMOUNT");
                if (fiscal) {
                    names(at + ".right.columns", right, names(FiscalColumn.values()), problem);
                }
                expect(at, columns, 3 + right.size(), problem);
                List<Labelled> left = t.left();
                for (int i = 0; i < left.size(); i++) {
                    figure(at + ".left[" + i + "].figure", left.get(i).figure(), false, problem);
                }
                List<ClosingRow> closing = t.closing();
                for (int i = 0; i < closing.size(); i++) {
                    ClosingRow c = closing.get(i);
                    if (c.left() != null) {
                        figure(at + ".closing[" + i + "].left.figure", c.left().figure(), false, problem);
                    }
                    if (c.right() != null) {
                        figure(at + ".closing[" + i + "].right.figure", c.right().figure(), fiscal, problem);
                    }
                }
            }
            case "final-basic" -> {
                if (t.blocks().isEmpty()) {
                    problem.accept(at + ".blocks", "expected the 类 codes of each block, such as [[301, 303], [302, 310]]");
                    return;
                }
                for (int i = 0; i < t.blocks().size(); i++) {
                    for (String code : t.blocks().get(i)) {
                        if (code == null || !code.matches("\\d{3}")) {
                            problem.accept(at + ".blocks[" + i + "]", "expected economic 类 codes of three digits, found '"
                                    + code + "'");
                        }
                    }
                }
                expect(at, columns, 3 * t.blocks().size(), problem);
                List<ClosingRow> closing = t.closing();
                for (int i = 0; i < closing.size(); i++) {
                    if (closing.get(i).left() != null) {
                        figure(at + ".closing[" + i + "].left.figure", closing.get(i).left().figure(), false, problem);
                    }
                    if (closing.get(i).right() != null) {
                        figure(at + ".closing[" + i + "].right.figure", closing.get(i).right().figure(), false,
                                problem);
                    }
                }
            }
            default -> {
                names(at + ".columns", t.columns(), FinalTables.THREE_PUBLIC_COLUMNS, problem);
                expect(at, columns, 2 * t.columns().size(), problem);
            }
        }
    }

    private static void expect(String at, int widths, int columns, BiConsumer<String, String> problem) {
        if (widths != columns) {
            problem.accept(at + ".widths", "the table has " + columns + " columns; found " + widths + " widths");
        }
    }

    private static void figure(String at, String key, boolean rowAllowed, BiConsumer<String, String> problem) {
        if (key == null) {
            return;
        }
        if (!FinalFigures.singles().contains(key) && !(rowAllowed && FinalFigures.rows().contains(key))) {
            problem.accept(at, "unknown figure '" + key + "'; expected one of " + FinalFigures.singles()
                    + (rowAllowed ? " or a row " + FinalFigures.rows() : ""));
        }
    }

    private static void names(String at, List<String> columns, Set<String> known, BiConsumer<String, String> problem) {
        if (columns.isEmpty()) {
            problem.accept(at, "expected at least one column of " + known);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!known.contains(columns.get(i))) {
                problem.accept(at + "[" + i + "]", "unknown column '" + columns.get(i) + "'; expected one of " + known);
            }
        }
    }

    private static void pattern(String path, String pattern, BiConsumer<String, String> problem) {
        if (pattern != null) {
            Patterns.unknownPlaceholder(pattern).ifPresent(p -> problem.accept(path, "unknown placeholder " + p
                    + "; expected one of " + new TreeSet<>(Patterns.NAMES)));
        }
    }
}
