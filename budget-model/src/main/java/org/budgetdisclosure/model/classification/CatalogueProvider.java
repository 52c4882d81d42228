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

    /**
     * The catalogue for a budget of a year; by default {@link #catalogue()}, whatever the year.
     *
     * @param year the budget year, such as 2025
     * @return the catalogue, never null
     */
    default Catalogue catalogue(int year) {
        return catalogue();
    }

    /**
     * @return the provider of the catalogues bundled with the library: {@link Catalogue#forYear(int)} for a year,
     *     {@link Catalogue#bundled()} without one; never null
     */
    static CatalogueProvider bundled() {
        return new CatalogueProvider() {
            @Override
            public Catalogue catalogue() {
                return Catalogue.bundled();
            }

            @Override
            public Catalogue catalogue(int year) {
                return Catalogue.forYear(year);
            }
        };
    }

    /**
     * A provider of the bundled catalogues overlaid with one read from a CSV file (its names win).
     *
     * @param file the CSV file, not null
     * @return the provider, never null; reads the file once, now
     */
    static CatalogueProvider bundledWith(Path file) {
        Catalogue mine = Catalogue.fromCsv(file);
        return new CatalogueProvider() {
            @Override
            public Catalogue catalogue() {
                return Catalogue.bundled().overlay(mine);
            }

            @Override
            public Catalogue catalogue(int year) {
                return Catalogue.forYear(year).overlay(mine);
            }
        };
    }
}
