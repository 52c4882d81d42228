package org.budgetdisclosure.model.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalogue of classification codes and their official names for one year (政府收支分类科目).
 *
 * <p>The library bundles a catalogue per year ({@link #forYear(int)}; {@link #bundledYears()} lists them): 2022,
 * with every code of the Hebei reference disclosure, the 30 functional 类 of table 1 and the economic 类 and 款
 * usually seen in 基本支出 tables; and 2025, with every code of the Shanghai references, the functional 类 and
 * the 款 of the 类 they use, under the names current in 2025. Users load the full catalogue of their year from a
 * CSV file ({@link #fromCsv(Path)}) and may {@link #overlay(Catalogue) overlay} it on a bundled one. The CSV has
 * one code a line: {@code classification,code,name}, where classification is {@code functional} or
 * {@code economic}; blank lines and lines starting with {@code #} are skipped.
 *
 * <p>A catalogue may know the {@link #year() year} whose codes it holds: the bundled ones do; one read from CSV
 * or built from maps does not until {@link #withYear(int) given one}. Validation compares the names a budget
 * states with the catalogue's only when the catalogue is of the budget's year (or of no stated year).
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

    /**
     * The index of the bundled catalogues: one year a line ({@code #} starts a comment), each the resource
     * {@code catalogue-<year>.csv} beside it. A new year is a CSV file and a line here, no Java edit.
     */
    static final String INDEX = "catalogue-years.txt";

    /** The years of the bundled catalogues, ascending, as the {@link #INDEX} lists them. */
    private static final List<Integer> BUNDLED_YEARS = bundledYearsIndexed();

    private static final Map<Integer, Catalogue> BUNDLED = new ConcurrentHashMap<>();

    private final Map<FunctionCode, String> functional;
    private final Map<EconomicCode, String> economic;
    private final OptionalInt year;

    private Catalogue(Map<FunctionCode, String> functional, Map<EconomicCode, String> economic, OptionalInt year) {
        this.functional = Collections.unmodifiableMap(new TreeMap<>(functional));
        this.economic = Collections.unmodifiableMap(new TreeMap<>(economic));
        this.year = year;
    }

    private Catalogue(Map<FunctionCode, String> functional, Map<EconomicCode, String> economic) {
        this(functional, economic, OptionalInt.empty());
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
     * The first catalogue bundled with the library (2022 codes), as {@code forYear(2022)}.
     *
     * @return the catalogue, never null
     */
    public static Catalogue bundled() {
        return forYear(BUNDLED_YEARS.get(0));
    }

    /**
     * The bundled catalogue of a year: that year's if the library bundles one, else the nearest earlier bundled
     * year's (a 2024 budget gets the 2022 catalogue, a 2026 one the 2025 catalogue), else, for a year before the
     * first bundled one, the first. Its {@link #year()} says which year it is.
     *
     * @param year a budget year, such as 2025
     * @return the catalogue, never null; the same instance for the same bundled year
     */
    public static Catalogue forYear(int year) {
        int chosen = BUNDLED_YEARS.get(0);
        for (int bundledYear : BUNDLED_YEARS) {
            if (bundledYear <= year) {
                chosen = bundledYear;
            }
        }
        return BUNDLED.computeIfAbsent(chosen, Catalogue::load);
    }

    /** @return the years the library bundles a catalogue of, ascending, never null */
    public static List<Integer> bundledYears() {
        return BUNDLED_YEARS;
    }

    private static List<Integer> bundledYearsIndexed() {
        try (InputStream in = Catalogue.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue index missing: " + INDEX);
            }
            List<Integer> years = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String year = line.replaceFirst("#.*", "").strip();
                if (!year.isEmpty()) {
                    years.add(Integer.parseInt(year));
                }
            }
            if (years.isEmpty()) {
                throw new IllegalStateException("the bundled catalogue index lists no year: " + INDEX);
            }
            Collections.sort(years);
            return List.copyOf(years);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalogue load(int year) {
        String resource = "catalogue-" + year + ".csv";
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue resource missing: " + resource);
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8), resource)
                    .withYear(year);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The year whose codes and names this catalogue holds, where known.
     *
     * @return the year; empty for a catalogue read from CSV or built from maps and not {@link #withYear given}
     *     one, which validation takes to be the budget's own
     */
    public OptionalInt year() {
        return year;
    }

    /**
     * @param year the year whose codes and names this catalogue holds, such as 2025
     * @return this catalogue's codes and names, of that year; never null
     */
    public Catalogue withYear(int year) {
        return new Catalogue(functional, economic, OptionalInt.of(year));
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
        // under the checks of every input: a regular file (a FIFO would block), at most 64 MiB
        try (Reader reader = new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(
                        org.budgetdisclosure.model.files.InputFiles.read(file, 64L << 20, "catalogues")),
                StandardCharsets.UTF_8)) {
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
                    throw new CatalogueFormatException(
                            source, lineNumber, "expected 'classification,code,name', found '" + trimmed + "'");
                }
                String kind = fields[0].strip();
                String code = fields[1].strip();
                String name = fields[2].strip();
                try {
                    switch (kind) {
                        case "functional" -> functional.put(FunctionCode.of(code), name);
                        case "economic" -> economic.put(EconomicCode.of(code), name);
                        default ->
                            throw new CatalogueFormatException(
                                    source,
                                    lineNumber,
                                    "expected classification 'functional' or 'economic', found '" + kind + "'");
                    }
                } catch (IllegalArgumentException e) {
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
     * @return the combined catalogue, never null; of the other's year if it has one, else of no stated year
     */
    public Catalogue overlay(Catalogue other) {
        Map<FunctionCode, String> f = new TreeMap<>(functional);
        f.putAll(other.functional);
        Map<EconomicCode, String> e = new TreeMap<>(economic);
        e.putAll(other.economic);
        return new Catalogue(f, e, other.year);
    }

    /**
     * The official name of a code.
     *
     * @param code the code, not null
     * @return the name, empty if the catalogue lacks the code
     */
    public Optional<String> name(Code code) {
        return Optional.ofNullable(
                code instanceof FunctionCode f ? functional.get(f) : economic.get((EconomicCode) code));
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
