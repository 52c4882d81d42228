package org.budgetdisclosure.model.finalaccounts.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.facts.Amount;

/** Percentages as the narrative states them, computed once here. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

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

    /**
     * The shares of the parts of a whole as a sentence lists them (占 …%, 占 …%): each part × 100 ÷ whole to two
     * decimals, and, where the parts add up to the whole, adding to exactly 100.00: each share is first cut down to
     * two decimals, then the hundredths still missing go one each to the shares with the largest remainders (the
     * earlier part first among equal remainders). Where the parts do not add up to the whole each share is
     * {@link #of} on its own.
     *
     * @param parts the parts, each of the whole's unit, not null
     * @param whole the whole, not null
     * @return the shares in the parts' order; empty where the whole is zero
     */
    public static Optional<List<BigDecimal>> apportioned(List<Amount> parts, Amount whole) {
        if (whole.isZero()) {
            return Optional.empty();
        }
        Amount sum = Amount.total(whole.unit(), parts);
        if (sum.compareTo(whole) != 0) {
            return Optional.of(
                    parts.stream().map(p -> of(p, whole).orElseThrow()).toList());
        }
        List<BigDecimal> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Amount part : parts) {
            BigDecimal exact = part.value().multiply(HUNDRED).divide(whole.value(), 12, RoundingMode.HALF_UP);
            BigDecimal cut = exact.setScale(2, RoundingMode.DOWN);
            shares.add(cut);
            remainders.add(exact.subtract(cut));
            total = total.add(cut);
        }
        int missing = HUNDRED.subtract(total).movePointRight(2).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i))
                .reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < missing && k < order.size(); k++) {
            int i = order.get(k);
            shares.set(i, shares.get(i).add(new BigDecimal("0.01")));
        }
        return Optional.of(List.copyOf(shares));
    }
}
