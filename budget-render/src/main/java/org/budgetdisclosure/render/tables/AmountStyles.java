package org.budgetdisclosure.render.tables;

import java.util.Objects;

/**
 * The amount styles of a publication: one for the tables (the nine tables and the narrative's own tables) and one
 * for the narrative's text, whose unit word follows every figure it writes. A profile declares its own
 * ({@link org.budgetdisclosure.render.profile.Profile#amountStyles()}); {@code RenderOptions.withAmountStyles} overrides them for one rendering.
 * Immutable and thread-safe.
 *
 * @param tables how the tables print amounts, not null
 * @param narrative how the narrative writes amounts and which unit word follows them, not null
 */
public record AmountStyles(AmountStyle tables, AmountStyle narrative) {

    /** Validates the fields. */
    public AmountStyles {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(narrative, "narrative");
    }
}
