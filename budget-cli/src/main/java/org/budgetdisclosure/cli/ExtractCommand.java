package org.budgetdisclosure.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetdisclosure.model.files.InputFiles;
import org.budgetdisclosure.render.PdfFigures;
import org.budgetdisclosure.render.pdf.AssociatedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget extract FILE.pdf}: writes out the files a disclosure's PDF carries. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Writes out the files a disclosure's PDF carries: its tables' figures (figures.json, the "
                    + "--format json export) and, where it was embedded, the budget file it was made from.",
            "Exit status: 0 when files were written, 1 when the PDF carries none, 2 when it cannot be read or a "
                    + "file cannot be written. Each file is written whole or not at all."
        })
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(descriptionKey = "pdf", index = "0", paramLabel = "FILE.pdf", description = "The PDF.")
    private Path file;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Where to write (default: the current directory).")
    private Path out = Path.of(".");

    @Option(
            names = "--force",
            description = "Replace files of the same names in the output folder (by default an "
                    + "existing file is never replaced: the names are the PDF's).")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        List<AssociatedFile> files;
        try {
            files = PdfFigures.extract(PdfFigures.read(file));
        } catch (PdfFigures.UnreadablePdfException | InputFiles.RefusedFileException e) {
            spec.commandLine().getErr().println("budget: " + file + ": " + e.getMessage());
            return UserErrors.UNUSABLE_INPUT;
        }
        if (files.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(Lang.text("extract.none", "budget: " + file + ": the PDF carries " + "no files", file));
            return 1;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AssociatedFile f : files) {
            if (!names.add(f.fileName())) {
                // a second file of the same name would replace the first (a source named figures.json)
                spec.commandLine()
                        .getErr()
                        .println("budget: " + file + ": the PDF carries two files named " + f.fileName()
                                + "; nothing written");
                return UserErrors.UNUSABLE_INPUT;
            }
        }
        Files.createDirectories(out);
        for (AssociatedFile f : files) {
            // the name is the PDF's: only its last part, so that it cannot reach outside the directory
            Path target = out.resolve(f.fileName());
            if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                spec.commandLine().getErr().println("budget: " + target + " would overwrite the PDF itself");
                return UserErrors.UNUSABLE_INPUT;
            }
            if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // a name chosen by the PDF never replaces a file of the user's unless asked: nothing written
                spec.commandLine()
                        .getErr()
                        .println("budget: " + target + " exists; nothing written (the PDF names "
                                + "its files: extract into another folder, or add --force to replace them)");
                return UserErrors.UNUSABLE_INPUT;
            }
        }
        // all or none
        java.util.Map<Path, org.budgetdisclosure.render.WholeFiles.Content> contents = new java.util.LinkedHashMap<>();
        for (AssociatedFile f : files) {
            byte[] bytes = f.bytes();
            if (contents.put(out.resolve(f.fileName()), stream -> stream.write(bytes)) != null) {
                throw new IllegalArgumentException("the file " + out.resolve(f.fileName()) + " is written twice");
            }
        }
        org.budgetdisclosure.render.WholeFiles.writeAll(contents);
        for (AssociatedFile f : files) {
            spec.commandLine()
                    .getOut()
                    .println(Lang.text(
                            "extract.wrote",
                            "wrote " + out.resolve(f.fileName()) + " ("
                                    + f.relationship().pdfName() + ", " + f.mediaType() + ", " + f.bytes().length
                                    + " bytes)",
                            out.resolve(f.fileName()),
                            f.relationship().pdfName(),
                            f.mediaType(),
                            String.valueOf(f.bytes().length)));
        }
        return 0;
    }
}
