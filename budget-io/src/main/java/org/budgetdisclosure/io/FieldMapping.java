package org.budgetdisclosure.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.errors.FactException;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * What the mappings between a budget file's shape and the facts share ({@link FileMapping},
 * {@link NarrativeMapping}, {@link ExplanationsMapping}): the file's name and unit, and the steps that report a value
 * the facts reject at the field's path.
 */
abstract class FieldMapping {

    /** The file's name in messages. */
    final String file;
    /** The file's unit: every amount read is in it. */
    MoneyUnit unit;

    FieldMapping(String file, MoneyUnit unit) {
        this.file = file;
        this.unit = unit;
    }

    interface Step {
        void run();
    }

    /** Runs a step that builds facts; a value the facts reject is reported at the path. */
    void at(String path, Step step) throws BudgetFileException {
        try {
            step.run();
        } catch (FactException | IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    BudgetFileException error(String path, String detail) {
        return new BudgetFileException(file, 0, 0, path, detail);
    }

    /** The elements of a list of objects; a null element is reported at its path. */
    <T> List<T> elements(List<T> list, String path) throws BudgetFileException {
        List<T> elements = list(list);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                throw error(path + "[" + i + "]", "expected an object, found null");
            }
        }
        return elements;
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String text(String text) {
        return text == null ? "" : text;
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** An amount as read, in the file's unit; null stays null (the facts report it at its path). */
    Amount in(Amount read) {
        return read == null ? null : Amount.of(read.value(), unit);
    }

    /** Amounts as read, in the file's unit, in the file's order; null keys and values stay for the facts to report. */
    <K> Map<K, Amount> in(Map<K, Amount> read) {
        if (read == null) {
            return null;
        }
        Map<K, Amount> m = new LinkedHashMap<>();
        read.forEach((k, v) -> m.put(k, in(v)));
        return m;
    }
}
