package org.budgetdisclosure.model.source;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Reads a file of facts, whatever its format (JSON, YAML, the fill-in workbook; a budget or final accounts):
 * provided by {@code budget-io} as a {@link ServiceLoader} service, so that the renderer reads files without
 * depending on their formats. Implementations are stateless and thread-safe.
 */
public interface FactsReader {

    /**
     * @param file the file, not null
     * @return what it holds, never null
     * @throws org.budgetdisclosure.model.errors.BudgetException if it cannot be read, located by line, column and
     *     field
     */
    FactsFile read(Path file);

    /**
     * @return the readers on the class path, in the order found; empty when {@code budget-io} is not there
     */
    static List<FactsReader> installed() {
        return ServiceLoader.load(FactsReader.class, FactsReader.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
