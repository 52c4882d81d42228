package org.budgetdisclosure.io.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * What the sheet mappers reading one workbook share: where problems are collected, the typed cells, and where
 * each fact was read (the cell of each fact path, for {@link WorkbookBudget}). Collectors only: the facts a mapper
 * reads are its return value, not a field another mapper reads.
 */
final class ReadContext {

    private final WorkbookProblems problems;
    private final WorkbookCells cells;
    private final Map<String, String> located = new HashMap<>();

    /**
     * @param problems where problems are collected
     * @param cells the typed cells of the workbook
     */
    ReadContext(WorkbookProblems problems, WorkbookCells cells) {
        this.problems = problems;
        this.cells = cells;
    }

    /** @return the typed cells of the workbook */
    WorkbookCells cells() {
        return cells;
    }

    /** Adds a problem, as {@link WorkbookProblems#add(String, String)}. */
    void problem(String where, String detail) {
        problems.add(where, detail);
    }

    /**
     * Records where a fact was read.
     *
     * @param path the fact's path, such as {@code appropriations[3].amount}
     * @param where its sheet and cell, such as {@code 收支明细!D5}
     */
    void locate(String path, String where) {
        located.put(path, where);
    }

    /** @return where each fact path was read */
    Map<String, String> located() {
        return Map.copyOf(located);
    }
}
