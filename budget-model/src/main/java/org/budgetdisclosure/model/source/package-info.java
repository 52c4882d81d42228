/**
 * Files of facts as the library reads them: {@link org.budgetdisclosure.model.source.FactsFile} (a budget or final
 * accounts, and the layout the file names) and the service {@link org.budgetdisclosure.model.source.FactsReader}
 * that {@code budget-io} provides, so that {@code Disclosures.read(Path)} in {@code budget-render} reads a file
 * without the renderer knowing file formats.
 */
package org.budgetdisclosure.model.source;
