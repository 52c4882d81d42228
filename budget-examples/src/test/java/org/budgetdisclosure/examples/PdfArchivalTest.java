package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The reference PDF conforms to PDF/A-2b (ISO 19005-2 level B), as veraPDF, the PDF Association's validator,
 * checks it: zero failed rules. (Level A needs tagged content, which OpenPDF does not produce.)
 */
class PdfArchivalTest {

    @Test
    void theReferencePdfConformsToPdfA2b() throws Exception {
        conforms(ReferenceRendering.bytes(Format.PDF));
    }

    /** The two Shanghai references, each in the profile its file names, conform too. */
    @Test
    void theShanghaiPdfsConformToPdfA2b() throws Exception {
        for (String file : List.of("shanghai-putuo-finance-bureau-2025.json", "shanghai-putuo-welfare-home-2024-unit.json")) {
            java.nio.file.Path path = java.nio.file.Path.of("budgets", file);
            var read = org.budgetdisclosure.io.BudgetFiles.readFile(path);
            var profile = org.budgetdisclosure.render.profile.Profile.namedByBudgetFile(read.profile().orElseThrow(),
                    path.getParent());
            conforms(org.budgetdisclosure.render.Disclosure.of(read.budget(),
                    org.budgetdisclosure.render.RenderOptions.defaults().withProfile(profile)).bytes(Format.PDF));
        }
    }

    /** The 财政局 2024 决算 in the final-accounts layout conforms too. */
    @Test
    void theFinalAccountsPdfConformsToPdfA2b() throws Exception {
        conforms(ShanghaiFinalAccountsFidelityTest.DISCLOSURE.bytes(Format.PDF));
    }

    private static void conforms(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(parser.getFlavour()).as("the flavour the file declares").isEqualTo(PDFAFlavour.PDFA_2_B);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " at " + a.getLocation().getContext())
                    .distinct().toList();
            assertThat(failed).as("failed PDF/A-2b rules").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
