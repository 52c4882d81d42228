package org.budgetdisclosure.io.workbook;

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
     * @return its cell such as {@code 收支明细!D5}, or that of the nearest enclosing fact (its row or sheet); empty
     *     for a location that is not a fact path (a table cell of the statements)
     */
    public Optional<String> cell(String location) {
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
}
