package org.budgetdisclosure.io.workbook;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.io.BudgetFileException;

/**
 * The problems found reading a workbook, each located as sheet and cell ({@code 收支明细!E14（行标签）}), collected
 * so that all of them are reported together, the first as the exception's location and the others listed after it.
 */
final class WorkbookProblems {

    /** The most problems listed in one report. */
    private static final int MAX_PROBLEMS = 50;

    /** A problem. @param where the sheet and cell, row or column @param detail what is wrong */
    private record Problem(String where, String detail) {}

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /** @param file the file's name for messages */
    WorkbookProblems(String file) {
        this.file = file;
    }

    /** @return the file's name for messages */
    String file() {
        return file;
    }

    /**
     * Adds a problem.
     *
     * @param where the sheet and cell ({@code 收支明细!E14}), row ({@code 收支明细!14}) or sheet
     * @param detail what is wrong, beginning with the column's header where it is a cell's
     */
    void add(String where, String detail) {
        problems.add(new Problem(where, detail));
    }

    /** @throws BudgetFileException listing the problems found, if any */
    void failIfAny() throws BudgetFileException {
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        StringBuilder detail = new StringBuilder(first.detail());
        for (int i = 1; i < Math.min(problems.size(), MAX_PROBLEMS); i++) {
            detail.append(System.lineSeparator())
                    .append("  ")
                    .append(file)
                    .append(": at ")
                    .append(problems.get(i).where())
                    .append(": ")
                    .append(problems.get(i).detail());
        }
        if (problems.size() > MAX_PROBLEMS) {
            detail.append(System.lineSeparator())
                    .append("  … and ")
                    .append(problems.size() - MAX_PROBLEMS)
                    .append(" more");
        }
        throw new BudgetFileException(file, 0, 0, first.where(), detail.toString());
    }
}
