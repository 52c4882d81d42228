package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.SharedFontFiles;
import org.budgetdisclosure.render.html.FontSource;

/**
 * {@code --units}: the department's files and one file per unit (单位预算, or 单位决算 for final accounts), named {@code NAME-CODE.pdf} after the
 * department's {@code NAME.pdf} (a unit without code by its name, with characters unsafe in file names replaced
 * by {@code _}, at most {@value #MAX_KEY_BYTES} bytes), written whole or not at all: every document is made and validated first, then every file is
 * written to a temporary file, and only when all are written are they moved into place.
 */
final class UnitOutputs {

    private UnitOutputs() {}

    /** The documents of one department and its units, by output name, the department's first. */
    static Map<String, Disclosure> documents(
            Budget budget, RenderOptions department, RenderOptions units, String name) {
        return named(name, Disclosure.of(budget, department), Disclosure.units(budget, units));
    }

    /**
     * The documents of one department's final accounts (部门决算) and its units' (单位决算), by output name, the
     * department's first, named as a budget's; the units in the layout {@code units} names for its units
     * ({@code units.profile}), else in {@code units}' own, as {@link #documents} does.
     */
    static Map<String, FinalDisclosure> finalDocuments(
            FinalAccounts accounts, RenderOptions department, RenderOptions units, String name) {
        return named(name, FinalDisclosure.of(accounts, department), FinalDisclosure.units(accounts, units));
    }

    /** The department's document under its name, then each unit's as {@code NAME-KEY} (made unique). */
    private static <D> Map<String, D> named(String name, D department, Map<String, D> units) {
        Map<String, D> documents = new LinkedHashMap<>();
        documents.put(name, department);
        Set<String> taken = new HashSet<>();
        taken.add(name.toLowerCase(Locale.ROOT));
        int i = 0;
        for (Map.Entry<String, D> e : units.entrySet()) {
            i++;
            String file = name + "-" + safe(e.getKey());
            if (!taken.add(file.toLowerCase(Locale.ROOT))) {
                file = file + "-" + i;
                taken.add(file.toLowerCase(Locale.ROOT));
            }
            documents.put(file, e.getValue());
        }
        return documents;
    }

    /** @return why a file of the documents may not be written (it would replace an input), or empty */
    static Optional<String> clash(Path directory, Collection<String> names, Format[] formats, Collection<Path> inputs) {
        for (String name : names) {
            Optional<String> clash = InputProtection.clash(directory, name, formats, inputs);
            if (clash.isPresent()) {
                return clash;
            }
        }
        return Optional.empty();
    }

    /** Writes every document in every format, whole or not at all (with their shared fonts if asked). */
    static List<Path> write(Map<String, Disclosure> documents, OutputOptions output) throws IOException {
        return write(documents, output, Disclosure::write);
    }

    /** How a document writes one format: {@link Disclosure#write}, {@link FinalDisclosure#write}. */
    @FunctionalInterface
    interface Writer<D> {
        void write(D document, Format format, OutputStream out, FontSource fonts) throws IOException;
    }

    /**
     * Writes every document in every format with its writer, whole or not at all (with their shared fonts if
     * asked).
     */
    static <D> List<Path> write(Map<String, D> documents, OutputOptions output, Writer<D> writer) throws IOException {
        Path directory = output.out;
        Files.createDirectories(directory);
        // with no fonts linked, a SharedFontFiles writes as WholeFiles.writeAll does
        try (SharedFontFiles set = new SharedFontFiles(directory)) {
            FontSource fonts = output.sharedFonts ? set.fonts() : FontSource.EMBEDDED;
            java.util.Set<Path> targets = new java.util.HashSet<>();
            for (Map.Entry<String, D> e : documents.entrySet()) {
                for (Format format : output.formats()) {
                    Path target = directory.resolve(e.getKey() + "." + format.extension());
                    if (!targets.add(target)) {
                        throw new IllegalArgumentException("the file " + target + " is written twice");
                    }
                    set.add(target, out -> {
                        try (OutputStream stream = output.streams.apply(target, out)) {
                            writer.write(e.getValue(), format, stream, fonts);
                        }
                    });
                }
            }
            return new ArrayList<>(set.commit());
        }
    }

    /** The most bytes (UTF-8) of a unit's key in a file name: 50 Chinese characters, leaving room for the rest. */
    static final int MAX_KEY_BYTES = 150;

    /**
     * A unit's key as part of a file name: letters, digits, {@code .}, {@code -} and {@code _}; at most
     * {@value #MAX_KEY_BYTES} bytes in UTF-8 (whole characters), as file systems bound names in bytes.
     */
    static String safe(String key) {
        StringBuilder s = new StringBuilder();
        int[] bytes = {0};
        key.codePoints().forEach(c -> {
            int kept = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' && s.length() > 0 ? c : '_';
            int size = new String(Character.toChars(kept)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes[0] + size <= MAX_KEY_BYTES) {
                s.appendCodePoint(kept);
                bytes[0] += size;
            } else {
                bytes[0] = MAX_KEY_BYTES + 1; // whole characters only, and none after the first that does not fit
            }
        });
        return s.toString();
    }
}
