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
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.narrative.NarrativeEngine;
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
        return BundledProfiles.of(name);
    }

    /** @return the Hebei 2022 profile, the layout of the reference disclosure; never null */
    public static Profile hebei2022() {
        return of("hebei-2022");
    }

    /** @param name a name, not null @return whether a bundled profile has that name */
    public static boolean isBundled(String name) {
        return BundledProfiles.contains(name);
    }

    /** @return the bundled profiles' names, in the order of the index, never null */
    static List<String> bundledNames() {
        return BundledProfiles.names();
    }

    /** @return the bundled profiles, in the order of the index, never null */
    public static List<Profile> registered() {
        return BundledProfiles.names().stream().map(Profile::of).toList();
    }

    /**
     * Reads a profile by name or path: a bundled profile's name, else a folder (or its {@code profile.yaml}).
     *
     * @param nameOrPath a name or a path, not null
     * @return the profile, never null
     * @throws ProfileException listing every problem of a broken profile or a missing folder
     */
    public static Profile named(String nameOrPath) {
        if (BundledProfiles.contains(nameOrPath)) {
            return of(nameOrPath);
        }
        if (!Files.exists(Path.of(nameOrPath))) {
            throw refused(
                    nameOrPath,
                    "",
                    "neither a bundled " + "profile " + BundledProfiles.names() + " nor a profile folder");
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
        if (BundledProfiles.contains(named)) {
            return of(named);
        }
        if (!ProfileLoader.relative(named)) {
            throw refused(
                    named,
                    "profile",
                    "a budget file "
                            + "names a bundled profile " + BundledProfiles.names()
                            + " or a folder beside it (a relative path without "
                            + "..); use --profile for a folder elsewhere");
        }
        Path folder = budgetFolder.resolve(named);
        if (!Files.isDirectory(folder)) {
            throw refused(
                    named,
                    "profile",
                    "neither a " + "bundled profile " + BundledProfiles.names()
                            + " nor a profile folder beside the budget file");
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
        ProfileLoader.Read read = ProfileLoader.readFolder(dir, descriptor);
        return new Profile(read.spec(), Optional.of(dir), read.parent());
    }

    /** @return the bundled profile of a descriptor read by {@link BundledProfiles}, never null */
    static Profile bundled(ProfileLoader.Read read) {
        return new Profile(read.spec(), Optional.empty(), read.parent());
    }

    private static ProfileException refused(String named, String field, String message) {
        return new ProfileException(List.of(new ProfileException.Problem(named, 0, 0, field, message)));
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

    /** @return the model with {@code self}, a copy that may be added to */
    Map<String, Object> withSelf(Map<String, Object> model) {
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
        return ProfileDocuments.statementTables(this, year);
    }

    /** @return the checked descriptor, never null */
    ProfileSpec spec() {
        return spec;
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
        return ProfileDocuments.budget(this, statements, narrative, date, amounts);
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
        return ProfileDocuments.finalAccounts(this, statements, narrative, model, date);
    }

    /** A bundled profile's templates are found under its name; a folder's templates from the folder itself. */
    String templateName() {
        return folder.isPresent()
                ? spec.narrative().template()
                : spec.name() + "/" + spec.narrative().template();
    }

    /**
     * The engine that finds this profile's templates: a user's folder after the overrides; then, for a profile that
     * extends another, the bundled parent's folder (a template the child's folder lacks is the parent's).
     */
    NarrativeEngine engine(NarrativeEngine base) {
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
