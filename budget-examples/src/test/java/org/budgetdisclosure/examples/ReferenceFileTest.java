package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference budget file, as committed, is the reference budget built through the API, in JSON and YAML. */
class ReferenceFileTest {

    static final Path REFERENCE = Path.of("budgets", "leting-industry-bureau-2022.json");

    @TempDir
    Path dir;

    @Test
    void theReferenceFileIsTheReferenceBudgetBuiltThroughTheApi() throws Exception {
        assertThat(BudgetFiles.read(REFERENCE)).isEqualTo(ReferenceBudget.build());
        assertThat(BudgetFiles.toJson(ReferenceBudget.build()))
                .isEqualTo(Files.readString(REFERENCE, StandardCharsets.UTF_8));
    }

    @Test
    void yamlReadsTheSameBudget() throws Exception {
        Path yaml = dir.resolve("ref.yaml");
        try (var out = Files.newOutputStream(yaml)) {
            BudgetFiles.write(ReferenceBudget.build(), out, Syntax.YAML);
        }
        assertThat(BudgetFiles.read(yaml)).isEqualTo(ReferenceBudget.build());
    }
}
