package org.budgetdisclosure.model.finalaccounts;

import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.errors.FactException;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.NumberBounds;

/** Argument checks of the final-accounts records; messages name the field path. */
final class Require {

    private Require() {}

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new FactException(field, field + " must not be null");
        }
        return value;
    }

    static String nonBlank(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new FactException(field, field + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            present(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        present(values, field);
        values.forEach((k, v) -> {
            present(k, field + " key");
            present(v, field + "[" + k + "]");
        });
        return values;
    }

    static int count(int value, String field) {
        if (value < 0 || value > 999_999_999) {
            throw new FactException(field, field + " must be a count from 0 to 999999999, was " + value);
        }
        return value;
    }

    /**
     * An amount of the ledger unit within {@link NumberBounds} (as a budget's), or a failure naming the field (and
     * both units).
     */
    static void unit(MoneyUnit unit, String field, Amount amount) {
        if (amount.unit() != unit) {
            throw new FactException(
                    field,
                    field + " is in " + amount.unit().chineseName() + " but the final accounts are in "
                            + unit.chineseName());
        }
        NumberBounds.amountProblem(amount.value(), NumberBounds.maxDecimals(unit))
                .ifPresent(problem -> {
                    throw new FactException(field, field + ": " + problem);
                });
    }
}
