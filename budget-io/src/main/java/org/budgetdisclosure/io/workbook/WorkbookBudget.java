package org.budgetdisclosure.io.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Budget;

/**
 * A budget read from a workbook, with where each fact came from: the cell of a fact's path, so that a validation
 * finding at {@code appropriations[3].amount} is shown at {@code 收支明细!D5}.
 *
 * @param budget the budget, not null
 * @param cells the sheet and cell (or sheet and row) of each fact path read, not null
 * @param profile the layout (profile) the workbook names (公开事项: 公开版式), as a budget file's {@code profile},
 *     not null
 */
public record WorkbookBudget(Budget budget, Map<String, String> cells, Optional<String> profile) {

    /** Validates and copies the fields. */
    public WorkbookBudget {
        Objects.requireNonNull(budget, "budget");
        cells = Map.copyOf(cells);
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * A budget read from a workbook that names no layout.
     *
     * @param budget the budget, not null
     * @param cells the sheet and cell of each fact path read, not null
     */
    public WorkbookBudget(Budget budget, Map<String, String> cells) {
        this(budget, cells, Optional.empty());
    }

    /**
     * @param location a fact path such as {@code appropriations[3].amount} (as validation findings give it), not
     *     null
     * @return its cell such as {@code 收支明细!D5}, or that of the nearest enclosing fact (its row or sheet); for a
     *     table cell of the statements ({@code table 6 …}, a cross-table finding), the ranges of the cells whose
     *     figures make that table ({@code 基本支出经济分类!B2:B14、收支明细!D2:D40}); empty where none is known
     */
    public Optional<String> cell(String location) {
        java.util.regex.Matcher table =
                java.util.regex.Pattern.compile("^table (\\d) ").matcher(location);
        if (table.find()) {
            return tableCells(Integer.parseInt(table.group(1)));
        }
        String path = location;
        while (!path.isEmpty()) {
            String cell = cells.get(path);
            if (cell != null) {
                return Optional.of(cell);
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return Optional.empty();
            }
            path = path.substring(0, cut);
        }
        return Optional.empty();
    }

    /**
     * The cells whose figures make a statement's table, for a cross-table finding (a total of one table that
     * disagrees with another's): table 6 is made of the amounts of 基本支出经济分类 and the lines of 收支明细, table 9
     * of “三公”经费 and 基本支出经济分类, the others of 收支明细. Each sheet as the range of its amounts read
     * ({@code 基本支出经济分类!B2:B14、收支明细!D2:D40}).
     */
    private Optional<String> tableCells(int number) {
        List<String> facts = switch (number) {
            case 6 -> List.of("basicExpenditures", "appropriations");
            case 9 -> List.of("threePublic", "basicExpenditures");
            default -> List.of("appropriations");
        };
        List<String> ranges = new ArrayList<>();
        for (String fact : facts) {
            java.util.regex.Pattern amount =
                    java.util.regex.Pattern.compile("^(units\\[\\d+\\]\\.)?" + fact + "\\[\\d+\\]\\.amount$");
            String sheet = null;
            int first = Integer.MAX_VALUE;
            int last = -1;
            String column = null;
            for (Map.Entry<String, String> e : cells.entrySet()) {
                if (!amount.matcher(e.getKey()).matches()) {
                    continue;
                }
                int bang = e.getValue().indexOf('!');
                org.apache.poi.ss.util.CellReference ref =
                        new org.apache.poi.ss.util.CellReference(e.getValue().substring(bang + 1));
                sheet = e.getValue().substring(0, bang);
                column = org.apache.poi.ss.util.CellReference.convertNumToColString(ref.getCol());
                first = Math.min(first, ref.getRow() + 1);
                last = Math.max(last, ref.getRow() + 1);
            }
            if (sheet != null) {
                ranges.add(sheet + "!" + column + first + (last > first ? ":" + column + last : ""));
            }
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(String.join("、", ranges));
    }
}
