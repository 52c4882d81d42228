package org.budgetdisclosure.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.budgetdisclosure.render.Format;
import picocli.CommandLine.Option;

/** The options of every command that writes disclosures: where, and in which formats. */
final class OutputOptions {

    @Option(
            names = {"-o", "--out"},
            defaultValue = "out",
            paramLabel = "DIR",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = {"-f", "--format"},
            split = ",",
            defaultValue = "pdf,docx,html",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "Formats, comma-separated: pdf, docx, html, xlsx, csv, json (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    @Option(
            names = "--shared-fonts",
            description =
                    "The HTML files link their fonts, written once into the "
                            + "output directory's fonts/ folder (named after their content), instead of embedding them: smaller "
                            + "HTML files for a web server, which needs the fonts folder beside them. Default: self-contained HTML.")
    boolean sharedFonts;

    /** Wraps the stream of every file written: the identity, except in fault-injection tests. */
    BiFunction<Path, OutputStream, OutputStream> streams = (target, out) -> out;

    /**
     * @param disclosure a budget's disclosure, not null
     * @param name the files' name without extension, not null
     * @return the files written, never null
     */
    List<Path> write(org.budgetdisclosure.render.Disclosure disclosure, String name) throws java.io.IOException {
        return sharedFonts
                ? disclosure.writeToSharingFonts(out, name, streams, formats())
                : disclosure.writeTo(out, name, streams, formats());
    }

    /**
     * @param disclosure final accounts' disclosure, not null
     * @param name the files' name without extension, not null
     * @return the files written, never null
     */
    List<Path> write(org.budgetdisclosure.render.FinalDisclosure disclosure, String name) throws java.io.IOException {
        return sharedFonts
                ? disclosure.writeToSharingFonts(out, name, streams, formats())
                : disclosure.writeTo(out, name, streams, formats());
    }

    Format[] formats() {
        return formats.toArray(Format[]::new);
    }
}
