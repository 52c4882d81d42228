package org.budgetdisclosure.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.budgetdisclosure.render.Format;

/** An output never replaces an input: {@code budget render budget.html --out .} would write over its own file. */
final class InputProtection {

    private InputProtection() {}

    /**
     * @param directory the output directory, not null
     * @param name the output name without extension, not null
     * @param formats the formats written, not null
     * @param inputs every input of the run, not null
     * @return why the outputs may not be written, or empty if none of them is an input
     */
    static Optional<String> clash(Path directory, String name, Format[] formats, Collection<Path> inputs) {
        for (Format format : formats) {
            Path target = directory.resolve(name + "." + format.extension());
            for (Path input : inputs) {
                if (same(target, input)) {
                    return Optional.of("the output " + target + " would overwrite the input " + input
                            + "; choose another --out directory");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param target an output file, not null
     * @param inputs every input of the run, not null
     * @return why the output may not be written (it is an input, or a link to one), or empty
     */
    static Optional<String> clash(Path target, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (same(target, input)) {
                return Optional.of(
                        "the output " + target + " would overwrite the input " + input + "; choose another output");
            }
        }
        return Optional.empty();
    }

    private static boolean same(Path target, Path input) {
        try {
            if (Files.exists(target) && Files.exists(input)) {
                return Files.isSameFile(target, input);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
    }
}
