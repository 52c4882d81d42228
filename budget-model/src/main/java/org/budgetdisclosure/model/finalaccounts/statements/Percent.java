package org.budgetdisclosure.model.finalaccounts.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;

/** Percentages as the narrative states them, computed once here. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /**
     * A part in per cent of a whole (占 …%, 完成 …%): part × 100 ÷ whole from the exact figures, rounded half-up
     * once to two decimals.
     *
     * @param part the part, not null
     * @param whole the whole, of the same unit, not null
     * @return the per cent; empty where the whole is zero (a per cent of nothing is not stated)
     */
    public static Optional<BigDecimal> of(Amount part, Amount whole) {
        if (whole.isZero()) {
            return Optional.empty();
        }
        return Optional.of(part.value().multiply(HUNDRED).divide(whole.value(), 2, RoundingMode.HALF_UP));
    }
}
