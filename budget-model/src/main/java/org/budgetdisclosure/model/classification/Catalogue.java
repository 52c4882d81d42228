package org.budgetdisclosure.model.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A catalogue of classification codes and their official names for one year (政府收支分类科目).
 *
 * <p>The library bundles {@link #bundled() a catalogue} with every code of the reference disclosure, the 30
 * functional 类 of table 1 and the economic 类 and 款 usually seen in 基本支出 tables. Users load the full
 * catalogue of their year from a CSV file ({@link #fromCsv(Path)}) and may {@link #overlay(Catalogue) overlay}
 * it on the bundled one. The CSV has one code a line: {@code classification,code,name}, where classification
 * is {@code functional} or {@code economic}; blank lines and lines starting with {@code #} are skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

    private static final String BUNDLED_RESOURCE = "catalogue-2022.csv";
    private static volatile Catalogue bundled;

    private final Map<FunctionCode, String> functional;
    private final Map<EconomicCode, String> economic;

    private Catalogue(Map<FunctionCode, String> functional, Map<EconomicCode, String> economic) {
        this.functional = Collections.unmodifiableMap(new TreeMap<>(functional));
        this.economic = Collections.unmodifiableMap(new TreeMap<>(economic));
    }

    /**
     * Creates a catalogue from maps of codes to names.
     *
     * @param functional functional codes and names, not null
     * @param economic economic codes and names, not null
     * @return the catalogue, never null
     */
    public static Catalogue of(Map<FunctionCode, String> functional, Map<EconomicCode, String> economic) {
        return new Catalogue(functional, economic);
    }

    /** @return the empty catalogue, never null */
    public static Catalogue empty() {
        return new Catalogue(Map.of(), Map.of());
    }

    /**
     * The catalogue bundled with the library (2022 codes).
     *
     * @return the catalogue, never null
     */
    public static Catalogue bundled() {
        Catalogue result = bundled;
        if (result == null) {
            try (InputStream in = Catalogue.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled catalogue resource missing: " + BUNDLED_RESOURCE);
                }
                result = fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = result;
        }
        return result;
    }

    /**
     * Reads a catalogue from a UTF-8 CSV file.
     *
     * @param file the file, not null
     * @return the catalogue, never null
     * @throws CatalogueFormatException naming the file and line of a malformed line
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Catalogue fromCsv(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromCsv(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalogue from CSV text.
     *
     * @param reader the text, not null; not closed
     * @param source the name of the source for error messages, not null
     * @return the catalogue, never null
     * @throws CatalogueFormatException naming the source and line of a malformed line
     */
    public static Catalogue fromCsv(Reader reader, String source) {
        Map<FunctionCode, String> functional = new TreeMap<>();
        Map<EconomicCode, String> economic = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        try {
            for (String line; (line = lines.readLine()) != null; ) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(",", 3);
                if (fields.length != 3 || fields[2].isBlank()) {
                    throw new CatalogueFormatException(source, lineNumber,
                            "expected 'classification,code,name', found '" + trimmed + "'");
                }
                String kind = fields[0].strip();
                String code = fields[1].strip();
                String name = fields[2].strip();
                try {
                    switch (kind) {
                        case "functional" -> functional.put(FunctionCode.of(code), name);
                        case "economic" -> economic.put(EconomicCode.of(code), name);
                        default -> throw new CatalogueFormatException(source, lineNumber,
                                "expected classification 'functional' or 'economic', found '" + kind + "'");
                    }
                } catch (IllegalArgumentException e) {
                    if (e instanceof CatalogueFormatException) {
                        throw e;
                    }
                    throw new CatalogueFormatException(source, lineNumber, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue " + source + ": " + e.getMessage(), e);
        }
        return new Catalogue(functional, economic);
    }

    /**
     * Returns a catalogue with the codes of both, the other's names winning where both have a code.
     *
     * @param other the catalogue laid over this one, not null
     * @return the combined catalogue, never null
     */
    public Catalogue overlay(Catalogue other) {
        Map<FunctionCode, String> f = new TreeMap<>(functional);
        f.putAll(other.functional);
        Map<EconomicCode, String> e = new TreeMap<>(economic);
        e.putAll(other.economic);
        return new Catalogue(f, e);
    }

    /**
     * The official name of a code.
     *
     * @param code the code, not null
     * @return the name, empty if the catalogue lacks the code
     */
    public Optional<String> name(Code code) {
        return Optional.ofNullable(code instanceof FunctionCode f ? functional.get(f) : economic.get((EconomicCode) code));
    }

    /** @param code a code, not null @return whether the catalogue has it */
    public boolean contains(Code code) {
        return name(code).isPresent();
    }

    /** @return the functional 类 of the catalogue in code order, never null */
    public List<FunctionCode> functionClasses() {
        List<FunctionCode> classes = new ArrayList<>();
        for (FunctionCode code : functional.keySet()) {
            if (code.level() == Level.CLASS) {
                classes.add(code);
            }
        }
        return List.copyOf(classes);
    }

    /** @return all functional codes and names in code order, never null */
    public Map<FunctionCode, String> functionalCodes() {
        return functional;
    }

    /** @return all economic codes and names in code order, never null */
    public Map<EconomicCode, String> economicCodes() {
        return economic;
    }
}
