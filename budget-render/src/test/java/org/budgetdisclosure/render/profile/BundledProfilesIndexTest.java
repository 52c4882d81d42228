package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled profiles are found through their index ({@code profiles/index.txt}), not a Java list: it names exactly
 * the profile folders present, each of which loads under its own name.
 */
class BundledProfilesIndexTest {

    @Test
    void theIndexListsExactlyTheProfileFoldersPresent() throws IOException, URISyntaxException {
        Path folder = Path.of(Profile.class
                        .getResource(Profile.BUNDLED + "/" + Profile.INDEX)
                        .toURI())
                .getParent();
        List<String> folders;
        try (Stream<Path> list = Files.list(folder)) {
            folders = list.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertThat(folders).isNotEmpty();
        assertThat(Profile.bundledNames()).containsExactlyInAnyOrderElementsOf(folders);
        for (String name : folders) {
            assertThat(Files.isRegularFile(folder.resolve(name).resolve(Profile.DESCRIPTOR)))
                    .as(name)
                    .isTrue();
            assertThat(Profile.isBundled(name)).isTrue();
            assertThat(Profile.of(name).name()).isEqualTo(name);
        }
    }

    @Test
    void theIndexKeepsItsOrder() {
        assertThat(Profile.bundledNames())
                .containsExactly(
                        "hebei-2022",
                        "hebei-2025",
                        "shanghai-2025-department",
                        "shanghai-unit",
                        "shanghai-2024-final-accounts",
                        "shanghai-2024-final-accounts-unit");
        assertThat(Profile.registered()).extracting(Profile::name).containsExactlyElementsOf(Profile.bundledNames());
    }
}
