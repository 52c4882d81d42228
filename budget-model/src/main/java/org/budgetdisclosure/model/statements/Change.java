package org.budgetdisclosure.model.statements;

import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;

/**
 * A figure compared with last year's (比上年增减): this year's, last year's, the difference and the stated reason.
 *
 * @param current this year's figure, never null
 * @param prior last year's figure, never null
 * @param reason the stated reason of the change, if any
 */
public record Change(Amount current, Amount prior, Optional<String> reason) {

    /** Validates the fields. */
    public Change {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return this year's figure minus last year's, never null */
    public Amount difference() {
        return current.minus(prior);
    }

    /** @return whether the figure rose, fell or stayed */
    public Direction direction() {
        int sign = difference().value().signum();
        return sign > 0 ? Direction.UP : sign < 0 ? Direction.DOWN : Direction.SAME;
    }

    /** The direction of a change. */
    public enum Direction {
        /** 增加. */
        UP,
        /** 减少. */
        DOWN,
        /** 持平. */
        SAME
    }
}
