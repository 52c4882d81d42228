package org.budgetdisclosure.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.files.InputFiles;

/**
 * Reads and writes budget files: JSON, or YAML for files named {@code .yaml} / {@code .yml}, in the format
 * {@value FileModel#FORMAT} described by the JSON Schema {@link #schema()}. Reading never goes through
 * {@code double}; every problem is a {@link BudgetFileException} naming the file, the line and column, the field
 * and what was expected. Thread-safe.
 */
public final class BudgetFiles {

    /** Files larger than this are refused before they are read. */
    public static final long MAX_SIZE = 64L << 20;

    /** The readers of other formats (the workbook), found once on the class path. */
    private static final List<BudgetFileReader> READERS =
            java.util.ServiceLoader.load(BudgetFileReader.class, BudgetFiles.class.getClassLoader()).stream()
                    .map(java.util.ServiceLoader.Provider::get)
                    .toList();

    static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
    static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build()))
            .build();

    private BudgetFiles() {}

    /** The two syntaxes of a budget file. */
    public enum Syntax {
        /** JSON. */
        JSON,
        /** YAML. */
        YAML;

        /** @param file a file @return YAML for .yaml and .yml, JSON otherwise */
        public static Syntax of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        }
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
            B configure(B b) {
        return b.addModule(ValueCodecs.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /**
     * Reads a budget file: JSON, YAML, or a filled workbook ({@code .xlsx}, read by
     * {@link org.budgetdisclosure.io.workbook.BudgetWorkbook}, its problems located as sheet and cell).
     *
     * @param file the file, not null
     * @return the budget, never null
     * @throws BudgetFileException if the file cannot be read as a budget, saying where and why
     */
    public static Budget read(Path file) throws BudgetFileException {
        return readFile(file).budget();
    }

    /**
     * Reads a budget file with the layout it names, if it names one.
     *
     * @param file the file, not null
     * @return the budget and the profile the file names, never null
     * @throws BudgetFileException if the file cannot be read as a budget, saying where and why
     */
    public static BudgetFile readFile(Path file) throws BudgetFileException {
        // every input, whatever its format, goes through the same checks before a byte is read: a regular file
        // (a FIFO would block the reader, a device such as /dev/zero never ends) within the size limit
        byte[] content = readInput(file);
        for (BudgetFileReader reader : READERS) {
            if (reader.reads(file)) {
                return reader.read(content, file.toString());
            }
        }
        return parse(content, file.toString(), Syntax.of(file));
    }

    /**
     * The bytes of an input file after the checks every input goes through ({@link InputFiles}).
     *
     * @param file the file, not null
     * @return its bytes, never null
     * @throws BudgetFileException if it is no regular file, is over {@link #MAX_SIZE} or cannot be read
     */
    public static byte[] readInput(Path file) throws BudgetFileException {
        try {
            return InputFiles.read(file, MAX_SIZE, "budget files");
        } catch (IOException e) {
            throw new BudgetFileException(
                    file.toString(),
                    0,
                    0,
                    "",
                    e instanceof InputFiles.RefusedFileException
                            ? e.getMessage()
                            : "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads a budget from the bytes of a file.
     *
     * @param content the file's bytes, UTF-8, not null
     * @param name the file's name for messages, not null
     * @param syntax JSON or YAML, not null
     * @return the budget, never null
     * @throws BudgetFileException if the content cannot be read as a budget, saying where and why
     */
    public static Budget read(byte[] content, String name, Syntax syntax) throws BudgetFileException {
        return parse(content, name, syntax).budget();
    }

    private static BudgetFile parse(byte[] content, String name, Syntax syntax) throws BudgetFileException {
        if (content.length > MAX_SIZE) {
            throw new BudgetFileException(
                    name,
                    0,
                    0,
                    "",
                    "the file has " + content.length + " bytes; budget files " + "are limited to " + MAX_SIZE
                            + " bytes");
        }
        String text = utf8(content, name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BudgetFileException(
                    name,
                    0,
                    0,
                    "",
                    "the file is empty; expected a budget in the format " + FileModel.FORMAT
                            + " (see `budget schema`)");
        }
        FileModel.BudgetDoc doc;
        ObjectMapper mapper = syntax == Syntax.YAML ? YAML : JSON;
        if (FinalAccountsFiles.declaresFormat(mapper, text)) {
            throw new BudgetFileException(name, 0, 0, "$.format", FinalAccountsFiles.NOT_A_BUDGET);
        }
        JsonParser parser = null;
        try {
            if (syntax == Syntax.YAML) {
                refuseAliases(text, name);
            }
            parser = mapper.createParser(text);
            doc = mapper.readValue(parser, FileModel.BudgetDoc.class);
        } catch (JsonProcessingException e) {
            // some errors (the parser's own limits, a number's conversion) carry no place: the parser's is theirs
            throw translate(e, name, syntax, parser == null ? null : parser.currentLocation());
        } catch (IOException e) {
            throw new BudgetFileException(name, 0, 0, "", "cannot read the file: " + e.getMessage());
        } catch (BudgetFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // the YAML parser reports some broken input as runtime exceptions
            JsonLocation at = parser == null ? null : parser.currentLocation();
            throw new BudgetFileException(
                    name,
                    at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()),
                    "",
                    "malformed " + syntax + ": " + firstLine(e.getMessage()).replaceFirst("^; ", ""));
        }
        if (doc == null) {
            throw new BudgetFileException(name, 1, 1, "", "expected a budget object, found null");
        }
        try {
            return new BudgetFile(new FileMapping(name).toBudget(doc), java.util.Optional.ofNullable(doc.profile()));
        } catch (BudgetFileException e) {
            throw located(e, mapper, text);
        } catch (org.budgetdisclosure.model.errors.FactException | IllegalArgumentException e) {
            // a value the facts reject that the mapping did not place more precisely (anything else is a bug)
            throw located(new BudgetFileException(name, 0, 0, "$", e.getMessage()), mapper, text);
        }
    }

    /**
     * The YAML parser reads an alias ({@code *s}) as the text of its name, so that {@code [&s "甲乙丙", *s]} would
     * publish "s": aliases are refused at their place, before the document is mapped.
     */
    static void refuseAliases(String text, String name) throws IOException, BudgetFileException {
        try (JsonParser p = YAML.createParser(text)) {
            var yaml = (com.fasterxml.jackson.dataformat.yaml.YAMLParser) p;
            while (p.nextToken() != null) {
                if (yaml.isCurrentAlias()) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new BudgetFileException(
                            name,
                            Math.max(1, at.getLineNr()),
                            Math.max(1, at.getColumnNr()),
                            p.getParsingContext().pathAsPointer().toString().isEmpty() ? "" : path(p),
                            "YAML aliases (*" + p.getText() + ") are not read; write the value out in full");
                }
            }
        }
    }

    private static String path(JsonParser p) {
        StringBuilder s = new StringBuilder("$");
        for (String part :
                p.getParsingContext().pathAsPointer().toString().substring(1).split("/")) {
            s.append(
                    part.matches("\\d+")
                            ? "[" + part + "]"
                            : "." + part.replace("~1", "/").replace("~0", "~"));
        }
        return s.toString();
    }

    /** A mapping error, given the line and column of its path in the text (found again only when needed). */
    static BudgetFileException located(BudgetFileException e, ObjectMapper mapper, String text) {
        if (e.line() > 0) {
            return e;
        }
        JsonLocation at = FileLocations.of(mapper, text, e.path());
        if (at == null) {
            return e;
        }
        return new BudgetFileException(
                e.file(), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), e.path(), e.detail());
    }

    /**
     * Writes a budget file.
     *
     * @param budget the budget, not null
     * @param out where to write; not closed, not null
     * @param syntax JSON or YAML, not null
     * @throws IOException if the stream fails
     */
    public static void write(Budget budget, OutputStream out, Syntax syntax) throws IOException {
        ObjectMapper mapper = syntax == Syntax.YAML ? YAML : JSON;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        var writer = syntax == Syntax.YAML ? mapper.writer() : mapper.writer(printer);
        writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, FileMapping.toDoc(budget));
        out.write('\n');
    }

    /**
     * @param budget the budget, not null
     * @return it as JSON text, never null
     */
    public static String toJson(Budget budget) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            write(budget, out, Syntax.JSON);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON Schema of the format, never null */
    public static String schema() {
        try (InputStream in = BudgetFiles.class.getResourceAsStream("budget.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(byte[] content, String name) throws BudgetFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(content);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new BudgetFileException(
                    name,
                    line,
                    0,
                    "",
                    "the file is not UTF-8 (byte " + offset + " is 0x"
                            + String.format(Locale.ROOT, "%02X", content[offset] & 0xff)
                            + "); save it as UTF-8, as GBK and other encodings"
                            + " are not read");
        }
    }

    private static int firstBadByte(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        var out = java.nio.CharBuffer.allocate(content.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    static BudgetFileException translate(JsonProcessingException e, String name, Syntax syntax, JsonLocation current) {
        JsonLocation at = e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? current : e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        String detail;
        if (e instanceof com.fasterxml.jackson.core.exc.StreamReadException
                || e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
            Throwable cause = e instanceof com.fasterxml.jackson.core.exc.StreamReadException ? e : e.getCause();
            String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
            detail = "malformed " + syntax + ": " + firstLine(message).replaceFirst("^; ", "");
        } else if (e instanceof UnrecognizedPropertyException u) {
            detail =
                    "unknown field \"" + u.getPropertyName() + "\"; expected one of: " + names(u.getKnownPropertyIds());
            path = path.substring(0, Math.max(1, path.lastIndexOf('.')));
        } else if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            detail = "expected one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))
                    + ", found \"" + f.getValue() + "\"";
        } else if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException n) {
            // a required number written as null (@JsonSetter(nulls = FAIL)): what was expected, and that it was null
            detail = "expected " + (n.getTargetType() == null ? "a value" : expected(n.getTargetType()))
                    + ", found null";
        } else if (e instanceof MismatchedInputException m
                && e.getOriginalMessage().startsWith("Missing required")) {
            String field = e.getOriginalMessage().replaceAll("(?s).*'([^']+)'.*", "$1");
            detail = "missing required field \"" + field + "\"";
        } else if (e instanceof MismatchedInputException m
                && e.getOriginalMessage().startsWith("expected")) {
            detail = e.getOriginalMessage();
        } else if (e instanceof MismatchedInputException m
                && m.getTargetType() != null
                && e.getOriginalMessage().matches("(?s)Cannot coerce [^(]*\\(.*?\\) to .*")) {
            // a value of another type (1.5 or "two" for a count): say what was found, not how Jackson might coerce
            detail = "expected " + expected(m.getTargetType()) + ", found "
                    + e.getOriginalMessage()
                            .replaceFirst("(?s)Cannot coerce [^(]*\\((.*?)\\) to .*", "$1")
                            .replace("\"", "");
        } else if (e instanceof MismatchedInputException m
                && m.getTargetType() != null
                && e.getOriginalMessage().startsWith("Cannot construct instance of")) {
            // "Cannot construct instance of `LinkedHashMap` (although at least one Creator exists): no
            // String-argument constructor/factory method to deserialize from String value ('x')": what was found
            java.util.regex.Matcher found = java.util.regex.Pattern.compile(
                            "(?s)deserialize from (\\w+) value \\((.*)\\)$")
                    .matcher(e.getOriginalMessage());
            detail = "expected " + expected(m.getTargetType())
                    + (found.find() ? ", found " + found.group(2).replaceAll("^'|'$", "\"") : "");
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            detail = "expected " + expected(m.getTargetType()) + firstLine(e.getOriginalMessage());
        } else if (e instanceof JsonMappingException) {
            detail = firstLine(e.getOriginalMessage()).replaceFirst("^; ", "");
        } else {
            detail = "malformed " + syntax + ": "
                    + firstLine(e.getOriginalMessage()).replaceFirst("^; ", "");
        }
        return new BudgetFileException(name, line, column, path, detail);
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number";
        }
        return type.getSimpleName();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        // the parser's excerpt of the source may hold the file's line breaks ("[Source: (String)"{\n…"): taken out
        // whole before the first line is kept, or half of it would stay
        String line = org.budgetdisclosure.model.files.ParserMessages.plain(message)
                .lines()
                .findFirst()
                .orElse("");
        line = line.replaceAll("`[a-z0-9_.]+\\.([A-Za-z0-9_$]+)`", "$1").replace("FileModel$", "");
        return "; " + line;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                s.append('.').append(r.getFieldName());
            }
        }
        return s.toString();
    }

    private static String names(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
}
