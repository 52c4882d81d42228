package org.budgetdisclosure.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;

/** The bundled references (and a budget unlike them) as disclosures, by name, for the PDF tests. */
final class PdfSamples {

    private PdfSamples() {}

    /** @return the disclosures of every bundled reference budget in the profile its file names */
    static Map<String, Disclosure> references() throws Exception {
        Map<String, Disclosure> all = new LinkedHashMap<>();
        all.put("hebei-leting-2022", ReferenceRendering.DISCLOSURE);
        for (String file : List.of(
                "shanghai-putuo-finance-bureau-2025.json",
                "shanghai-putuo-welfare-home-2024-unit.json",
                "shanghai-putuo-finance-bureau-2025-units.json")) {
            Path path = Path.of("budgets", file);
            var read = org.budgetdisclosure.io.BudgetFiles.readFile(path);
            RenderOptions options = RenderOptions.defaults();
            if (read.profile().isPresent()) {
                options = options.withProfile(
                        Profile.namedByBudgetFile(read.profile().get(), path.getParent()));
            }
            all.put(file.replace(".json", ""), Disclosure.of(read.budget(), options));
        }
        return all;
    }

    /** Writes a PDF under target/pdf-samples for the command-line tools; returns its path. */
    static Path write(String name, byte[] pdf) throws Exception {
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        return file;
    }
}
