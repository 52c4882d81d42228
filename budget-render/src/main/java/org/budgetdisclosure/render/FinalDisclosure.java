package org.budgetdisclosure.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.render.data.CsvRenderer;
import org.budgetdisclosure.render.data.JsonRenderer;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.TableFit;
import org.budgetdisclosure.render.docx.DocxRenderer;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.GlyphCheck;
import org.budgetdisclosure.render.html.HtmlRenderer;
import org.budgetdisclosure.render.internal.AtomicFile;
import org.budgetdisclosure.render.narrative.FinalNarrativeModel;
import org.budgetdisclosure.render.pdf.PdfRenderer;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.writer.DocumentWriter;
import org.budgetdisclosure.render.xlsx.XlsxRenderer;

/**
 * The disclosure of final accounts (部门决算公开) in a final-accounts layout, by default
 * {@value #DEFAULT_PROFILE}: the cover, the 目录, 概况, the nine 决算表, the 决算情况说明 and the 名词解释.
 *
 * <pre>{@code
 * FinalDisclosure.of(FinalAccountsFiles.read(path)).writeTo(Path.of("out"), "final", Format.PDF, Format.HTML);
 * }</pre>
 *
 * <p>The accounts are validated once, when the disclosure is made; accounts with errors are refused with a
 * {@link BudgetValidationException} listing them (warnings do not stop them). Statements and document are
 * computed once and shared by every format, as for a budget's {@link Disclosure}. Immutable and thread-safe.
 */
public final class FinalDisclosure implements Publication {

    /** The bundled layout of final accounts used unless the options name another. */
    public static final String DEFAULT_PROFILE = "shanghai-2024-final-accounts";

    /** The bundled layout of a unit's final accounts (单位决算), which the default layout names for its units. */
    public static final String DEFAULT_UNIT_PROFILE = "shanghai-2024-final-accounts-unit";

    private final RenderOptions options;
    private final FinalStatements statements;
    private final ValidationReport report;
    private final Document document;

    /** the fonts cut once for the DOCX and the HTML of this document, as a budget's {@link Disclosure} does */
    private final org.budgetdisclosure.render.fonts.FontSubsets subsets =
            new org.budgetdisclosure.render.fonts.FontSubsets();

    private FinalDisclosure(FinalAccounts accounts, RenderOptions options) {
        Objects.requireNonNull(accounts, "accounts");
        Profile profile = options.profile().isFinalAccounts() ? options.profile() : Profile.of(DEFAULT_PROFILE);
        this.options = options.withProfile(profile);
        this.report = FinalAccountsValidator.validate(accounts);
        if (report.hasErrors()) {
            throw new BudgetValidationException(report);
        }
        TextLimits.check(accounts);
        this.statements =
                FinalStatements.of(accounts, options.catalogue().orElseGet(() -> Catalogue.forYear(accounts.year())));
        LocalDate date = options.date().orElse(LocalDate.of(accounts.year() + 1, 1, 1));
        var styles = profile.amountStyles();
        Document made = profile.finalAccountsDocument(
                statements,
                options.templates(),
                FinalNarrativeModel.of(statements, styles.narrative(), profile.glossary()),
                date.toString());
        GlyphCheck.check(made, options.fonts());
        FontSet fonts = options.fonts();
        this.document = TableFit.fit(
                made,
                (text, bold, size) -> fonts.width(bold ? FontRole.STRONG : FontRole.BODY, text, size),
                profile.minimumTableFontSize());
    }

    /**
     * @param accounts the final accounts, not null
     * @return their disclosure in the default layout, never null
     * @throws BudgetValidationException listing every error if the accounts have any
     */
    public static FinalDisclosure of(FinalAccounts accounts) {
        return new FinalDisclosure(accounts, RenderOptions.defaults().withProfile(Profile.of(DEFAULT_PROFILE)));
    }

    /**
     * @param accounts the final accounts, not null
     * @param options the options; a profile that is not a final-accounts layout is replaced by the default one
     * @return their disclosure, never null
     * @throws BudgetValidationException listing every error if the accounts have any
     */
    public static FinalDisclosure of(FinalAccounts accounts, RenderOptions options) {
        return new FinalDisclosure(accounts, options);
    }

    /**
     * The documents of a department's units (单位决算), each unit's final accounts in the layout the options'
     * profile names for its units ({@code units: {profile: …}}, {@value #DEFAULT_UNIT_PROFILE} for the bundled
     * department layout), else in the options' own. The department is validated as a whole first (its errors
     * refuse every document), then each unit on its own.
     *
     * @param accounts the department's final accounts, not null
     * @param options the department's options, not null
     * @return every unit's disclosure keyed by the unit's code (or name), in the department's order; empty for
     *     accounts without units; never null
     * @throws BudgetValidationException listing the errors of the department or of the first unit that has any
     */
    public static java.util.Map<String, FinalDisclosure> units(FinalAccounts accounts, RenderOptions options) {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(options, "options");
        if (!accounts.hasUnits()) {
            return java.util.Map.of();
        }
        ValidationReport whole = FinalAccountsValidator.validate(accounts);
        if (whole.hasErrors()) {
            throw new BudgetValidationException(whole);
        }
        RenderOptions each = options.profile().units().map(options::withProfile).orElse(options);
        java.util.Map<String, FinalDisclosure> units = new java.util.LinkedHashMap<>();
        for (FinalAccounts unit : accounts.units()) {
            units.put(unit.department().code().orElse(unit.department().name()), new FinalDisclosure(unit, each));
        }
        return java.util.Collections.unmodifiableMap(units);
    }

    /** @return the validation report (warnings only), never null */
    public ValidationReport validation() {
        return report;
    }

    /** @return the statements, never null */
    public FinalStatements statements() {
        return statements;
    }

    /** @return the format-neutral document, never null */
    public Document document() {
        return document;
    }

    /**
     * @param format the format, not null
     * @param out where to write; not closed, not null
     * @throws IOException if the stream fails
     */
    public void write(Format format, OutputStream out) throws IOException {
        write(format, out, org.budgetdisclosure.render.html.FontSource.EMBEDDED);
    }

    /** As {@link Disclosure#write(Format, OutputStream, org.budgetdisclosure.render.html.FontSource)}. */
    public void write(Format format, OutputStream out, org.budgetdisclosure.render.html.FontSource fonts)
            throws IOException {
        writer(format, fonts).write(document, out);
    }

    /**
     * As {@link Disclosure#writeToSharingFonts}: all or none, the HTML linking shared fonts in {@code fonts/}.
     *
     * @param directory the directory, created if missing, not null
     * @param name the file name without extension, not null
     * @param streams wraps the stream of each document, not null
     * @param formats the formats, not null
     * @return the documents written, then the font files this call added; never null
     * @throws IOException if a file cannot be written (none is left)
     */
    public List<Path> writeToSharingFonts(
            Path directory,
            String name,
            java.util.function.BiFunction<Path, OutputStream, OutputStream> streams,
            Format... formats)
            throws IOException {
        return SharedFontFiles.write(directory, name, streams, this::write, formats);
    }

    private DocumentWriter writer(Format format, org.budgetdisclosure.render.html.FontSource fonts) {
        return switch (format) {
            // the PDF carries its tables' figures (the JSON export, byte for byte) as budgets' PDFs do: PDF/A-3b
            case PDF ->
                new PdfRenderer(
                        options.fonts(),
                        java.util.List.of(new org.budgetdisclosure.render.pdf.AssociatedFile(
                                Disclosure.FIGURES_FILE,
                                "application/json",
                                "各表数据（与 JSON 导出相同）",
                                org.budgetdisclosure.render.pdf.AssociatedFile.Relationship.DATA,
                                bytes(Format.JSON))),
                        subsets);
            case DOCX -> new DocxRenderer(options.fonts(), options.embedDocxFont(), subsets);
            case HTML -> new HtmlRenderer(options.fonts(), subsets, fonts);
            case XLSX -> new XlsxRenderer();
            case CSV -> new CsvRenderer();
            case JSON -> new JsonRenderer();
        };
    }

    /** @param format the format, not null @return the file's bytes, never null */
    public byte[] bytes(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code name.pdf}, … into a directory, each through a temporary file moved into place.
     *
     * @param directory the directory, created if missing, not null
     * @param name the file name without extension, not null
     * @param streams wraps the stream of each file, not null
     * @param formats the formats, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written
     */
    public List<Path> writeTo(
            Path directory,
            String name,
            java.util.function.BiFunction<Path, OutputStream, OutputStream> streams,
            Format... formats)
            throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (Format format : formats) {
            Path target = directory.resolve(name + "." + format.extension());
            AtomicFile.write(target, out -> {
                try (OutputStream stream = streams.apply(target, out)) {
                    write(format, stream);
                }
            });
            written.add(target);
        }
        return written;
    }

    /**
     * @param directory the directory, not null
     * @param name the file name without extension, not null
     * @param formats the formats, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written
     */
    public List<Path> writeTo(Path directory, String name, Format... formats) throws IOException {
        return writeTo(directory, name, (target, out) -> out, formats);
    }
}
