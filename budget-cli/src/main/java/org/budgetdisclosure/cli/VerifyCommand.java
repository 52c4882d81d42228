package org.budgetdisclosure.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.budgetdisclosure.io.BudgetFile;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.PdfFigures;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.pdf.AssociatedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code budget verify FILE.pdf}: checks every figure a disclosure's PDF prints against the figures it carries,
 * and, where it carries its budget file, re-validates and re-renders that file and compares the figures.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a disclosure's PDF: every figure its tables print (read from the tagged table cells) "
                    + "against the figures it carries (figures.json); where it carries its budget file, re-validates it "
                    + "and re-renders its figures to compare them with the carried ones.",
            "Exit status: 0 when everything matches, 1 when a figure differs (each is named: table, row, "
                    + "column), 2 when the PDF cannot be read or carries no figures."
        })
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(descriptionKey = "pdf", index = "0", paramLabel = "FILE.pdf", description = "The PDF.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] pdf;
        PdfFigures.Check check;
        List<AssociatedFile> files;
        try {
            pdf = PdfFigures.read(file);
            check = PdfFigures.check(pdf);
            files = PdfFigures.extract(pdf);
        } catch (PdfFigures.UnreadablePdfException
                | org.budgetdisclosure.model.files.InputFiles.RefusedFileException e) {
            err.println("budget: " + file + ": " + e.getMessage());
            return UserErrors.UNUSABLE_INPUT;
        }
        int status = 0;
        if (check.passed()) {
            out.println(Lang.text(
                    "verify.passed",
                    file + ": " + check.figures() + " figures printed as carried",
                    file,
                    String.valueOf(check.figures())));
        } else {
            status = 1;
            out.println(Lang.text(
                    "verify.failed",
                    file + ": FAILED: " + check.mismatches().size() + " of " + check.figures()
                            + " figures are not printed as carried:",
                    file,
                    String.valueOf(check.mismatches().size()),
                    String.valueOf(check.figures())));
            check.mismatches().forEach(m -> out.println("  " + m));
        }
        Optional<AssociatedFile> source = files.stream()
                .filter(f -> f.relationship() == AssociatedFile.Relationship.SOURCE)
                .findFirst();
        byte[] figures = files.stream()
                .filter(f -> f.name().equals(Disclosure.FIGURES_FILE))
                .findFirst()
                .map(AssociatedFile::bytes)
                .orElseThrow();
        if (source.isEmpty()) {
            out.println(Lang.text(
                    "verify.no-source",
                    file + ": carries no budget file (render --embed-source): " + "not re-rendered",
                    file));
        } else {
            status = Math.max(status, rerender(source.get(), figures, out));
        }
        out.flush();
        return status;
    }

    /** Re-validates and re-renders the carried budget file; its figures must be the carried ones, byte for byte. */
    private int rerender(AssociatedFile source, byte[] figures, PrintWriter out) throws Exception {
        Path dir = Files.createTempDirectory("budget-verify");
        String name = source.fileName();
        Path copy = dir.resolve(name.startsWith(".") ? "source.json" : name);
        try {
            Files.write(copy, source.bytes());
            BudgetFile read = BudgetFiles.readFile(copy);
            String date = new ObjectMapper()
                    .readTree(new String(figures, StandardCharsets.UTF_8))
                    .path("date")
                    .asText();
            RenderOptions options = RenderOptions.defaults().withProfile(RenderCommand.profileFor(null, read, copy));
            if (!date.isEmpty()) {
                try {
                    options = options.withDate(LocalDate.parse(date));
                } catch (java.time.format.DateTimeParseException e) {
                    out.println(file + ": FAILED: the carried figures' date \"" + date + "\" is not a date "
                            + "(yyyy-mm-dd): not re-rendered");
                    return 1;
                }
            }
            byte[] again = Disclosure.of(read.budget(), options).bytes(Format.JSON);
            if (Arrays.equals(again, figures)) {
                out.println(Lang.text(
                        "verify.rerendered",
                        file + ": the carried budget file " + source.name()
                                + " validates and re-renders to the carried figures",
                        file,
                        source.name()));
                return 0;
            }
            out.println(Lang.text(
                    "verify.other-figures",
                    file + ": FAILED: the carried budget file " + source.name()
                            + " re-renders to other figures than the PDF carries",
                    file,
                    source.name()));
            return 1;
        } catch (BudgetFileException e) {
            out.println(file + ": FAILED: the carried budget file cannot be read: " + e.getMessage());
            return 1;
        } catch (BudgetValidationException e) {
            out.println(file + ": FAILED: the carried budget file does not validate: " + e.getMessage());
            return 1;
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
    }
}
