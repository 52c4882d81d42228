package org.budgetdisclosure.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogues are found through their index ({@link Catalogue#INDEX}), not a Java list: the index names
 * exactly the {@code catalogue-<year>.csv} files present, so a year added as a file and not a line (or the reverse)
 * fails here.
 */
class CatalogueIndexTest {

    @Test
    void theIndexListsExactlyTheBundledCatalogueFiles() throws IOException, URISyntaxException {
        Path folder =
                Path.of(Catalogue.class.getResource(Catalogue.INDEX).toURI()).getParent();
        List<Integer> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("catalogue-\\d{4}\\.csv"))
                    .map(n -> Integer.parseInt(n.substring("catalogue-".length(), "catalogue-".length() + 4)))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(Catalogue.bundledYears()).containsExactlyElementsOf(files);
        for (int year : files) {
            assertThat(Catalogue.forYear(year).year()).hasValue(year);
            assertThat(Catalogue.forYear(year).functionClasses()).isNotEmpty();
        }
    }
}
