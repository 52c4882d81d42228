package org.budgetdisclosure.io;

import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Budget;

/**
 * What a budget file holds: the budget, and the layout (profile) it asks to be published in, if it names one
 * (the field {@code profile}: a bundled profile's name such as {@code hebei-2022}, or the path of a profile folder
 * relative to the file). Immutable.
 *
 * @param budget the budget, not null
 * @param profile the profile the file names, if any, not null
 */
public record BudgetFile(Budget budget, Optional<String> profile) {

    /** Checks the fields. */
    public BudgetFile {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(profile, "profile");
    }
}
