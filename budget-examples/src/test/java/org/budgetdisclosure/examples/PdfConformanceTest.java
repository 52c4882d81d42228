package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every bundled reference, and a department unlike them (a 元 ledger with ten-digit figures and four units, 参公 and
 * 事业 among them), conforms to PDF/UA-1 (ISO 14289-1) and to PDF/A-3b (ISO 19005-3, carrying its figures), or
 * PDF/A-2b without them, as veraPDF, the PDF Association's validator, checks: zero failed rules.
 */
class PdfConformanceTest {

    private static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (Map.Entry<String, Disclosure> e : PdfSamples.references().entrySet()) {
            PDFS.put(e.getKey(), e.getValue().bytes(Format.PDF));
        }
        PDFS.put(
                "large-department",
                Disclosure.of(
                                ShanghaiLargeDepartmentTest.budget(),
                                RenderOptions.defaults().withProfile(Profile.of("shanghai-2025-department")))
                        .bytes(Format.PDF));
        // the final accounts (部门决算) in their layout, and one unlike the reference (元, three units)
        PDFS.put("final-accounts-2024", ShanghaiFinalAccountsFidelityTest.DISCLOSURE.bytes(Format.PDF));
        PDFS.put(
                "final-accounts-units-yuan",
                FinalAccountsUnitsYuanTest.disclosure().bytes(Format.PDF));
    }

    @Test
    void everyPdfConformsToPdfUa1() throws Exception {
        Map<String, List<String>> failed = new TreeMap<>();
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            failed.put(pdf.getKey(), failures(pdf.getValue(), PDFAFlavour.PDFUA_1, null));
        }
        assertThat(failed)
                .allSatisfy((name, rules) ->
                        assertThat(rules).as(name + ": failed PDF/UA-1 rules").isEmpty());
    }

    @Test
    void everyPdfCarryingItsFiguresConformsToPdfA3b() throws Exception {
        Map<String, List<String>> failed = new TreeMap<>();
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            failed.put(pdf.getKey(), failures(pdf.getValue(), PDFAFlavour.PDFA_3_B, PDFAFlavour.PDFA_3_B));
        }
        assertThat(failed)
                .allSatisfy((name, rules) ->
                        assertThat(rules).as(name + ": failed PDF/A-3b rules").isEmpty());
    }

    @Test
    void aPdfWithoutItsFiguresConformsToPdfA2bAndPdfUa1() throws Exception {
        byte[] pdf = ReferenceRendering.DISCLOSURE.withFiguresEmbedded(false).bytes(Format.PDF);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1, null)).isEmpty();
    }

    /** The check can fail: the same PDF without its structure tree fails PDF/UA-1 (content neither tagged nor artifact). */
    @Test
    void aPdfWithoutItsStructureFailsPdfUa1() throws Exception {
        byte[] pdf = PDFS.get("hebei-leting-2022");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.STRUCT_TREE_ROOT);
            doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.MARK_INFO);
            doc.save(out);
        }
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1, null)).isNotEmpty();
    }

    /** @param declared the flavour the file must declare, or null to leave it unchecked */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour, PDFAFlavour declared) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            if (declared != null) {
                assertThat(parser.getFlavour())
                        .as("the flavour the file declares")
                        .isEqualTo(declared);
            }
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct()
                    .limit(40)
                    .toList();
        }
    }
}
