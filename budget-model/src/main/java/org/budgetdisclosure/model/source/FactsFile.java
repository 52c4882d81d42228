package org.budgetdisclosure.model.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;

/**
 * What a file of facts holds: a budget (部门预算) or final accounts (部门决算), and the layout (profile) it asks to
 * be published in, if it names one. Immutable.
 */
public sealed interface FactsFile {

    /** @return the file read, never null */
    Path file();

    /**
     * @return the layout the file names (a bundled profile's name, or a profile folder relative to the file), or
     *     empty when it names none; never null
     */
    Optional<String> layout();

    /**
     * A budget file.
     *
     * @param file the file, not null
     * @param budget the budget, not null
     * @param layout the layout it names, if any, not null
     */
    record OfBudget(Path file, Budget budget, Optional<String> layout) implements FactsFile {

        /** Checks the fields. */
        public OfBudget {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(layout, "layout");
        }
    }

    /**
     * A final-accounts file.
     *
     * @param file the file, not null
     * @param accounts the final accounts, not null
     * @param layout the layout it names, if any, not null
     */
    record OfFinalAccounts(Path file, FinalAccounts accounts, Optional<String> layout) implements FactsFile {

        /** Checks the fields. */
        public OfFinalAccounts {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(layout, "layout");
        }
    }
}
