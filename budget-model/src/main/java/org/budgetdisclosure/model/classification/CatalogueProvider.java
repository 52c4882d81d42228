package org.budgetdisclosure.model.classification;

import java.nio.file.Path;

/**
 * Supplies the catalogue of codes and names used for statements and validation; replaceable, so that a
 * system can serve the catalogue of its year from wherever it keeps it.
 */
@FunctionalInterface
public interface CatalogueProvider {

    /** @return the catalogue, never null */
    Catalogue catalogue();

    /** @return the provider of the catalogue bundled with the library, never null */
    static CatalogueProvider bundled() {
        return Catalogue::bundled;
    }

    /**
     * A provider of the bundled catalogue overlaid with one read from a CSV file.
     *
     * @param file the CSV file, not null
     * @return the provider, never null; reads the file once, on first use
     */
    static CatalogueProvider bundledWith(Path file) {
        Catalogue catalogue = Catalogue.bundled().overlay(Catalogue.fromCsv(file));
        return () -> catalogue;
    }
}
