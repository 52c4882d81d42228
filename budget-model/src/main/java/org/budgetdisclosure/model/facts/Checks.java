package org.budgetdisclosure.model.facts;

import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.errors.FactException;

/** Argument checks of the fact records; messages name the field. */
final class Checks {

    private Checks() {}

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new FactException(field, field + " must not be null");
        }
        return value;
    }

    static String text(String value, String field) {
        present(value, field);
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

    /** A count of things (vehicles, units of equipment, projects): 0 to 999,999,999. */
    static int count(Integer value, String field) {
        present(value, field);
        if (value < 0 || value > VehicleCounts.MAX_COUNT) {
            throw new FactException(
                    field, field + " must be a count from 0 to " + VehicleCounts.MAX_COUNT + ", was " + value);
        }
        return value;
    }

    static int notNegative(int value, String field) {
        if (value < 0) {
            throw new FactException(field, field + " must not be negative, was " + value);
        }
        return value;
    }
}
