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
import java.util.function.BiFunction;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.data.CsvRenderer;
import org.budgetdisclosure.render.data.JsonRenderer;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.TableFit;
import org.budgetdisclosure.render.docx.DocxRenderer;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.budgetdisclosure.render.fonts.GlyphCheck;
import org.budgetdisclosure.render.html.HtmlRenderer;
import org.budgetdisclosure.render.internal.AtomicFile;
import org.budgetdisclosure.render.pdf.PdfRenderer;
import org.budgetdisclosure.render.writer.DocumentWriter;
import org.budgetdisclosure.render.xlsx.XlsxRenderer;

/**
 * The disclosure of one budget (部门预算公开): the entry point from facts built in Java ({@link Disclosures#read}
 * is the one from a file, in the layout the file names).
 *
 * <pre>{@code
 * Disclosure.of(budget).write(Format.PDF, outputStream);
 * Disclosure.of(budget, RenderOptions.defaults().withDate(LocalDate.of(2022, 2, 10)))
 *         .writeTo(Path.of("out"), "304", Format.PDF, Format.DOCX, Format.HTML);
 * }</pre>
 *
 * <p>The budget is validated once, when the disclosure is made; a budget whose validation has errors is refused
 * with a {@link BudgetValidationException} that lists them (warnings do not stop it). The statements and the
 * document are computed once and shared by every format. Immutable and thread-safe.
 */
public final class Disclosure implements Publication {

    private static final DocumentWriter XLSX = new XlsxRenderer();
    private static final DocumentWriter CSV = new CsvRenderer();
    private static final DocumentWriter JSON = new JsonRenderer();

    private final RenderOptions options;
    private final Statements statements;
    private final ValidationReport report;
    private final Document document;
    /** the fonts cut once for the DOCX and the HTML of this document */
    private final FontSubsets subsets = new FontSubsets();
    /** Whether the PDF carries the figures of its tables (PDF/A-3b) or not (PDF/A-2b). */
    private final boolean figuresEmbedded;
    /** The budget file the PDF carries, if any (AFRelationship Source). */
    private final java.util.Optional<org.budgetdisclosure.render.pdf.AssociatedFile> source;

    private Disclosure(
            Disclosure from,
            boolean figuresEmbedded,
            java.util.Optional<org.budgetdisclosure.render.pdf.AssociatedFile> source) {
        this.options = from.options;
        this.statements = from.statements;
        this.report = from.report;
        this.document = from.document;
        this.figuresEmbedded = figuresEmbedded;
        this.source = source;
    }

    private Disclosure(Budget budget, RenderOptions options) {
        this.figuresEmbedded = true;
        this.source = java.util.Optional.empty();
        this.options = Objects.requireNonNull(options, "options");
        Objects.requireNonNull(budget, "budget");
        if (options.profile().isFinalAccounts()) {
            throw new IllegalArgumentException(
                    "the profile " + options.profile().name() + " lays out final accounts "
                            + "(部门决算), not a budget: render final accounts with FinalDisclosure, a budget with a budget layout");
        }
        this.statements = Statements.of(budget, options.catalogue().orElseGet(() -> Catalogue.forYear(budget.year())));
        // the facts the layout prints must be stated (absent is not zero): profile.requires
        this.report =
                Validator.standard().withRule(options.profile().requirements()).check(statements);
        if (report.hasErrors()) {
            throw new BudgetValidationException(report);
        }
        checkLimits(statements);
        LocalDate date = options.date().orElse(LocalDate.of(budget.year(), 1, 1));
        Document made = options.profile()
                .document(statements, options.templates(), date.toString(), options.effectiveAmountStyles());
        GlyphCheck.check(made, options.fonts());
        FontSet fonts = options.fonts();
        this.document = TableFit.fit(
                made,
                (text, bold, size) -> fonts.width(bold ? FontRole.STRONG : FontRole.BODY, text, size),
                options.profile().minimumTableFontSize());
    }

    /**
     * The most rows a table may have: a department's tables run to hundreds of rows; ten thousand is far beyond
     * any real one and still renders within a small heap.
     */
    public static final int MAX_TABLE_ROWS = 10_000;

    /** The most characters of text of a budget: every text field counts (prose, names, glossary, table cells). */
    public static final int MAX_TEXT_CHARACTERS = 2_000_000;

    /** The most characters of one paragraph (a duty, a goal, a glossary definition, a stated reason…). */
    public static final int MAX_PARAGRAPH_CHARACTERS = 200_000;

    /** The most characters of one name or table cell (the department's name, an institution, an indicator…). */
    public static final int MAX_NAME_CHARACTERS = 20_000;

    private static void checkLimits(Statements s) {
        int[] rows = {
            s.revenue().rows().size(),
            s.expenditure().rows().size(),
            s.generalPublicExpenditure().rows().size(),
            s.generalPublicBasicExpenditure().rows().size(),
            s.governmentFundExpenditure().rows().size(),
            s.stateCapitalExpenditure().rows().size()
        };
        for (int r : rows) {
            if (r > MAX_TABLE_ROWS) {
                throw new RenderLimitException("the budget's tables would have " + r + " rows; a disclosure is "
                        + "limited to " + MAX_TABLE_ROWS + " rows a table (check the functional codes of the lines)");
            }
        }
        TextLimits.check(s.budget());
    }

    /**
     * @param budget the budget, not null
     * @return its disclosure with the default options, never null
     * @throws BudgetValidationException listing every error if the budget has any
     * @throws org.budgetdisclosure.render.fonts.MissingGlyphException naming a character no font has
     * @throws RenderLimitException if the budget is too large to publish
     */
    public static Disclosure of(Budget budget) {
        return new Disclosure(budget, RenderOptions.defaults());
    }

    /**
     * @param budget the budget, not null
     * @param options the options, not null
     * @return its disclosure, never null
     * @throws BudgetValidationException listing every error if the budget has any
     * @throws org.budgetdisclosure.render.fonts.MissingGlyphException naming a character no font has
     * @throws org.budgetdisclosure.render.document.TableTooWideException if a table's figures cannot fit their
     *     page on one line each even at the profile's smallest cell size
     */
    public static Disclosure of(Budget budget, RenderOptions options) {
        return new Disclosure(budget, options);
    }

    /**
     * The documents of a department's units (单位预算), each rendered as a budget of its own with the options' profile
     * (a unit layout, such as Shanghai's 单位预算), or with the unit layout that profile names
     * ({@link org.budgetdisclosure.render.profile.Profile#units()}, {@code units: {profile: shanghai-unit}} in
     * {@code shanghai-2025-department}). The department's budget is validated first, as a whole (every unit and the
     * consolidation, findings located at {@code units[i]}): one error anywhere refuses them all.
     *
     * @param budget the department's budget, not null
     * @param options the options of every unit's document, its profile a unit layout or a department layout that
     *     names one, not null
     * @return every unit's disclosure in the order the budget lists them, keyed by the unit's code (its name where
     *     it has none; validation makes the keys unique); empty for a budget without units; never null
     * @throws BudgetValidationException listing every error of the department or its units if there is any
     * @throws RenderLimitException if a unit is too large to publish
     */
    public static java.util.Map<String, Disclosure> units(Budget budget, RenderOptions options) {
        return UnitDisclosures.of(budget, options);
    }

    /**
     * As {@link #units(Budget, RenderOptions)} with the default options and a profile.
     *
     * @param budget the department's budget, not null
     * @param profile the units' layout, not null
     * @return every unit's disclosure, keyed by the unit's code (or name); never null
     * @throws BudgetValidationException listing every error of the department or its units if there is any
     */
    public static java.util.Map<String, Disclosure> units(
            Budget budget, org.budgetdisclosure.render.profile.Profile profile) {
        return units(budget, RenderOptions.defaults().withProfile(profile));
    }

    /** @return the validation report (warnings only, since errors refuse the budget), never null */
    public ValidationReport validation() {
        return report;
    }

    /** @return the statements, never null */
    public Statements statements() {
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

    /**
     * As {@link #write(Format, OutputStream)}, the HTML's fonts embedded or linked as {@code fonts} says (the
     * other formats are not affected).
     *
     * @param format the format, not null
     * @param out where to write; not closed, not null
     * @param fonts where the HTML's fonts come from, not null
     * @throws IOException if the stream fails
     */
    public void write(Format format, OutputStream out, org.budgetdisclosure.render.html.FontSource fonts)
            throws IOException {
        writer(format, fonts).write(document, out);
    }

    /**
     * Writes {@code name.pdf}, … into a directory all or none, the HTML linking shared font files in
     * {@code directory/fonts/} (written once per folder, named after their content) instead of embedding them:
     * see {@link SharedFontFiles}. Smaller HTML files for a web server; opened from a disk, the HTML needs its
     * {@code fonts} folder beside it.
     *
     * @param directory the directory, created if missing, not null
     * @param name the file name without extension, not null
     * @param streams wraps the stream of each document, not null
     * @param formats the formats, not null
     * @return the documents written, then the font files this call added to the folder; never null
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
            case PDF -> new PdfRenderer(options.fonts(), associatedFiles(), subsets);
            case DOCX -> new DocxRenderer(options.fonts(), options.embedDocxFont(), subsets);
            case HTML -> new HtmlRenderer(options.fonts(), subsets, fonts);
            case XLSX -> XLSX;
            case CSV -> CSV;
            case JSON -> JSON;
        };
    }

    /** The name of the figures a PDF carries. */
    public static final String FIGURES_FILE = "figures.json";

    /**
     * The PDF carries the figures of its tables (the {@link Format#JSON} export, byte for byte, as a PDF/A-3
     * associated file {@value #FIGURES_FILE}, AFRelationship Data) by default, and is then PDF/A-3b; without them
     * it is PDF/A-2b.
     *
     * @param embedded whether the PDF carries its figures
     * @return this disclosure with that choice, never null
     */
    public Disclosure withFiguresEmbedded(boolean embedded) {
        return new Disclosure(this, embedded, source);
    }

    /**
     * The PDF also carries the budget file it was made from (AFRelationship Source), so that a reader can
     * re-validate and re-render it ({@code budget verify}).
     *
     * @param fileName the file's name, such as {@code budget.json}, not blank
     * @param bytes the file's content, not null
     * @return this disclosure carrying that source, never null
     */
    public Disclosure withSourceEmbedded(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        String type = lower.endsWith(".json")
                ? "application/json"
                : lower.endsWith(".yaml") || lower.endsWith(".yml")
                        ? "application/yaml"
                        : lower.endsWith(".xlsx")
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "application/octet-stream";
        return new Disclosure(
                this,
                figuresEmbedded,
                java.util.Optional.of(new org.budgetdisclosure.render.pdf.AssociatedFile(
                        fileName,
                        type,
                        "预算文件（本文件据以生成）",
                        org.budgetdisclosure.render.pdf.AssociatedFile.Relationship.SOURCE,
                        bytes)));
    }

    private List<org.budgetdisclosure.render.pdf.AssociatedFile> associatedFiles() {
        List<org.budgetdisclosure.render.pdf.AssociatedFile> files = new java.util.ArrayList<>();
        if (figuresEmbedded) {
            files.add(new org.budgetdisclosure.render.pdf.AssociatedFile(
                    FIGURES_FILE,
                    "application/json",
                    "各表数据（与 JSON 导出相同）",
                    org.budgetdisclosure.render.pdf.AssociatedFile.Relationship.DATA,
                    bytes(Format.JSON)));
        }
        source.ifPresent(files::add);
        return files;
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
     * Writes files {@code name.pdf}, {@code name.docx}, {@code name.html} into a directory; each is written to a
     * temporary file first and moved into place, so no half-written file is ever left behind.
     *
     * @param directory the directory, created if missing, not null
     * @param name the file name without extension, not null
     * @param formats the formats, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written (none of that format is left)
     */
    public List<Path> writeTo(Path directory, String name, Format... formats) throws IOException {
        return writeTo(directory, name, (target, out) -> out, formats);
    }

    /**
     * As {@link #writeTo(Path, String, Format...)}, writing each file through a stream made by {@code streams} from
     * the target's path and the temporary file's stream (to count bytes, or to inject faults in tests). Whatever
     * the writer or the stream throws, the temporary file is removed.
     *
     * @param directory the directory, created if missing, not null
     * @param name the file name without extension, not null
     * @param streams wraps the stream of each file, not null
     * @param formats the formats, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written (none of that format is left)
     */
    public List<Path> writeTo(
            Path directory, String name, BiFunction<Path, OutputStream, OutputStream> streams, Format... formats)
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
}
