package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.FundExpenditureColumn;
import org.budgetdisclosure.model.statements.RevenueColumn;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;
import org.budgetdisclosure.render.profile.ProfileSpec.LineRow;
import org.budgetdisclosure.render.profile.ProfileSpec.TableSpec;

/**
 * Reads a profile descriptor and checks all of it before anything is rendered: every problem is reported at once,
 * each with the file, line and field, so that a broken profile is refused up front, never at page 17.
 */
final class ProfileLoader {

    /** The most bytes a descriptor may have: a real one has a few kilobytes. */
    static final int MAX_BYTES = 1 << 20;

    /** Bounds of spans, widths and levels, far beyond any real table. */
    static final int MAX_SPAN = 100;
    static final int MAX_WIDTH = 1000;
    static final int MAX_LEVEL = 10;

    private static final ObjectMapper YAML = yaml();

    private static ObjectMapper yaml() {
        ObjectMapper m = com.fasterxml.jackson.databind.json.JsonMapper.builder(YAMLFactory.builder()
                        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .disable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        return m;
    }

    /** The columns each hierarchy statement has, by the name a descriptor uses. */
    private static final Map<String, Set<String>> HIERARCHY_COLUMNS = Map.of(
            "revenue", names(RevenueColumn.values()),
            "expenditure", names(ExpenditureColumn.values()),
            "general-public", names(FundExpenditureColumn.values()),
            "general-public-basic", names(BasicColumn.values()),
            "government-fund", names(FundExpenditureColumn.values()),
            "state-capital", names(FundExpenditureColumn.values()));

    private static final Set<String> FUND_COLUMNS = names(FundColumn.values());
    private static final Set<String> LINES = names(ThreePublicLine.values());
    private static final Set<String> LAYOUTS = Set.of("hierarchy", "summary", "three-public",
            "three-public-row");

    private final String file;
    private final Map<String, JsonLocation> locations = new HashMap<>();
    /** The file each located path stands in, where it is not {@link #file} (a value a child inherits). */
    private final Map<String, String> origins = new HashMap<>();
    private final List<ProfileException.Problem> problems = new ArrayList<>();

    private ProfileLoader(String file) {
        this.file = file;
    }

    /**
     * @param bytes the descriptor's bytes (YAML or JSON)
     * @param file the file's name in messages
     * @param templateExists whether a template of this name exists beside the descriptor
     * @return the checked descriptor, never null
     * @throws ProfileException listing every problem
     */
    static ProfileSpec read(byte[] bytes, String file, Predicate<String> templateExists) {
        return read(bytes, file, templateExists, name -> Optional.empty(), Optional.empty()).spec();
    }

    /**
     * A bundled profile that a descriptor extends ({@code extends: NAME}).
     *
     * @param name its name, such as {@code hebei-2022}
     * @param bytes its descriptor's bytes
     * @param file its descriptor's name in messages
     * @param templateExists whether a template of this name exists in its folder
     */
    record Parent(String name, byte[] bytes, String file, Predicate<String> templateExists) {
    }

    /**
     * A checked descriptor and the bundled profile it extends.
     *
     * @param spec the descriptor, the parent's merged with the child's own fields where it extends one
     * @param parent the name of the bundled profile it extends; empty when it extends none
     */
    record Read(ProfileSpec spec, Optional<String> parent) {
    }

    /**
     * Reads a descriptor that may extend a bundled profile ({@code extends: NAME}, one level only): the parent's
     * descriptor with the child's fields over it, {@code name} and {@code description} never inherited. Mappings
     * merge key by key at every depth ({@code document}, {@code document.pageFlow}, {@code narrative},
     * {@code amounts}, {@code tableDefaults}, {@code units}); lists and plain values replace; {@code tables} merge by
     * {@code id}: a child's table of an existing id replaces that table in place, a new id is appended, and
     * {@code {id: x, drop: true}} leaves the parent's table out. Every problem is located in the file its value comes
     * from, the child's or the parent's.
     *
     * @param bytes the descriptor's bytes (YAML or JSON)
     * @param file the file's name in messages
     * @param templateExists whether a template of this name exists beside the descriptor
     * @param parents the bundled profile of a name, empty for a name that is none
     * @param self the name of the bundled profile being read; empty for a user's
     * @return the checked descriptor and its parent's name, never null
     * @throws ProfileException listing every problem
     */
    static Read read(byte[] bytes, String file, Predicate<String> templateExists,
            Function<String, Optional<Parent>> parents, Optional<String> self) {
        ProfileLoader loader = new ProfileLoader(file);
        ProfileSpec spec;
        Optional<Parent> parent = Optional.empty();
        try {
            loader.utf8(bytes);
            loader.index(bytes);
            if (!loader.problems.isEmpty()) {
                throw new ProfileException(loader.problems);
            }
            JsonNode tree = YAML.readTree(bytes);
            if (tree instanceof ObjectNode child && child.has(EXTENDS)) {
                parent = Optional.of(loader.parent(child, parents, self));
                ObjectNode merged = loader.merge(child, parent.get());
                if (!loader.problems.isEmpty()) {
                    throw new ProfileException(loader.problems);
                }
                spec = YAML.treeToValue(merged, ProfileSpec.class);
            } else {
                spec = YAML.readValue(bytes, ProfileSpec.class);
            }
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            if (parent.isPresent()) {
                // bound from the merged tree: only the paths say where
                loader.problem(path, message(e));
                throw new ProfileException(loader.problems);
            }
            JsonLocation at = loader.locations.getOrDefault(path, e.getLocation());
            loader.problems.add(new ProfileException.Problem(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), path, message(e)));
            throw new ProfileException(loader.problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            loader.problems.add(new ProfileException.Problem(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", "malformed YAML: " + excerpt(e.getOriginalMessage())));
            throw new ProfileException(loader.problems);
        } catch (IOException e) {
            loader.problems.add(new ProfileException.Problem(file, 0, 0, "", e.getMessage()));
            throw new ProfileException(loader.problems);
        }
        if (spec == null) {
            loader.problem("", "the descriptor is empty");
            throw new ProfileException(loader.problems);
        }
        Predicate<String> templates = parent.map(p -> templateExists.or(p.templateExists())).orElse(templateExists);
        loader.check(spec, templates);
        if (!loader.problems.isEmpty()) {
            throw new ProfileException(loader.problems);
        }
        return new Read(spec, parent.map(Parent::name));
    }

    // ---- inheritance (extends) ---------------------------------------------------------------------------------

    /** The field naming the bundled profile a descriptor extends. */
    static final String EXTENDS = "extends";

    /** The fields a child never inherits. */
    private static final Set<String> OWN = Set.of("name", "description", EXTENDS);

    /** The bundled profile {@code extends:} names: a name, never a path; one that extends none. */
    private Parent parent(ObjectNode child, Function<String, Optional<Parent>> parents, Optional<String> self)
            throws IOException {
        JsonNode named = child.get(EXTENDS);
        String name = named.isTextual() ? named.textValue() : named.toString();
        if (!named.isTextual() || !name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problem(EXTENDS, "expected the name of a bundled profile " + Profile.bundledNames()
                    + " (never a path: a profile extends a bundled one), found '" + name + "'");
            throw new ProfileException(problems);
        }
        if (self.isPresent() && self.get().equals(name)) {
            problem(EXTENDS, "a cycle: '" + name + "' extends itself");
            throw new ProfileException(problems);
        }
        Optional<Parent> found = parents.apply(name);
        if (found.isEmpty()) {
            problem(EXTENDS, "unknown profile '" + name + "'; a profile extends a bundled one: "
                    + Profile.bundledNames());
            throw new ProfileException(problems);
        }
        JsonNode grand = YAML.readTree(found.get().bytes()).get(EXTENDS);
        if (grand != null) {
            String next = grand.isTextual() ? grand.textValue() : grand.toString();
            problem(EXTENDS, self.isPresent() && self.get().equals(next)
                    ? "a cycle: '" + self.get() + "' extends '" + name + "', which extends '" + next + "'"
                    : "'" + name + "' itself extends '" + next + "'; a profile extends one that extends none "
                            + "(one level of inheritance)");
            throw new ProfileException(problems);
        }
        return found.get();
    }

    /** The parent's descriptor with the child's fields over it; the located paths follow the values. */
    private ObjectNode merge(ObjectNode child, Parent parent) throws IOException {
        ProfileLoader from = new ProfileLoader(parent.file());
        from.utf8(parent.bytes());
        from.index(parent.bytes());
        if (!from.problems.isEmpty()) {
            throw new ProfileException(from.problems);
        }
        JsonNode read = YAML.readTree(parent.bytes());
        if (!(read instanceof ObjectNode base)) {
            from.problem("", "the descriptor is not a mapping of fields");
            throw new ProfileException(from.problems);
        }
        Map<String, JsonLocation> childLocations = new HashMap<>(locations);
        locations.clear();
        origins.clear();
        ObjectNode merged = YAML.createObjectNode();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) base::fields) {
            if (!OWN.contains(field.getKey()) && !child.has(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
                place(from.locations, parent.file(), field.getKey(), field.getKey());
            }
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) child::fields) {
            String key = field.getKey();
            JsonNode inherited = OWN.contains(key) ? null : base.get(key);
            if (key.equals(EXTENDS)) {
                place(childLocations, file, key, key);
            } else if (key.equals("tables") && inherited instanceof ArrayNode a && field.getValue() instanceof ArrayNode b) {
                merged.set(key, tables(a, b, from.locations, parent, childLocations));
            } else {
                merged.set(key, mapping(key, inherited, field.getValue(), from.locations, parent.file(),
                        childLocations));
            }
        }
        return merged;
    }

    /** Two values at a path: mappings merge key by key, the child's value replaces anything else. */
    private JsonNode mapping(String path, JsonNode inherited, JsonNode own, Map<String, JsonLocation> parentLocations,
            String parentFile, Map<String, JsonLocation> childLocations) {
        if (!(inherited instanceof ObjectNode p) || !(own instanceof ObjectNode c)) {
            place(childLocations, file, path, path);
            return own;
        }
        ObjectNode merged = YAML.createObjectNode();
        if (childLocations.containsKey(path)) {
            locations.put(path, childLocations.get(path));
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) p::fields) {
            if (!c.has(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
                place(parentLocations, parentFile, path + "." + field.getKey(), path + "." + field.getKey());
            }
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) c::fields) {
            merged.set(field.getKey(), mapping(path + "." + field.getKey(), p.get(field.getKey()), field.getValue(),
                    parentLocations, parentFile, childLocations));
        }
        return merged;
    }

    /** The parent's tables with the child's by id: replaced in place, appended, or dropped. */
    private ArrayNode tables(ArrayNode inherited, ArrayNode own, Map<String, JsonLocation> parentLocations,
            Parent parent, Map<String, JsonLocation> childLocations) {
        List<JsonNode> nodes = new ArrayList<>();
        List<String> from = new ArrayList<>();
        List<Boolean> mine = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < inherited.size(); i++) {
            nodes.add(inherited.get(i));
            from.add("tables[" + i + "]");
            mine.add(false);
            JsonNode id = inherited.get(i).get("id");
            if (id != null && id.isTextual()) {
                byId.putIfAbsent(id.textValue(), i);
            }
        }
        Set<String> seen = new HashSet<>();
        Set<Integer> dropped = new HashSet<>();
        for (int k = 0; k < own.size(); k++) {
            JsonNode table = own.get(k);
            String at = "tables[" + k + "]";
            JsonNode id = table.get("id");
            Integer index = id != null && id.isTextual() ? byId.get(id.textValue()) : null;
            if (id != null && id.isTextual() && !seen.add(id.textValue())) {
                locatedInChild(childLocations, at + ".id", "the id '" + id.textValue() + "' is used by an earlier "
                        + "table of this file");
                continue;
            }
            if (table.has("drop")) {
                JsonNode drop = table.get("drop");
                if (!drop.isBoolean() || !drop.booleanValue() || table.size() != 2 || id == null) {
                    locatedInChild(childLocations, at + ".drop", "expected {id: …, drop: true} alone, naming a "
                            + "table of '" + parent.name() + "' to leave out");
                } else if (index == null) {
                    locatedInChild(childLocations, at + ".id", "'" + parent.name() + "' has no table '"
                            + id.asText() + "' to drop; its tables are " + byId.keySet().stream().sorted().toList());
                } else {
                    dropped.add(index);
                }
                continue;
            }
            if (index != null) {
                nodes.set(index, table);
                from.set(index, at);
                mine.set(index, true);
            } else {
                nodes.add(table);
                from.add(at);
                mine.add(true);
            }
        }
        ArrayNode merged = YAML.createArrayNode();
        if (childLocations.containsKey("tables")) {
            locations.put("tables", childLocations.get("tables"));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (dropped.contains(i)) {
                continue;
            }
            String to = "tables[" + merged.size() + "]";
            if (mine.get(i)) {
                place(childLocations, file, from.get(i), to);
            } else {
                place(parentLocations, parent.file(), from.get(i), to);
            }
            merged.add(nodes.get(i));
        }
        return merged;
    }

    /** A problem at a path of the child's own file, before the merged paths are known. */
    private void locatedInChild(Map<String, JsonLocation> childLocations, String path, String message) {
        String at = path;
        JsonLocation where = null;
        while (where == null && !at.isEmpty()) {
            where = childLocations.get(at);
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        problems.add(new ProfileException.Problem(file, where == null ? 1 : where.getLineNr(),
                where == null ? 1 : where.getColumnNr(), path, message));
    }

    /** Records the locations under {@code source} of a file's index at {@code target} of the merged descriptor. */
    private void place(Map<String, JsonLocation> index, String in, String source, String target) {
        for (Map.Entry<String, JsonLocation> e : index.entrySet()) {
            String key = e.getKey();
            if (key.equals(source) || key.startsWith(source) && key.length() > source.length()
                    && (key.charAt(source.length()) == '.' || key.charAt(source.length()) == '[')) {
                String moved = target + key.substring(source.length());
                locations.put(moved, e.getValue());
                if (!in.equals(file)) {
                    origins.put(moved, in);
                }
            }
        }
    }

    /** A mapping error in the profile's words: the field and what was expected, no Java class names. */
    private static String message(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; expected one of "
                    + new java.util.TreeSet<>(u.getKnownPropertyIds().stream().map(String::valueOf).toList());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            return "missing: a value is required here (found null)";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType()) + " here";
        }
        return excerpt(e.getOriginalMessage()).replaceAll("org\\.budgetdisclosure\\.[\\w.$]+", "a field");
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String excerpt(String message) {
        String first = message == null ? "" : message.split("\n")[0];
        return first.length() <= 200 ? first : first.substring(0, 200) + "…";
    }

    /** The descriptor must be UTF-8: the first bad byte is reported at its line and column. */
    private void utf8(byte[] bytes) {
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), java.nio.charset.StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(new ProfileException.Problem(file, line, column, "", "the descriptor is not UTF-8 text"));
            throw new ProfileException(problems);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Records where each value stands, by its path ({@code tables[3].columns[2]}), for located messages. */
    private void index(byte[] bytes) throws IOException {
        try (JsonParser p = YAML.getFactory().createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (((com.fasterxml.jackson.dataformat.yaml.YAMLParser) p).isCurrentAlias()) {
                    JsonLocation at = p.currentTokenLocation();
                    problems.add(new ProfileException.Problem(file, at.getLineNr(), at.getColumnNr(),
                            toPath(p.getParsingContext().pathAsPointer().toString()),
                            "YAML aliases (*" + p.getText() + ") are not read; write the value out in full"));
                    throw new ProfileException(problems);
                }
                if (t == JsonToken.VALUE_NULL) {
                    // an explicit null (~ or an empty value) is refused where it stands, field or list element
                    JsonLocation at = p.currentTokenLocation();
                    problems.add(new ProfileException.Problem(file, at.getLineNr(), at.getColumnNr(),
                            toPath(p.getParsingContext().pathAsPointer().toString()),
                            "missing: a value is required here (found null); leave the field out instead"));
                }
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    locations.putIfAbsent(toPath(p.getParsingContext().pathAsPointer().toString()),
                            p.currentTokenLocation());
                }
            }
        }
    }

    private static String toPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(part);
            }
        }
        return path.toString();
    }

    private void problem(String path, String message) {
        String at = path;
        JsonLocation where = null;
        String in = file;
        while (where == null && !at.isEmpty()) {
            where = locations.get(at);
            in = origins.getOrDefault(at, file);
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        problems.add(new ProfileException.Problem(where == null ? file : in, where == null ? 1 : where.getLineNr(),
                where == null ? 1 : where.getColumnNr(), path, message));
    }

    // ---- the checks ------------------------------------------------------------------------------------------

    private void check(ProfileSpec spec, Predicate<String> templateExists) {
        if (!ProfileSpec.FORMAT.equals(spec.format())) {
            problem("format", "expected format '" + ProfileSpec.FORMAT + "', found '" + spec.format() + "'");
        }
        if (spec.family() != null && !Set.of("budget", ProfileSpec.FINAL_ACCOUNTS).contains(spec.family())) {
            problem("family", "expected 'budget' (部门预算) or '" + ProfileSpec.FINAL_ACCOUNTS
                    + "' (部门决算), found '" + spec.family() + "'");
        }
        if (spec.name() == null || !spec.name().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problem("name", "expected a name of lower-case letters, digits and hyphens, found '" + spec.name() + "'");
        }
        if (spec.document() == null || spec.document().title() == null) {
            problem("document.title", "missing: the document's title pattern");
        } else {
            pattern("document.title", spec.document().title());
            pattern("document.subject", spec.document().subject());
            ProfileSpec.CoverSpec cover = spec.document().cover();
            if (cover != null) {
                List<String> title = ProfileSpec.orEmpty(cover.title());
                for (int i = 0; i < title.size(); i++) {
                    pattern("document.cover.title[" + i + "]", title.get(i));
                }
                List<String> foot = ProfileSpec.orEmpty(cover.foot());
                for (int i = 0; i < foot.size(); i++) {
                    pattern("document.cover.foot[" + i + "]", foot.get(i));
                }
            }
            ProfileSpec.ContentsSpec contents = spec.document().contents();
            if (contents != null) {
                pattern("document.contents.title", contents.title());
                if (contents.levels() != null && (contents.levels() < 1 || contents.levels() > 4)) {
                    problem("document.contents.levels", "expected 1 to 4 levels, found " + contents.levels());
                }
            }
            ProfileSpec.PageFlowSpec flow = spec.document().pageFlow();
            if (flow != null) {
                if (flow.minRowsPerFragment() != null && (flow.minRowsPerFragment() < 1
                        || flow.minRowsPerFragment() > 50)) {
                    problem("document.pageFlow.minRowsPerFragment", "expected 1 to 50 rows, found "
                            + flow.minRowsPerFragment());
                }
                if (flow.smallestCellFontSize() != null && (flow.smallestCellFontSize() < 4
                        || flow.smallestCellFontSize() > 16)) {
                    problem("document.pageFlow.smallestCellFontSize", "expected 4 to 16 points, found "
                            + flow.smallestCellFontSize());
                }
                if (flow.smallestRowHeight() != null && (flow.smallestRowHeight() < 6
                        || flow.smallestRowHeight() > 40)) {
                    problem("document.pageFlow.smallestRowHeight", "expected 6 to 40 points, found "
                            + flow.smallestRowHeight());
                }
            }
        }
        if (spec.narrative() == null || spec.narrative().template() == null) {
            problem("narrative.template", "missing: the narrative's main template");
        } else if (!relative(spec.narrative().template())) {
            problem("narrative.template", "expected a path inside the profile's folder (relative, without ..), found '"
                    + spec.narrative().template() + "'");
        } else if (!templateExists.test(spec.narrative().template())) {
            problem("narrative.template", "the template '" + spec.narrative().template()
                    + "' is not in the profile's folder (as a regular file: a link leading outside the folder, a "
                    + "FIFO or a device is not read)");
        }
        if (spec.narrative() != null) {
            List<ProfileSpec.Term> glossary = ProfileSpec.orEmpty(spec.narrative().glossary());
            for (int i = 0; i < glossary.size(); i++) {
                required("narrative.glossary[" + i + "].term", glossary.get(i).term());
                required("narrative.glossary[" + i + "].definition", glossary.get(i).definition());
            }
        }
        if (spec.amounts() != null) {
            style("amounts.tables", spec.amounts().tables());
            style("amounts.narrative", spec.amounts().narrative());
        }
        if (spec.minimumTableFontSize() != null
                && (spec.minimumTableFontSize() < 4 || spec.minimumTableFontSize() > 16)) {
            problem("minimumTableFontSize", "expected a size from 4 to 16 points, found " + spec.minimumTableFontSize());
        }
        if (spec.tableDefaults() != null) {
            pattern("tableDefaults.totalLabel", spec.tableDefaults().totalLabel());
            Integer outline = spec.tableDefaults().outline();
            if (outline != null && (outline < 0 || outline > 4)) {
                problem("tableDefaults.outline", "expected an outline level from 0 (none) to 4, found " + outline);
            }
            List<String> heading = ProfileSpec.orEmpty(spec.tableDefaults().heading());
            for (int i = 0; i < heading.size(); i++) {
                pattern("tableDefaults.heading[" + i + "]", heading.get(i));
            }
        }
        List<String> requires = ProfileSpec.orEmpty(spec.requires());
        for (int i = 0; i < requires.size(); i++) {
            if (org.budgetdisclosure.model.facts.StatedFact.ofKey(requires.get(i)).isEmpty()) {
                problem("requires[" + i + "]", "unknown fact '" + requires.get(i) + "'; expected one of "
                        + java.util.Arrays.stream(org.budgetdisclosure.model.facts.StatedFact.values())
                                .map(org.budgetdisclosure.model.facts.StatedFact::key)
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        if (spec.units() != null && (spec.units().profile() == null || !Profile.isBundled(spec.units().profile()))) {
            problem("units.profile", "expected the name of a bundled profile " + Profile.bundledNames()
                    + " for the units' documents, found '" + spec.units().profile() + "'");
        }
        List<TableSpec> tables = ProfileSpec.orEmpty(spec.tables());
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSpec t = tables.get(i);
            String at = "tables[" + i + "]";
            if (t.id() == null || !t.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
                problem(at + ".id", "expected an id of lower-case letters, digits and hyphens, found '" + t.id() + "'");
            } else if (!ids.add(t.id())) {
                problem(at + ".id", "the id '" + t.id() + "' is used by an earlier table");
            }
            if (t.number() == null || t.number() < 1) {
                problem(at + ".number", "expected the table's number, 1 or more, found " + t.number());
            } else if (!numbers.add(t.number())) {
                problem(at + ".number", "the number " + t.number() + " is used by an earlier table");
            }
            if (t.title() == null) {
                problem(at + ".title", "missing: the table's title");
            } else {
                pattern(at + ".title", t.title());
            }
            ProfileSpec.orEmpty(t.heading()).forEach(h -> pattern(at + ".heading", h));
            ProfileSpec.orEmpty(t.notes()).forEach(n -> pattern(at + ".notes", n));
            pattern(at + ".totalLabel", t.totalLabel());
            style(at + ".amounts", t.amounts());
            if (t.widths() == null || t.widths().isEmpty()
                    || t.widths().stream().anyMatch(w -> w == null || w < 1 || w > MAX_WIDTH)) {
                problem(at + ".widths", "expected one relative width (1 to " + MAX_WIDTH + ") for each column");
                continue;
            }
            TableLayout layout = new TableLayout(t, spec.tableDefaults() == null
                    ? ProfileSpec.TableDefaults.none() : spec.tableDefaults());
            if (layout.header().isEmpty()) {
                problem(at + ".header", "expected at least one header row");
            } else {
                header(at, layout);
            }
            if (spec.finalAccounts()) {
                FinalTableChecks.check(at, layout, this::problem);
                continue;
            }
            if (t.layout() == null || !LAYOUTS.contains(t.layout())) {
                problem(at + ".layout", "expected one of " + new java.util.TreeSet<>(LAYOUTS) + ", found '"
                        + t.layout() + "'");
                continue;
            }
            switch (t.layout()) {
                case "hierarchy" -> hierarchy(at, layout);
                case "summary" -> summary(at, layout);
                case "three-public-row" -> threePublicRow(at, layout);
                default -> threePublic(at, layout);
            }
        }
        if (tables.isEmpty()) {
            problem("tables", "a profile lists at least one table");
        }
    }

    private void pattern(String path, String pattern) {
        if (pattern != null) {
            Patterns.unknownPlaceholder(pattern).ifPresent(p -> problem(path, "unknown placeholder " + p
                    + "; expected one of " + new java.util.TreeSet<>(Patterns.NAMES)));
        }
    }

    /** The header rows, with their merges, must each cover exactly the table's columns. */
    private void header(String at, TableLayout t) {
        int columns = t.widths().size();
        List<List<HeaderCell>> rows = t.header();
        boolean[][] taken = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (HeaderCell cell : rows.get(r)) {
                while (col < columns && taken[r][col]) {
                    col++;
                }
                int across = cell.acrossOrOne();
                int down = cell.downOrOne();
                if (cell.text() == null) {
                    problem(at + ".header[" + r + "]", "missing: a header cell's text");
                    return;
                }
                pattern(at + ".header[" + r + "]", cell.text());
                if (across < 1 || down < 1 || across > MAX_SPAN || down > MAX_SPAN) {
                    problem(at + ".header[" + r + "]", "the cell '" + cell.text()
                            + "' must span 1 to " + MAX_SPAN + " columns and rows");
                    return;
                }
                if (col + across > columns) {
                    problem(at + ".header[" + r + "]", "the cell '" + cell.text() + "' reaches past the table's "
                            + columns + " columns (widths)");
                    return;
                }
                if (r + down > rows.size()) {
                    problem(at + ".header[" + r + "]", "the cell '" + cell.text() + "' spans " + down
                            + " rows down, past the last header row");
                    return;
                }
                for (int dr = 0; dr < down; dr++) {
                    for (int dc = 0; dc < across; dc++) {
                        taken[r + dr][col + dc] = true;
                    }
                }
                col += across;
            }
            int covered = 0;
            for (boolean b : taken[r]) {
                covered += b ? 1 : 0;
            }
            if (covered != columns) {
                problem(at + ".header[" + r + "]", "the header row covers " + covered + " of the table's " + columns
                        + " columns (widths) with its merges");
            }
        }
    }

    private void columnsCount(String at, TableLayout t, int columns) {
        if (t.widths().size() != columns) {
            problem(at + ".widths", "the table has " + columns + " columns; found " + t.widths().size() + " widths");
        }
    }

    private void hierarchy(String at, TableLayout t) {
        Set<String> known = t.statement() == null ? null : HIERARCHY_COLUMNS.get(t.statement());
        if (known == null) {
            problem(at + ".statement", "expected one of " + new java.util.TreeSet<>(HIERARCHY_COLUMNS.keySet())
                    + ", found '" + t.statement() + "'");
            return;
        }
        columnNames(at + ".columns", t.columns(), known, "statement '" + t.statement() + "'");
        if (t.spec().code() != null && !Set.of("single", "split").contains(t.spec().code())) {
            problem(at + ".code", "expected 'single' or 'split', found '" + t.spec().code() + "'");
        }
        if (t.spec().total() != null && !Set.of("top", "bottom").contains(t.spec().total())) {
            problem(at + ".total", "expected 'top' or 'bottom', found '" + t.spec().total() + "'");
        }
        int codeColumns = t.splitCode() ? ProfileTables.codeLevels(t.statement()) : 1;
        columnsCount(at, t, (t.serial() ? 1 : 0) + codeColumns + 1 + t.columns().size());
        t.emptyNote().ifPresent(n -> pattern(at + ".emptyNote", n));
    }

    private void columnNames(String at, List<String> columns, Set<String> known, String of) {
        if (columns.isEmpty()) {
            problem(at, "expected at least one column of " + of + ": " + new java.util.TreeSet<>(known));
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!known.contains(columns.get(i))) {
                problem(at + "[" + i + "]", "unknown column '" + columns.get(i) + "' of " + of + "; expected one of "
                        + new java.util.TreeSet<>(known));
            }
        }
    }

    private void summary(String at, TableLayout t) {
        List<Labelled> left = t.left();
        for (int i = 0; i < left.size(); i++) {
            labelled(at + ".left[" + i + "]", left.get(i));
            single(at + ".left[" + i + "].figure", left.get(i).figure());
        }
        if (t.right() == null || t.right().rows() == null
                || !Set.of("summary.classes", "fiscal.classes", "expenditure.classes").contains(t.right().rows())) {
            problem(at + ".right.rows", "expected 'summary.classes', 'fiscal.classes' or 'expenditure.classes', found '"
                    + (t.right() == null ? null : t.right().rows()) + "'");
            return;
        }
        boolean fiscal = "fiscal.classes".equals(t.right().rows());
        boolean byType = "expenditure.classes".equals(t.right().rows());
        columnNames(at + ".right.columns", t.rightColumns(), byType ? Figures.EXPENDITURE_COLUMNS
                : fiscal ? FUND_COLUMNS : Set.of("AMOUNT"), t.right().rows());
        classes(at + ".right.classes", t.right().classes());
        List<ClosingRow> closing = t.closing();
        for (int i = 0; i < closing.size(); i++) {
            ClosingRow c = closing.get(i);
            String here = at + ".closing[" + i + "]";
            if (c.kind() == null || !Set.of("detail", "subtotal", "total").contains(c.kind())) {
                problem(here + ".kind", "expected 'detail', 'subtotal' or 'total', found '" + c.kind() + "'");
            }
            if (c.left() == null || c.right() == null) {
                problem(here, "a closing row has a left and a right side");
                continue;
            }
            level(here + ".level", c.level());
            labelled(here + ".left", c.left());
            labelled(here + ".right", c.right());
            single(here + ".left.figure", c.left().figure());
            String key = c.right().figure();
            if (byType) {
                if (!Figures.EXPENDITURE_TOTAL.equals(key)) {
                    problem(here + ".right.figure", "unknown figure '" + key + "' beside expenditure.classes; "
                            + "expected '" + Figures.EXPENDITURE_TOTAL + "' (table 3's total by type)");
                }
                continue;
            }
            boolean fits = t.rightColumns().size() == 1 ? Figures.isSingle(key) : Figures.isRow(key);
            if (!fits) {
                problem(here + ".right.figure", "unknown figure '" + key + "' for " + t.rightColumns().size()
                        + " column(s); expected one of " + Figures.keys());
            }
        }
        columnsCount(at, t, (t.serial() ? 1 : 0) + 3 + t.rightColumns().size());
    }

    /** A summary's declared right-side rows: 类 codes of three digits, each once; a row without one is labelled. */
    private void classes(String at, List<ProfileSpec.ClassRow> classes) {
        if (classes == null) {
            return;
        }
        if (classes.isEmpty()) {
            problem(at, "expected at least one row (or leave 'classes' out to list every 类 of the catalogue)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            ProfileSpec.ClassRow c = classes.get(i);
            String here = at + "[" + i + "]";
            if (c.code() == null) {
                if (c.label() == null) {
                    problem(here, "a row without a 类 code needs its label");
                }
            } else if (!c.code().matches("\\d{3}")) {
                problem(here + ".code", "expected the three digits of a functional 类 (such as \"201\"), found '"
                        + c.code() + "'");
            } else if (!seen.add(c.code())) {
                problem(here + ".code", "the 类 " + c.code() + " is declared by an earlier row");
            }
            pattern(here + ".label", c.label());
        }
    }

    private void style(String at, ProfileSpec.StyleSpec style) {
        if (style == null) {
            return;
        }
        if (style.unit() != null && !Set.of("万元", "元").contains(style.unit())) {
            problem(at + ".unit", "expected 万元 or 元, found '" + style.unit() + "'");
        }
        if (style.decimals() != null && (style.decimals() < 0 || style.decimals() > 4)) {
            problem(at + ".decimals", "expected 0 to 4 decimals, found " + style.decimals());
        }
        if (style.zero() != null && !Set.of("number", "bare", "blank").contains(style.zero())) {
            problem(at + ".zero", "expected 'number' (0.00), 'bare' (0) or 'blank', found '" + style.zero() + "'");
        }
    }

    private void required(String at, Object value) {
        if (value == null) {
            problem(at, "missing: a value is required here");
        }
    }

    private void labelled(String at, Labelled l) {
        required(at + ".label", l.label());
        pattern(at + ".label", l.label());
        align(at + ".align", l.align());
    }

    private void align(String at, String align) {
        if (align != null && !Set.of("left", "centre", "right").contains(align)) {
            problem(at, "expected 'left', 'centre' or 'right', found '" + align + "'");
        }
    }

    private void level(String at, Integer level) {
        if (level != null && (level < 0 || level > MAX_LEVEL)) {
            problem(at, "expected a level from 0 to " + MAX_LEVEL + ", found " + level);
        }
    }

    /** @return whether a path names a file inside the profile's folder: relative, without {@code ..} */
    static boolean relative(String path) {
        if (path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private void single(String at, String key) {
        if (key == null || !Figures.isSingle(key)) {
            problem(at, "unknown figure '" + key + "'; expected one of " + Figures.keys());
        }
    }

    private void threePublic(String at, TableLayout t) {
        columnNames(at + ".columns", t.columns(), FUND_COLUMNS, "the “三公” statement");
        List<LineRow> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            required(at + ".rows[" + i + "].label", rows.get(i).label());
            pattern(at + ".rows[" + i + "].label", rows.get(i).label());
            align(at + ".rows[" + i + "].align", rows.get(i).align());
            level(at + ".rows[" + i + "].level", rows.get(i).level());
            if (rows.get(i).line() == null || !LINES.contains(rows.get(i).line())) {
                problem(at + ".rows[" + i + "].line", "unknown line '" + rows.get(i).line() + "'; expected one of "
                        + new java.util.TreeSet<>(LINES));
            }
        }
        if (!Set.of("blank", "where-column-used").contains(t.zeros())) {
            problem(at + ".zeros", "expected 'blank' or 'where-column-used', found '" + t.zeros() + "'");
        }
        columnsCount(at, t, (t.serial() ? 1 : 0) + 1 + t.columns().size());
    }

    /** The columns a {@code three-public-row} table may have: the “三公” lines and the stated 机关运行经费. */
    private static final Set<String> THREE_PUBLIC_ROW_COLUMNS = threePublicRowColumns();

    private static Set<String> threePublicRowColumns() {
        Set<String> names = new HashSet<>(LINES);
        names.add(ProfileTables.OPERATING_COSTS);
        return names;
    }

    private void threePublicRow(String at, TableLayout t) {
        columnNames(at + ".columns", t.columns(), THREE_PUBLIC_ROW_COLUMNS,
                "the “三公” lines and the stated 机关运行经费");
        columnsCount(at, t, t.columns().size());
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
