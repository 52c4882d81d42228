package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The range of the numbers of a budget, checked before any arithmetic so that no number, however written, makes a
 * sum or a comparison expand it into millions of digits.
 *
 * <ul>
 *   <li>An amount (金额) has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point (a trillion
 *   yuan is 13) and at most its unit's decimals + {@value #EXTRA_DECIMALS} after it, trailing zeros not counted.
 *   Between the unit's decimals and that bound an amount is accepted and reported by validation
 *   ({@code amount.precision}); beyond it, it is refused.</li>
 *   <li>A quantity (数量) has at most {@value #MAX_QUANTITY_INTEGER_DIGITS} digits before the decimal point and
 *   {@value #MAX_QUANTITY_DECIMALS} after it.</li>
 *   <li>Decimal text is at most {@value #MAX_TEXT_LENGTH} characters long.</li>
 * </ul>
 *
 * <p>The file reader applies the same bounds with the line and column of the number; {@link Budget}'s constructor
 * applies them to budgets built through the API, naming the field. Stateless and thread-safe.
 */
public final class NumberBounds {

    /** The most digits an amount may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The decimals an amount may have beyond its unit's (reported by validation, not refused). */
    public static final int EXTRA_DECIMALS = 4;
    /** The most digits a quantity may have before the decimal point. */
    public static final int MAX_QUANTITY_INTEGER_DIGITS = 9;
    /** The most decimals a quantity may have. */
    public static final int MAX_QUANTITY_DECIMALS = 4;
    /** The longest decimal text read as a number. */
    public static final int MAX_TEXT_LENGTH = 40;

    /** Above this many digits a number is not even stripped of its trailing zeros: it is refused as it stands. */
    private static final int MAX_EXAMINED_DIGITS = 100;

    private NumberBounds() {}

    /**
     * @param unit a unit, not null
     * @return the most decimals an amount in the unit may have without being refused
     */
    public static int maxDecimals(MoneyUnit unit) {
        return unit.decimals() + EXTRA_DECIMALS;
    }

    /** @return the most decimals an amount in any unit may have without being refused */
    public static int maxDecimalsOfAnyUnit() {
        int max = 0;
        for (MoneyUnit u : MoneyUnit.values()) {
            max = Math.max(max, maxDecimals(u));
        }
        return max;
    }

    /**
     * @param value an amount's value, not null
     * @param maxDecimals the most decimals allowed
     * @return what is wrong with it, or empty if it is within the bounds
     */
    public static Optional<String> amountProblem(BigDecimal value, int maxDecimals) {
        return problem(value, MAX_INTEGER_DIGITS, maxDecimals);
    }

    /**
     * @param value a quantity, not null
     * @return what is wrong with it, or empty if it is within the bounds
     */
    public static Optional<String> quantityProblem(BigDecimal value) {
        return problem(value, MAX_QUANTITY_INTEGER_DIGITS, MAX_QUANTITY_DECIMALS);
    }

    /**
     * Describes a number for a message without expanding it: scientific notation, at most
     * {@value #MAX_TEXT_LENGTH} characters.
     *
     * @param value a number, not null
     * @return its text, never null
     */
    public static String describe(BigDecimal value) {
        if (value.unscaledValue().bitLength() > 4 * MAX_TEXT_LENGTH) {
            return "a number of about " + (int) (value.unscaledValue().bitLength() * 0.30103) + " digits";
        }
        String text = value.toString();
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH) + "…";
    }

    private static Optional<String> problem(BigDecimal value, int maxIntegerDigits, int maxDecimals) {
        // more than 100 digits as written (trailing zeros included) is out of range whatever the scale: either
        // more than the allowed decimals or more than the allowed integer digits; nothing longer is examined
        if (value.unscaledValue().bitLength() > MAX_EXAMINED_DIGITS * 10 / 3) {
            return Optional.of(outOfRange(value, maxIntegerDigits, maxDecimals));
        }
        BigDecimal v = value.stripTrailingZeros();
        long integerDigits = (long) v.precision() - v.scale();
        long decimals = Math.max(0, v.scale());
        if (v.signum() != 0 && integerDigits > maxIntegerDigits || decimals > maxDecimals) {
            return Optional.of(outOfRange(value, maxIntegerDigits, maxDecimals));
        }
        return Optional.empty();
    }

    private static String outOfRange(BigDecimal value, int maxIntegerDigits, int maxDecimals) {
        return "expected a number of at most " + maxIntegerDigits + " digits before the decimal point and "
                + maxDecimals + " after it, found " + describe(value);
    }

    /**
     * Refuses a budget whose numbers are out of range, naming the first such field.
     *
     * @throws IllegalArgumentException naming the field and the bound
     */
    static void requireWithin(
            MoneyUnit unit,
            List<Appropriation> appropriations,
            List<BasicExpenditure> basicExpenditures,
            List<ThreePublicExpense> threePublic,
            Optional<PriorYear> priorYear,
            Map<DeclaredTotal, Amount> declaredTotals,
            Narrative narrative) {
        int decimals = maxDecimals(unit);
        for (int i = 0; i < appropriations.size(); i++) {
            amount("appropriations[" + i + "].amount", appropriations.get(i).amount(), decimals);
        }
        for (int i = 0; i < basicExpenditures.size(); i++) {
            amount(
                    "basicExpenditures[" + i + "].amount",
                    basicExpenditures.get(i).amount(),
                    decimals);
        }
        for (int i = 0; i < threePublic.size(); i++) {
            amount("threePublic[" + i + "].amount", threePublic.get(i).amount(), decimals);
        }
        declaredTotals.forEach((k, v) -> amount("declaredTotals." + k, v, decimals));
        priorYear.ifPresent(p -> {
            amount("priorYear.total", p.total(), decimals);
            amount("priorYear.personnel", p.personnel(), decimals);
            amount("priorYear.publicUse", p.publicUse(), decimals);
            amount("priorYear.project", p.project(), decimals);
            p.threePublic().forEach((k, v) -> amount("priorYear.threePublic." + k, v, decimals));
        });
        for (int i = 0; i < narrative.projects().size(); i++) {
            amount(
                    "narrative.projects[" + i + "].amount",
                    narrative.projects().get(i).amount(),
                    decimals);
        }
        for (int i = 0; i < narrative.procurement().size(); i++) {
            ProcurementItem p = narrative.procurement().get(i);
            String at = "narrative.procurement[" + i + "]";
            amount(at + ".unitPrice", p.unitPrice(), decimals);
            amount(at + ".amount", p.amount(), decimals);
            p.funding().forEach((k, v) -> amount(at + ".funding." + k, v, decimals));
            quantityProblem(p.quantity()).ifPresent(problem -> {
                throw new IllegalArgumentException(at + ".quantity: " + problem);
            });
        }
        AssetRegister assets = narrative.assets();
        for (int i = 0; i < assets.categories().size(); i++) {
            AssetCategory c = assets.categories().get(i);
            String at = "narrative.assets.categories[" + i + "]";
            amount(at + ".value", c.value(), decimals);
            c.quantity().flatMap(NumberBounds::quantityProblem).ifPresent(problem -> {
                throw new IllegalArgumentException(at + ".quantity: " + problem);
            });
        }
        amount("narrative.assets.plannedAcquisitions", assets.plannedAcquisitions(), decimals);
        narrative.procurementTotals().ifPresent(t -> {
            amount("narrative.procurementTotals.goods", t.goods(), decimals);
            amount("narrative.procurementTotals.works", t.works(), decimals);
            amount("narrative.procurementTotals.services", t.services(), decimals);
            t.reservedForSmes().ifPresent(a -> amount("narrative.procurementTotals.reservedForSmes", a, decimals));
            t.reservedForSmallAndMicro()
                    .ifPresent(a -> amount("narrative.procurementTotals.reservedForSmallAndMicro", a, decimals));
        });
        narrative
                .performanceTargets()
                .ifPresent(t -> amount("narrative.performanceTargets.amount", t.amount(), decimals));
        narrative
                .priorThreePublic()
                .ifPresent(p ->
                        p.amounts().forEach((k, v) -> amount("narrative.priorThreePublic.amounts." + k, v, decimals)));
    }

    /**
     * Refuses one amount of a budget that is out of range.
     *
     * @throws IllegalArgumentException naming the field and the bound
     */
    static void requireWithin(MoneyUnit unit, String location, Amount amount) {
        amount(location, amount, maxDecimals(unit));
    }

    private static void amount(String location, Amount amount, int decimals) {
        amountProblem(amount.value(), decimals).ifPresent(problem -> {
            throw new IllegalArgumentException(location + ": " + problem);
        });
    }
}
