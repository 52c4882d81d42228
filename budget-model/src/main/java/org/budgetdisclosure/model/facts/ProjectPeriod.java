package org.budgetdisclosure.model.facts;

import java.time.LocalDate;

/**
 * A project's 实施周期: from its first to its last day, both included.
 *
 * @param start the first day, not null
 * @param end the last day, not before {@code start}, not null
 */
public record ProjectPeriod(LocalDate start, LocalDate end) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public ProjectPeriod {
        Checks.present(start, "period.start");
        Checks.present(end, "period.end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period.end " + end + " is before period.start " + start);
        }
    }
}
