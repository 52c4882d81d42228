package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.budgetdisclosure.render.PdfFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code budget extract} and {@code budget verify} on a PDF rendered with its figures and its budget file: the
 * figures come out equal to the {@code --format json} export byte for byte, the source equal to the file; verify
 * passes on the PDF as written and fails on one whose content stream was altered after publishing (two digits of
 * one table cell swapped with PDFBox), naming the table, row and column; a PDF without figures exits 2.
 */
class ExtractVerifyTest {

    static final Path FINANCE = Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2025.json");
    private static final String BASE = "shanghai-putuo-finance-bureau-2025";

    @TempDir
    Path dir;

    private Path pdf;

    @BeforeEach
    void render() {
        CommandLineTest.Run r = CommandLineTest.run(
                "render", FINANCE.toString(), "--embed-source", "--format", "pdf,json", "--out", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        pdf = dir.resolve(BASE + ".pdf");
    }

    @Test
    void extractWritesTheFiguresAsTheJsonExportAndTheSourceAsItWas() throws Exception {
        Path out = dir.resolve("extracted");
        CommandLineTest.Run r = CommandLineTest.run("extract", pdf.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("figures.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve(BASE + ".json")));
        assertThat(Files.readAllBytes(out.resolve(BASE + ".json"))).isEqualTo(Files.readAllBytes(FINANCE));
        assertThat(r.out()).contains("Data, application/json").contains("Source, application/json");
    }

    /** The PDF names its files: an existing file of the user's is never replaced unless asked, and nothing is written. */
    @Test
    void extractNeverReplacesAnExistingFileUnlessForced() throws Exception {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve(BASE + ".json"), "the user's own file");
        CommandLineTest.Run r = CommandLineTest.run("extract", pdf.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("exists; nothing written").doesNotContain("Exception");
        assertThat(Files.readString(out.resolve(BASE + ".json"))).isEqualTo("the user's own file");
        assertThat(out.resolve("figures.json")).doesNotExist();
        CommandLineTest.Run forced = CommandLineTest.run("extract", pdf.toString(), "--out", out.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve(BASE + ".json"))).isEqualTo(Files.readAllBytes(FINANCE));
    }

    @Test
    void verifyPassesOnThePdfAsWritten() {
        CommandLineTest.Run r = CommandLineTest.run("verify", pdf.toString());
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out())
                .containsPattern("[1-9][0-9]* figures printed as carried")
                .contains("validates and re-renders to the carried figures");
    }

    @Test
    void verifyNamesTheTableRowAndColumnOfAFigureAlteredInTheContentStream() throws Exception {
        Tampered tampered = tamper(Files.readAllBytes(pdf));
        Path altered = dir.resolve("altered.pdf");
        Files.write(altered, tampered.pdf());
        CommandLineTest.Run r = CommandLineTest.run("verify", altered.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED: 1 of ");

        PdfFigures.Check check = PdfFigures.check(tampered.pdf());
        assertThat(check.mismatches()).hasSize(1);
        PdfFigures.Mismatch m = check.mismatches().get(0);
        assertThat(m.table()).isEqualTo(tampered.table());
        assertThat(m.row()).isEqualTo(tampered.row());
        assertThat(m.printed()).isEqualTo(tampered.printed());
        assertThat(new java.math.BigDecimal(m.embedded().replace(",", "")).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(tampered.original().replace(",", ""));
        assertThat(r.out())
                .contains(m.tableTitle())
                .contains("第" + m.row() + "行")
                .contains("第" + m.column() + "列")
                .contains(m.columnName())
                .contains("printed " + tampered.printed());
    }

    @Test
    void figuresTakenOutOfTheCarriedFileAreNamedAsPrintedButNotCarried() throws Exception {
        Path plain = dir.resolve("plain");
        CommandLineTest.Run rendered =
                CommandLineTest.run("render", FINANCE.toString(), "--format", "pdf", "--out", plain.toString());
        assertThat(rendered.status()).as(rendered.err()).isZero();
        Path emptied = dir.resolve("emptied.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.resolve(BASE + ".pdf").toFile())) {
            COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            COSDictionary spec = (COSDictionary) af.getObject(0);
            org.apache.pdfbox.cos.COSStream figures = (org.apache.pdfbox.cos.COSStream)
                    spec.getCOSDictionary(COSName.EF).getDictionaryObject(COSName.F);
            try (var out = figures.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("{\"figures\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.save(emptied.toFile());
        }
        CommandLineTest.Run r = CommandLineTest.run("verify", emptied.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED").contains("embedded (not carried)");
    }

    @Test
    void aPdfWithoutFiguresIsUnusable() {
        CommandLineTest.Run r = CommandLineTest.run(
                "render",
                FINANCE.toString(),
                "--no-embedded-figures",
                "--format",
                "pdf",
                "--out",
                dir.resolve("bare").toString());
        assertThat(r.status()).as(r.err()).isZero();
        Path bare = dir.resolve("bare").resolve(BASE + ".pdf");
        assertThat(CommandLineTest.run("verify", bare.toString()).status()).isEqualTo(2);
        assertThat(CommandLineTest.run(
                                "extract",
                                bare.toString(),
                                "--out",
                                dir.resolve("x").toString())
                        .status())
                .isEqualTo(1);
        assertThat(CommandLineTest.run("verify", dir.resolve("missing.pdf").toString())
                        .status())
                .isEqualTo(2);
    }

    /** The altered PDF, and what was altered: the table's ID, the body row, the text before and after. */
    record Tampered(byte[] pdf, String table, int row, String original, String printed) {}

    /** Swaps the first two (different) digits of the first table cell of the first page that has such a cell. */
    static Tampered tamper(byte[] original) throws Exception {
        try (PDDocument doc = Loader.loadPDF(original)) {
            COSArray nums = doc.getDocumentCatalog()
                    .getStructureTreeRoot()
                    .getCOSObject()
                    .getCOSDictionary(COSName.PARENT_TREE)
                    .getCOSArray(COSName.NUMS);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                COSArray parents = (COSArray) nums.getObject(2 * page.getStructParents() + 1);
                List<Object> tokens = new PDFStreamParser(page).parse();
                List<Object> operands = new ArrayList<>();
                int mcid = -1;
                PDFont font = null;
                for (Object token : tokens) {
                    if (!(token instanceof Operator op)) {
                        operands.add(token);
                        continue;
                    }
                    switch (op.getName()) {
                        case "BDC" -> mcid = operands.get(1) instanceof COSDictionary d ? d.getInt(COSName.MCID) : -1;
                        case "EMC" -> mcid = -1;
                        case "Tf" -> font = page.getResources().getFont((COSName) operands.get(0));
                        case "Tj" -> {
                            COSDictionary element = mcid < 0 ? null : (COSDictionary) parents.getObject(mcid);
                            if (element != null && "TD".equals(element.getNameAsString(COSName.S))) {
                                COSString string = (COSString) operands.get(0);
                                byte[] b = string.getBytes();
                                String text = text(font, b);
                                if (b.length >= 4
                                        && text.length() == b.length / 2
                                        && text.contains(".")
                                        && Character.isDigit(text.charAt(0))
                                        && Character.isDigit(text.charAt(1))
                                        && text.charAt(0) != text.charAt(1)) {
                                    byte[] swapped = b.clone();
                                    System.arraycopy(b, 2, swapped, 0, 2);
                                    System.arraycopy(b, 0, swapped, 2, 2);
                                    string.setValue(swapped);
                                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                                    new ContentStreamWriter(content).writeTokens(tokens);
                                    page.setContents(
                                            new PDStream(doc, new java.io.ByteArrayInputStream(content.toByteArray())));
                                    COSDictionary tr = element.getCOSDictionary(COSName.P);
                                    COSDictionary body = tr.getCOSDictionary(COSName.P);
                                    COSDictionary table = body.getCOSDictionary(COSName.P);
                                    int row = indexOf(body.getCOSArray(COSName.K), tr) + 1;
                                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                                    doc.save(out);
                                    return new Tampered(
                                            out.toByteArray(),
                                            table.getString(COSName.ID),
                                            row,
                                            text,
                                            text(font, swapped));
                                }
                            }
                        }
                        default -> {}
                    }
                    operands.clear();
                }
            }
        }
        throw new AssertionError("no table cell with two different leading digits");
    }

    private static int indexOf(COSArray kids, COSDictionary kid) {
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) == kid) {
                return i;
            }
        }
        return -1;
    }

    private static String text(PDFont font, byte[] b) throws java.io.IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < b.length; i += 2) {
            String u = font.toUnicode(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
            s.append(u == null ? "?" : u);
        }
        return s.toString();
    }
}
