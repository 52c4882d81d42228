package org.budgetdisclosure.model.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * The change in per cent of last year's figure, as the Shanghai 编制说明 states it per 项 ("比2023年预算执行数减少
     * 1.39%"): (this year − last year) ÷ last year × 100, from the exact figures, rounded half-up once to two
     * decimals (538,440 against 546,000 元 is −1.3846…%, so −1.38). Negative for a fall.
     *
     * @return the per cent, two decimals; empty when last year's figure is zero (a per cent of nothing does not
     *     exist: the sentence leaves the per cent out, never divides by zero)
     */
    public Optional<BigDecimal> percent() {
        BigDecimal base = prior.value();
        if (base.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                difference().value().multiply(BigDecimal.valueOf(100)).divide(base, 2, RoundingMode.HALF_UP));
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
