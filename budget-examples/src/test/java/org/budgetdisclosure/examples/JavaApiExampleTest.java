package org.budgetdisclosure.examples;
// spotless:off: this file holds the Java of the docs as the docs print it, line for line (DocsTest, and a test
// here, compare them), so the formatter leaves it as written

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.errors.BudgetException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Disclosures;
import org.budgetdisclosure.render.FileDisclosure;
import org.budgetdisclosure.render.FileLayout;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.profile.ProfileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java path from a file to its disclosure in the layout the file names ({@code docs/java-api.md}): the
 * example as written there, and the layout each kind of file gets.
 */
class JavaApiExampleTest {

    private static final Path BUDGETS = Path.of("budgets");

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleIsThisCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "java-api.md"));
        String block = doc.substring(doc.indexOf("```java\n") + 8, doc.indexOf("```", doc.indexOf("```java\n") + 8));
        String self = Files.readString(Path.of("src", "test", "java", "org", "budgetdisclosure", "examples",
                "JavaApiExampleTest.java"));
        List<String> lines = block.lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(10);
        for (String line : lines) {
            assertThat(self).as("the example's line runs here").contains(line.strip().replace("Path.of(\"out\")",
                    "out"));
        }
    }

    @Test
    void aFileIsPublishedInTheLayoutItNames() throws Exception {
        Path out = dir.resolve("out");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // the block of docs/java-api.md, out in a temporary folder
            try {
    FileDisclosure disclosure = Disclosures.read(Path.of("budgets", "shanghai-putuo-finance-bureau-2025.json"));
    disclosure.warnings().forEach(w -> System.err.println("warning: " + w));   // e.g. the file names no layout
    disclosure.writeTo(out, Format.PDF, Format.DOCX, Format.HTML);  // out/shanghai-…-2025.pdf, …
            } catch (BudgetException e) {          // the file, its layout or its facts: every problem located
    e.problems().forEach(p -> System.err.println(p));                        // file:line:column: field: message
            } catch (IOException e) {              // the disk: a file that cannot be written is not left half-written
    System.err.println(e.getMessage());
            }
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("profile.default");
        Path pdf = out.resolve("shanghai-putuo-finance-bureau-2025.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("上海市普陀区财政局");
        }
        assertThat(Files.exists(out.resolve("shanghai-putuo-finance-bureau-2025.docx"))).isTrue();
        // the Shanghai layout the file names, byte for byte: not the default Hebei one
        var budget = BudgetFiles.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2025.json"));
        byte[] shanghai = Disclosure.of(budget, RenderOptions.defaults()
                .withProfile(Profile.of("shanghai-2025-department"))).bytes(Format.HTML);
        assertThat(Files.readAllBytes(out.resolve("shanghai-putuo-finance-bureau-2025.html"))).isEqualTo(shanghai)
                .isNotEqualTo(Disclosure.of(budget).bytes(Format.HTML));
    }

    @Test
    void aBudgetNamingNoLayoutGetsTheDefaultWithAWarning() {
        FileDisclosure d = Disclosures.read(BUDGETS.resolve("leting-industry-bureau-2022.json"));
        assertThat(d.layout().name()).isEqualTo("hebei-2022");
        assertThat(d.publication()).isInstanceOf(Disclosure.class);
        Finding first = d.warnings().get(0);
        assertThat(first.rule()).isEqualTo(FileLayout.DEFAULT_RULE);
        assertThat(first.location()).isEqualTo("profile");
        assertThat(d.baseName()).isEqualTo("leting-industry-bureau-2022");
    }

    @Test
    void finalAccountsAreReadToTheirDisclosureInTheirLayout() {
        FileDisclosure d = Disclosures.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2024-final.json"));
        assertThat(d.publication()).isInstanceOf(FinalDisclosure.class);
        assertThat(d.layout().name()).isEqualTo(FinalDisclosure.DEFAULT_PROFILE);
        assertThat(d.warnings()).noneMatch(w -> w.rule().equals(FileLayout.DEFAULT_RULE));
        assertThatThrownBy(() -> Disclosures.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2024-final.json"),
                Profile.hebei2022())).isInstanceOf(ProfileException.class).hasMessageContaining("lays out a budget");
    }

    @Test
    void anExplicitLayoutWinsAndAMissingOneIsALocatedProfileProblem() throws IOException {
        FileDisclosure d = Disclosures.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2025.json"),
                Profile.hebei2022());
        assertThat(d.layout().name()).isEqualTo("hebei-2022");
        assertThat(d.warnings()).noneMatch(w -> w.rule().equals(FileLayout.DEFAULT_RULE));

        Path file = dir.resolve("elsewhere.json");
        Files.writeString(file, Files.readString(BUDGETS.resolve("shanghai-putuo-finance-bureau-2025.json"))
                .replace("\"shanghai-2025-department\"", "\"no-such-layout\""));
        assertThatThrownBy(() -> Disclosures.read(file)).isInstanceOfSatisfying(BudgetException.class,
                e -> assertThat(e.problems().get(0).file()).contains("no-such-layout"));
    }
}
// spotless:on
