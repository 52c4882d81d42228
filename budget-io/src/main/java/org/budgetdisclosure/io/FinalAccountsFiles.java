package org.budgetdisclosure.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.io.FinalAccountsModel.FinalAccountsDoc;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;

/**
 * Reads final-accounts files (部门决算): JSON, or YAML for files named {@code .yaml} / {@code .yml}, in the format
 * {@value FinalAccountsModel#FORMAT} described by the JSON Schema {@link #schema()}. As for budget files, reading
 * never goes through {@code double}, and every problem is a {@link BudgetFileException} naming the file, the line
 * and column and the field. {@link #isFinalAccounts(Path)} tells a final-accounts file from a budget file by its
 * {@code format}, so that both kinds can lie in one folder. Thread-safe.
 */
public final class FinalAccountsFiles {

    /** The format identifier of final-accounts files. */
    public static final String FORMAT = FinalAccountsModel.FORMAT;

    /** The readers of other formats (the final-accounts workbook), found by the service loader. */
    private static final java.util.List<FinalAccountsFileReader> READERS =
            java.util.ServiceLoader.load(FinalAccountsFileReader.class, FinalAccountsFiles.class.getClassLoader())
                    .stream()
                    .map(java.util.ServiceLoader.Provider::get)
                    .toList();

    private FinalAccountsFiles() {}

    /** Why a final-accounts file is not read as a budget (by render, template): part 2 brings its layout. */
    static final String NOT_A_BUDGET = "this is a final-accounts file (部门决算, format " + FinalAccountsModel.FORMAT
            + "), not a budget: `budget validate` and `budget batch` check it and `budget render` publishes it "
            + "in a final-accounts layout (shanghai-2024-final-accounts)";

    /** @return whether the text's top-level format is the final-accounts format (false for anything unreadable) */
    static boolean declaresFormat(ObjectMapper mapper, String text) {
        try (JsonParser p = mapper.createParser(text)) {
            return declaresFormat(p);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean declaresFormat(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("format".equals(field)) {
                return value == JsonToken.VALUE_STRING && FORMAT.equals(p.getText());
            }
            p.skipChildren();
        }
        return false;
    }

    /**
     * Whether a file is a final-accounts file: a JSON or YAML file whose top-level {@code format} is
     * {@value FinalAccountsModel#FORMAT}, or a final-accounts workbook (决算填报工作簿). Anything else (a budget, a
     * budget's workbook, a file that cannot be read or parsed) is not; its reader reports its problems.
     *
     * @param file a file, not null
     * @return whether it is a final-accounts file
     */
    public static boolean isFinalAccounts(Path file) {
        if (READERS.stream().anyMatch(r -> r.reads(file))) {
            return true;
        }
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"))
                || !Files.isRegularFile(file)) {
            return false;
        }
        ObjectMapper mapper = Syntax.of(file) == Syntax.YAML ? BudgetFiles.YAML : BudgetFiles.JSON;
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = mapper.createParser(in)) {
            return declaresFormat(p);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads a final-accounts file.
     *
     * @param file the file, not null
     * @return the final accounts, never null
     * @throws BudgetFileException if the file cannot be read as final accounts, saying where and why
     */
    public static FinalAccounts read(Path file) throws BudgetFileException {
        for (FinalAccountsFileReader reader : READERS) {
            if (reader.reads(file)) {
                return reader.read(file);
            }
        }
        // the checks every input goes through (a regular file, bounded), as for budget files
        return read(BudgetFiles.readInput(file), file.toString(), Syntax.of(file));
    }

    /**
     * Reads final accounts from the bytes of a file.
     *
     * @param content the file's bytes, UTF-8, not null
     * @param name the file's name for messages, not null
     * @param syntax JSON or YAML, not null
     * @return the final accounts, never null
     * @throws BudgetFileException if the content cannot be read as final accounts, saying where and why
     */
    public static FinalAccounts read(byte[] content, String name, Syntax syntax) throws BudgetFileException {
        if (content.length > BudgetFiles.MAX_SIZE) {
            throw new BudgetFileException(
                    name,
                    0,
                    0,
                    "",
                    "the file has more than " + BudgetFiles.MAX_SIZE + " bytes; final-accounts files are limited to "
                            + BudgetFiles.MAX_SIZE + " bytes");
        }
        String text = BudgetFiles.utf8(content, name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BudgetFileException(
                    name,
                    0,
                    0,
                    "",
                    "the file is empty; expected final accounts in the format " + FORMAT
                            + " (see `budget schema --final-accounts`)");
        }
        ObjectMapper mapper = syntax == Syntax.YAML ? BudgetFiles.YAML : BudgetFiles.JSON;
        FinalAccountsDoc doc;
        JsonParser parser = null;
        try {
            if (syntax == Syntax.YAML) {
                BudgetFiles.refuseAliases(text, name);
            }
            parser = mapper.createParser(text);
            doc = mapper.readValue(parser, FinalAccountsDoc.class);
        } catch (JsonProcessingException e) {
            throw BudgetFiles.translate(e, name, syntax, parser == null ? null : parser.currentLocation());
        } catch (IOException e) {
            throw new BudgetFileException(name, 0, 0, "", "cannot read the file: " + e.getMessage());
        } catch (BudgetFileException e) {
            throw e;
        } catch (RuntimeException e) {
            JsonLocation at = parser == null ? null : parser.currentLocation();
            throw new BudgetFileException(
                    name,
                    at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()),
                    "",
                    "malformed " + syntax + ": "
                            + BudgetFiles.firstLine(e.getMessage()).replaceFirst("^; ", ""));
        }
        if (doc == null) {
            throw new BudgetFileException(name, 1, 1, "", "expected a final-accounts object, found null");
        }
        try {
            return new FinalAccountsMapping(name).toAccounts(doc);
        } catch (BudgetFileException e) {
            throw BudgetFiles.located(e, mapper, text);
        } catch (org.budgetdisclosure.model.errors.FactException | IllegalArgumentException e) {
            // a value the facts reject that the mapping did not place more precisely (anything else is a bug)
            throw BudgetFiles.located(new BudgetFileException(name, 0, 0, "$", e.getMessage()), mapper, text);
        }
    }

    /** @return the JSON Schema of the final-accounts format, never null */
    public static String schema() {
        try (InputStream in = FinalAccountsFiles.class.getResourceAsStream("final-accounts.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
