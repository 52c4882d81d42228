package org.budgetdisclosure.render.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.files.InputFiles;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.narrative.NarrativeEngine;
import org.budgetdisclosure.render.narrative.NarrativeModel;
import org.budgetdisclosure.render.narrative.NarrativeTables;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.AmountStyles;

/**
 * A published layout of the disclosure (版式), written as data: a folder holding a descriptor
 * ({@code profile.yaml}, format {@code budget-profile/1}) and its narrative templates. The descriptor says which
 * tables, in which order, with which titles, heading lines, header rows and merges, columns, fixed rows and notes;
 * what the cover holds; which template writes the narrative; the glossary. A province's or a year's layout is a
 * new folder, not new code: the bundled profiles are written in exactly the format a user writes.
 *
 * <pre>{@code
 * Profile.of("hebei-2022");                 // a bundled profile
 * Profile.load(Path.of("my-layout"));       // a folder of the user's
 * Profile.registered();                     // the bundled ones
 * }</pre>
 *
 * <p>A profile is checked in full when it is loaded: a broken one is refused with a {@link ProfileException}
 * listing every problem with its file, line and field. Immutable and thread-safe.
 */
public final class Profile {

    /** The class-path folder of the bundled profiles, each a folder named after its profile. */
    public static final String BUNDLED = "/org/budgetdisclosure/render/profiles";

    /** The descriptor's file name in a profile folder. */
    public static final String DESCRIPTOR = "profile.yaml";

    /**
     * The index of the bundled profiles under {@link #BUNDLED}: one folder's name a line, in the order they are
     * listed ({@code #} starts a comment). A new province or year is a folder and a line here, no Java edit.
     */
    static final String INDEX = "index.txt";

    private static final List<String> BUNDLED_NAMES = BundledIndex.read(BUNDLED + "/" + INDEX);
    private static final Map<String, Profile> BUNDLED_PROFILES = new ConcurrentHashMap<>();

    private final ProfileSpec spec;
    private final List<TableLayout> tables;
    private final Optional<Path> folder;
    private final Optional<String> parent;
    /**
     * This profile's engines, by the engine of the options (keyed by value, see {@link NarrativeEngine#equals}) and
     * bounded, so that options made per request do not grow it.
     */
    private final org.budgetdisclosure.render.internal.BoundedCache<NarrativeEngine, NarrativeEngine> engines =
            new org.budgetdisclosure.render.internal.BoundedCache<>(ENGINES);

    /** The most engines a profile keeps. */
    static final int ENGINES = 8;

    /** @return how many engines this profile keeps now, at most {@value #ENGINES} (for tests) */
    int engines() {
        return engines.size();
    }

    private final AmountStyles amountStyles;

    private Profile(ProfileSpec spec, Optional<Path> folder, Optional<String> parent) {
        this.spec = spec;
        this.folder = folder;
        this.parent = parent;
        ProfileSpec.TableDefaults defaults =
                spec.tableDefaults() == null ? ProfileSpec.TableDefaults.none() : spec.tableDefaults();
        List<TableLayout> list = new ArrayList<>();
        for (TableSpec t : spec.tables()) {
            list.add(new TableLayout(t, defaults));
        }
        this.tables = List.copyOf(list);
        this.amountStyles = ProfileStyles.of(spec.amounts());
    }

    /**
     * @param name a bundled profile's name, such as {@code hebei-2022}, not null
     * @return the profile, never null
     * @throws ProfileException naming the bundled profiles if there is none of that name
     */
    public static Profile of(String name) {
        Objects.requireNonNull(name, "name");
        if (!BUNDLED_NAMES.contains(name)) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    name,
                    0,
                    0,
                    "",
                    "no bundled profile '" + name + "'; the bundled ones are " + BUNDLED_NAMES
                            + " (or give the path of a profile folder)")));
        }
        return BUNDLED_PROFILES.computeIfAbsent(name, Profile::bundled);
    }

    /** @return the Hebei 2022 profile, the layout of the reference disclosure; never null */
    public static Profile hebei2022() {
        return of("hebei-2022");
    }

    /** @param name a name, not null @return whether a bundled profile has that name */
    public static boolean isBundled(String name) {
        return BUNDLED_NAMES.contains(name);
    }

    /** @return the bundled profiles' names, in the order of the index, never null */
    static List<String> bundledNames() {
        return BUNDLED_NAMES;
    }

    /** @return the bundled profiles, in the order of the index, never null */
    public static List<Profile> registered() {
        return BUNDLED_NAMES.stream().map(Profile::of).toList();
    }

    /**
     * Reads a profile by name or path: a bundled profile's name, else a folder (or its {@code profile.yaml}).
     *
     * @param nameOrPath a name or a path, not null
     * @return the profile, never null
     * @throws ProfileException listing every problem of a broken profile or a missing folder
     */
    public static Profile named(String nameOrPath) {
        if (BUNDLED_NAMES.contains(nameOrPath)) {
            return of(nameOrPath);
        }
        if (!Files.exists(Path.of(nameOrPath))) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    nameOrPath,
                    0,
                    0,
                    "",
                    "neither a bundled " + "profile " + BUNDLED_NAMES + " nor a profile folder")));
        }
        return load(Path.of(nameOrPath));
    }

    /**
     * The profile a budget file names: a bundled profile's name, or a folder relative to the file's own folder,
     * never an absolute path or one leaving that folder (a budget file from elsewhere must not make the library
     * read files of its choosing).
     *
     * @param named what the file names, not null
     * @param budgetFolder the folder of the budget file, not null
     * @return the profile, never null
     * @throws ProfileException if it names no bundled profile and no folder beside the file, or a broken one
     */
    public static Profile namedByBudgetFile(String named, Path budgetFolder) {
        if (BUNDLED_NAMES.contains(named)) {
            return of(named);
        }
        if (!ProfileLoader.relative(named)) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    named,
                    0,
                    0,
                    "profile",
                    "a budget file "
                            + "names a bundled profile " + BUNDLED_NAMES
                            + " or a folder beside it (a relative path without "
                            + "..); use --profile for a folder elsewhere")));
        }
        Path folder = budgetFolder.resolve(named);
        if (!Files.isDirectory(folder)) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    named,
                    0,
                    0,
                    "profile",
                    "neither a " + "bundled profile " + BUNDLED_NAMES
                            + " nor a profile folder beside the budget file")));
        }
        return load(folder);
    }

    /**
     * Loads a user's profile folder.
     *
     * @param folder the folder holding {@code profile.yaml} and its templates (or the descriptor itself), not null
     * @return the profile, never null
     * @throws ProfileException listing every problem, each with its file, line and field
     */
    public static Profile load(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        Path dir = Files.isRegularFile(normal) ? normal.getParent() : normal;
        Path descriptor = Files.isRegularFile(normal) ? normal : normal.resolve(DESCRIPTOR);
        byte[] bytes;
        try {
            // the descriptor is read under the checks of every input file, inside its folder after following links
            bytes = InputFiles.read(
                    InputFiles.inside(dir, descriptor.getFileName().toString()),
                    ProfileLoader.MAX_BYTES,
                    "profile descriptors");
        } catch (InputFiles.RefusedFileException e) {
            throw new ProfileException(
                    List.of(new ProfileException.Problem(descriptor.toString(), 0, 0, "", e.getMessage())));
        } catch (IOException e) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    descriptor.toString(),
                    0,
                    0,
                    "",
                    "cannot read the profile descriptor (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); a profile is a folder holding " + DESCRIPTOR + " and its templates")));
        }
        ProfileLoader.Read read = ProfileLoader.read(
                bytes,
                descriptor.toString(),
                template -> ProfileLoader.relative(template) && templateInside(dir, template),
                Profile::parent,
                Optional.empty());
        return new Profile(read.spec(), Optional.of(dir), read.parent());
    }

    /**
     * Whether a template of a user's folder may be read: a regular file within the size of templates, inside the
     * folder after following links; a template that is not is refused at load as missing.
     */
    private static boolean templateInside(Path dir, String template) {
        try {
            InputFiles.check(InputFiles.inside(dir, template), 1 << 20, "templates");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Profile bundled(String name) {
        ProfileLoader.Parent self = parent(name)
                .orElseThrow(() -> new IllegalStateException(
                        "bundled profile missing from the jar: " + BUNDLED + "/" + name + "/" + DESCRIPTOR));
        ProfileLoader.Read read = ProfileLoader.read(
                self.bytes(), self.file(), self.templateExists(), Profile::parent, Optional.of(name));
        return new Profile(read.spec(), Optional.empty(), read.parent());
    }

    /** A bundled profile as a parent ({@code extends:}): its descriptor and its templates; empty for no such one. */
    private static Optional<ProfileLoader.Parent> parent(String name) {
        if (!BUNDLED_NAMES.contains(name)) {
            return Optional.empty();
        }
        String path = BUNDLED + "/" + name + "/" + DESCRIPTOR;
        try (InputStream in = Profile.class.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new ProfileLoader.Parent(
                    name,
                    in.readAllBytes(),
                    name + "/" + DESCRIPTOR,
                    template -> Profile.class.getResource(BUNDLED + "/" + name + "/" + template) != null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON Schema of profile descriptors (format {@code budget-profile/1}), never null */
    public static String schema() {
        try (InputStream in = Profile.class.getResourceAsStream("profile.schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the profile's name, such as {@code hebei-2022}, never null */
    public String name() {
        return spec.name();
    }

    /** @return one line saying which layout this is, never null */
    public String description() {
        return spec.description() == null ? "" : spec.description();
    }

    /**
     * @return whether this layout publishes final accounts (部门决算, {@code family: final-accounts}) rather than a
     *     budget
     */
    public boolean isFinalAccounts() {
        return spec.finalAccounts();
    }

    /** @return the folder of a user's profile; empty for a bundled one */
    public Optional<Path> folder() {
        return folder;
    }

    /**
     * @return the name of the bundled profile this one extends ({@code extends:}), whose fields it inherits and
     *     whose templates it uses where its own folder has none; empty when it extends none
     */
    public Optional<String> parent() {
        return parent;
    }

    /**
     * The layout of a department's units' documents (单位预算) that this department layout names
     * ({@code units: {profile: NAME}}), which {@link org.budgetdisclosure.render.Disclosure#units} uses.
     *
     * @return the bundled unit profile; empty when the profile names none, or names itself (the unit layout,
     *     which extends the department layout and so inherits its {@code units}: a unit has no units of its own)
     */
    public Optional<Profile> units() {
        return Optional.ofNullable(spec.units())
                .filter(u -> !u.profile().equals(name()))
                .map(u -> of(u.profile()));
    }

    /**
     * @return how the document names the body it speaks for ({@code narrative.self}): 本部门 in a department's
     *     document, 本单位 in a unit's; 本部门 where the profile does not say, never null
     */
    public String self() {
        String self = spec.narrative().self();
        return self == null || self.isBlank() ? "本部门" : self;
    }

    /**
     * @return what the titles and texts call the body the document speaks for ({@code narrative.body},
     *     {@code {body}} in the profile's texts, {@code ${body}} in templates): 部门 in a department's document,
     *     预算单位 in a Shanghai unit's budget; where the profile does not say, {@code narrative.self} without its 本
     *     (部门 for 本部门, 单位 for 本单位), never null
     */
    public String body() {
        String body = spec.narrative().body();
        if (body != null && !body.isBlank()) {
            return body;
        }
        String self = self();
        return self.startsWith("本") && self.length() > 1 ? self.substring(1) : self;
    }

    private Map<String, Object> withSelf(Map<String, Object> model) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(model);
        m.put("self", self());
        return m;
    }

    /** @return the glossary (名词解释) printed when a budget states none, never null */
    public List<GlossaryEntry> glossary() {
        return ProfileSpec.orEmpty(spec.narrative().glossary()).stream()
                .map(t -> new GlossaryEntry(t.term(), t.definition()))
                .toList();
    }

    /**
     * The optional facts this layout prints, which a budget must state ({@code requires:} in the descriptor):
     * {@link #requirements()} reports each one missing as an error naming the profile and the fact's field.
     *
     * @return the facts, in the descriptor's order, never null
     */
    public List<org.budgetdisclosure.model.facts.StatedFact> requires() {
        return ProfileSpec.orEmpty(spec.requires()).stream()
                .map(k -> org.budgetdisclosure.model.facts.StatedFact.ofKey(k).orElseThrow())
                .distinct()
                .toList();
    }

    /** @return the validation rule that the budget states every fact of {@link #requires()}, never null */
    public org.budgetdisclosure.model.validation.Rule requirements() {
        return new org.budgetdisclosure.model.validation.RequiredFacts(name(), requires());
    }

    /**
     * Whether the layout publishes 因公出国（境）费 as its two items (教学科研人员 and 其他, as Hebei does) rather than
     * as one (Shanghai): a fill-in workbook for the layout offers the items it publishes.
     *
     * @return whether a table of the layout names the item 教学科研人员因公出国（境）费
     */
    public boolean splitsOverseasTravel() {
        String item = org.budgetdisclosure.model.facts.ThreePublicItem.OVERSEAS_TEACHING_RESEARCH.name();
        return tables.stream()
                .map(TableLayout::spec)
                .anyMatch(t -> t instanceof TableSpec.ThreePublic p
                                && ProfileSpec.orEmpty(p.rows()).stream()
                                        .anyMatch(r -> r.line().name().equals(item))
                        || t instanceof TableSpec.ThreePublicRow r
                                && ProfileSpec.orEmpty(r.columns()).contains(item));
    }

    /**
     * The title each statement's table has in this layout, so that a finding located at a statement's cell
     * ({@code table 6 …}, the statements' own numbering) can name the table as the layout prints it: Shanghai's
     * 8th table, 2025年部门一般公共预算基本支出部门预算经济分类预算表, is the statements' table 6.
     *
     * @param year the budget year, put in the titles' {@code {year}}
     * @return the statement's number (1 to 9) to the table's place in the layout (1-based) and its title, for the
     *     statements the layout prints; never null
     */
    public Map<Integer, Map.Entry<Integer, String>> statementTables(int year) {
        Map<Integer, Map.Entry<Integer, String>> titles = new java.util.TreeMap<>();
        int summaries = 0;
        for (int i = 0; i < tables.size(); i++) {
            TableLayout t = tables.get(i);
            org.budgetdisclosure.model.statements.StatementId id;
            if (t.spec() instanceof TableSpec.Hierarchy h) {
                id = h.statement().id();
            } else if (t.spec() instanceof TableSpec.ThreePublic || t.spec() instanceof TableSpec.ThreePublicRow) {
                id = org.budgetdisclosure.model.statements.StatementId.THREE_PUBLIC;
            } else if (t.spec() instanceof TableSpec.Summary) {
                // the budget's summary first, the fiscal summary second, in every layout
                id = summaries++ == 0
                        ? org.budgetdisclosure.model.statements.StatementId.BUDGET_SUMMARY
                        : org.budgetdisclosure.model.statements.StatementId.FISCAL_SUMMARY;
            } else {
                continue;
            }
            titles.putIfAbsent(
                    id.number(),
                    Map.entry(
                            i + 1,
                            t.title()
                                    .replace("{year}", String.valueOf(year))
                                    .replace("{self}", self())
                                    .replace("{body}", body())));
        }
        return titles;
    }

    /** @return the tables with the profile's defaults, in order, never null */
    List<TableLayout> tableLayouts() {
        return tables;
    }

    /** @return the tables' titles (patterns, such as 部门预算收支总表), in order, never null */
    public List<String> tableTitles() {
        return tables.stream().map(TableLayout::title).toList();
    }

    /**
     * How the profile prints amounts: the tables' style (each table may override it) and the narrative's.
     *
     * @return the styles, never null
     */
    public AmountStyles amountStyles() {
        return amountStyles;
    }

    /**
     * The smallest size table cells may shrink to so that a table's widest figures fit the page on one line; a
     * table that does not fit even at this size is refused.
     *
     * @return the point size, 7 unless the profile says otherwise
     */
    public float minimumTableFontSize() {
        return spec.minimumTableFontSize() == null
                ? 7f
                : spec.minimumTableFontSize().floatValue();
    }

    /**
     * Assembles the document of a budget in the profile's own amount styles.
     *
     * @param statements the statements, not null
     * @param narrative the template engine for the narrative (the user's overrides), not null
     * @param date the document date for the metadata, ISO yyyy-MM-dd, not null
     * @return the document, never null
     */
    public Document document(Statements statements, NarrativeEngine narrative, String date) {
        return document(statements, narrative, date, amountStyles);
    }

    /**
     * Assembles the document of a budget: the cover, the contents, then the narrative with the tables where its
     * template calls {@code <@tables/>} (before it where it does not).
     *
     * @param statements the statements, not null
     * @param narrative the template engine for the narrative (the user's overrides), not null
     * @param date the document date for the metadata, ISO yyyy-MM-dd, not null
     * @param amounts how the tables and the narrative print amounts (a table's own style still applies), not null
     * @return the document, never null
     */
    public Document document(Statements statements, NarrativeEngine narrative, String date, AmountStyles amounts) {
        Budget budget = statements.budget();
        Patterns patterns = new Patterns(budget, amounts.tables().unitWord(), date).naming(self(), body());
        String title = patterns.expand(spec.document().title());
        List<Section> sections = new ArrayList<>();
        ProfileSpec.CoverSpec cover = spec.document().cover();
        if (cover != null) {
            sections.add(new Section(
                    false,
                    List.of(new Cover(
                            ProfileSpec.orEmpty(cover.title()).stream()
                                    .map(patterns::expand)
                                    .toList(),
                            ProfileSpec.orEmpty(cover.foot()).stream()
                                    .map(patterns::expand)
                                    .toList()))));
        }
        ProfileSpec.ContentsSpec contents = spec.document().contents();
        if (contents != null) {
            sections.add(new Section(
                    false,
                    List.of(new Contents(
                            contents.title() == null ? "目录" : patterns.expand(contents.title()),
                            contents.levels() == null ? 2 : contents.levels()))));
        }
        ProfileTables layout = new ProfileTables(statements);
        List<Section> tableSections = new ArrayList<>();
        for (TableLayout table : tables) {
            AmountStyle style = table.spec().amounts() == null || amounts != amountStyles
                    ? amounts.tables()
                    : ProfileStyles.style(table.spec().amounts(), amounts.tables());
            tableSections.add(new Section(
                    table.landscape(),
                    List.of(layout.table(
                            table, style, new Patterns(budget, style.unitWord(), date).naming(self(), body())))));
        }
        List<String> heading = tables.isEmpty() ? List.of() : tables.get(0).heading();
        String departmentLine = heading.isEmpty() ? budget.department().name() : patterns.expand(heading.get(0));
        Map<String, Table> narrativeTables = NarrativeTables.of(statements, departmentLine, amounts.tables());
        // the tables stand where the template calls <@tables/>; without it, before the narrative
        sections.addAll(engine(narrative)
                .render(
                        templateName(),
                        withSelf(NarrativeModel.of(statements, amounts.narrative(), glossary())),
                        narrativeTables,
                        tableSections));
        String subject = spec.document().subject() == null
                ? title
                : patterns.expand(spec.document().subject());
        return new Document(title, subject, budget.department().name(), "zh-CN", date, sections, pageFlow());
    }

    /**
     * Assembles the document of final accounts (部门决算) in a final-accounts layout: the cover, the contents, then
     * the narrative with the tables where its template calls {@code <@tables/>}.
     *
     * @param statements the statements of the final accounts, not null
     * @param narrative the template engine for the narrative, not null
     * @param model the narrative's data ({@link org.budgetdisclosure.render.narrative.FinalNarrativeModel}), not null
     * @param date the document date for the metadata, ISO yyyy-MM-dd, not null
     * @return the document, never null
     * @throws IllegalStateException if this is not a final-accounts layout
     */
    public Document finalAccountsDocument(
            org.budgetdisclosure.model.finalaccounts.statements.FinalStatements statements,
            NarrativeEngine narrative,
            Map<String, Object> model,
            String date) {
        if (!isFinalAccounts()) {
            throw new IllegalStateException("the profile " + name() + " lays out a budget, not final accounts");
        }
        var accounts = statements.accounts();
        Patterns patterns = new Patterns(
                        accounts.department(),
                        accounts.year(),
                        amountStyles.tables().unitWord(),
                        date)
                .naming(self(), body());
        String title = patterns.expand(spec.document().title());
        List<Section> sections = new ArrayList<>();
        ProfileSpec.CoverSpec cover = spec.document().cover();
        if (cover != null) {
            sections.add(new Section(
                    false,
                    List.of(new Cover(
                            ProfileSpec.orEmpty(cover.title()).stream()
                                    .map(patterns::expand)
                                    .toList(),
                            ProfileSpec.orEmpty(cover.foot()).stream()
                                    .map(patterns::expand)
                                    .toList()))));
        }
        ProfileSpec.ContentsSpec contents = spec.document().contents();
        if (contents != null) {
            sections.add(new Section(
                    false,
                    List.of(new Contents(
                            contents.title() == null ? "目录" : patterns.expand(contents.title()),
                            contents.levels() == null ? 2 : contents.levels()))));
        }
        FinalTables layout = new FinalTables(statements);
        List<Section> tableSections = new ArrayList<>();
        for (TableLayout table : tables) {
            AmountStyle style = table.spec().amounts() == null
                    ? amountStyles.tables()
                    : ProfileStyles.style(table.spec().amounts(), amountStyles.tables());
            tableSections.add(new Section(
                    table.landscape(),
                    List.of(layout.table(
                            table,
                            style,
                            new Patterns(accounts.department(), accounts.year(), style.unitWord(), date)
                                    .naming(self(), body())))));
        }
        Map<String, Object> withBody = withSelf(model);
        withBody.put("body", body());
        sections.addAll(engine(narrative)
                .render(
                        templateName(),
                        withBody,
                        Map.of("composition", FinalTables.composition(statements)),
                        tableSections));
        String subject = spec.document().subject() == null
                ? title
                : patterns.expand(spec.document().subject());
        return new Document(title, subject, accounts.department().name(), "zh-CN", date, sections, pageFlow());
    }

    /** @return how tables break across pages, the defaults of {@link PageFlow} where the profile says nothing */
    private PageFlow pageFlow() {
        ProfileSpec.PageFlowSpec flow = spec.document().pageFlow();
        if (flow == null) {
            return PageFlow.DEFAULT;
        }
        PageFlow d = PageFlow.DEFAULT;
        return new PageFlow(
                flow.minRowsPerFragment() == null ? d.minRowsPerFragment() : flow.minRowsPerFragment(),
                flow.smallestCellFontSize() == null
                        ? d.smallestCellFontSize()
                        : flow.smallestCellFontSize().floatValue(),
                flow.smallestRowHeight() == null
                        ? d.smallestRowHeight()
                        : flow.smallestRowHeight().floatValue());
    }

    /** A bundled profile's templates are found under its name; a folder's templates from the folder itself. */
    private String templateName() {
        return folder.isPresent()
                ? spec.narrative().template()
                : spec.name() + "/" + spec.narrative().template();
    }

    /**
     * The engine that finds this profile's templates: a user's folder after the overrides; then, for a profile that
     * extends another, the bundled parent's folder (a template the child's folder lacks is the parent's).
     */
    private NarrativeEngine engine(NarrativeEngine base) {
        if (folder.isEmpty() && parent.isEmpty()) {
            return base;
        }
        return engines.get(base, b -> {
            NarrativeEngine own = folder.map(b::withProfileFolder).orElse(b);
            return parent.map(p -> own.withParentProfile(folder.isPresent() ? "" : name(), p))
                    .orElse(own);
        });
    }

    @Override
    public String toString() {
        return name() + folder.map(f -> " (" + f + ")").orElse("");
    }
}
