package org.budgetdisclosure.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.budgetdisclosure.render.Format;
import picocli.CommandLine.Option;

/** The options of every command that writes disclosures: where, and in which formats. */
final class OutputOptions {

    @Option(names = {"-o", "--out"}, defaultValue = "out", paramLabel = "DIR",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", defaultValue = "pdf,docx,html", paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "Formats, comma-separated: pdf, docx, html, xlsx, csv, json (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    /** Wraps the stream of every file written: the identity, except in fault-injection tests. */
    BiFunction<Path, OutputStream, OutputStream> streams = (target, out) -> out;

    Format[] formats() {
        return formats.toArray(Format[]::new);
    }
}
