package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges a descriptor that extends a bundled profile ({@code extends: NAME}, one level only) over its parent's:
 * mappings merge key by key at every depth, lists and plain values replace, {@code tables} merge by {@code id}
 * (replaced in place, appended, or dropped with {@code {id: x, drop: true}}); {@code name} and {@code description}
 * are never inherited. The located paths follow the values, so that a problem of an inherited value is reported in
 * the parent's file.
 */
final class ProfileMerge {

    /** The field naming the bundled profile a descriptor extends. */
    static final String EXTENDS = "extends";

    /** The fields a child never inherits. */
    private static final Set<String> OWN = Set.of("name", "description", EXTENDS);

    private final Problems problems;
    private final String file;

    private ProfileMerge(Problems problems) {
        this.problems = problems;
        this.file = problems.file();
    }

    /**
     * The bundled profile {@code extends:} names: a name, never a path; one that extends none.
     *
     * @param child the child's tree
     * @param parents the bundled profile of a name, empty for a name that is none
     * @param self the name of the bundled profile being read; empty for a user's
     * @param problems the child's problems
     * @return the parent
     * @throws ProfileException at once for a name that is no bundled profile or a cycle
     * @throws IOException if the parent's descriptor is malformed
     */
    static ProfileLoader.Parent parent(
            ObjectNode child,
            Function<String, Optional<ProfileLoader.Parent>> parents,
            Optional<String> self,
            Problems problems)
            throws IOException {
        JsonNode named = child.get(EXTENDS);
        String name = named.isTextual() ? named.textValue() : named.toString();
        if (!named.isTextual() || !name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problems.at(
                    EXTENDS,
                    "expected the name of a bundled profile " + Profile.bundledNames()
                            + " (never a path: a profile extends a bundled one), found '" + name + "'");
            throw problems.fail();
        }
        if (self.isPresent() && self.get().equals(name)) {
            problems.at(EXTENDS, "a cycle: '" + name + "' extends itself");
            throw problems.fail();
        }
        Optional<ProfileLoader.Parent> found = parents.apply(name);
        if (found.isEmpty()) {
            problems.at(
                    EXTENDS,
                    "unknown profile '" + name + "'; a profile extends a bundled one: " + Profile.bundledNames());
            throw problems.fail();
        }
        JsonNode grand = ProfileBinding.YAML.readTree(found.get().bytes()).get(EXTENDS);
        if (grand != null) {
            String next = grand.isTextual() ? grand.textValue() : grand.toString();
            problems.at(
                    EXTENDS,
                    self.isPresent() && self.get().equals(next)
                            ? "a cycle: '" + self.get() + "' extends '" + name + "', which extends '" + next + "'"
                            : "'" + name + "' itself extends '" + next + "'; a profile extends one that extends none "
                                    + "(one level of inheritance)");
            throw problems.fail();
        }
        return found.get();
    }

    /**
     * The parent's descriptor with the child's fields over it; the child's problems' locations are placed anew at
     * the merged paths.
     *
     * @param child the child's tree
     * @param parent the parent
     * @param problems the child's problems, its locations those of the child's file
     * @return the merged tree
     * @throws ProfileException for a broken parent or a wrong {@code drop}
     * @throws IOException if the parent's descriptor is malformed
     */
    static ObjectNode merge(ObjectNode child, ProfileLoader.Parent parent, Problems problems) throws IOException {
        Problems from = new Problems(parent.file());
        YamlPositions.index(parent.bytes(), from);
        from.throwIfAny();
        JsonNode read = ProfileBinding.YAML.readTree(parent.bytes());
        if (!(read instanceof ObjectNode base)) {
            from.at("", "the descriptor is not a mapping of fields");
            throw from.fail();
        }
        return new ProfileMerge(problems).merge(child, base, parent, from.locations());
    }

    private ObjectNode merge(
            ObjectNode child, ObjectNode base, ProfileLoader.Parent parent, Map<String, JsonLocation> parentLocations) {
        Map<String, JsonLocation> childLocations = new HashMap<>(problems.locations());
        problems.clearLocations();
        ObjectNode merged = ProfileBinding.YAML.createObjectNode();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) base::fields) {
            if (!OWN.contains(field.getKey()) && !child.has(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
                place(parentLocations, parent.file(), field.getKey(), field.getKey());
            }
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) child::fields) {
            String key = field.getKey();
            JsonNode inherited = OWN.contains(key) ? null : base.get(key);
            if (key.equals(EXTENDS)) {
                place(childLocations, file, key, key);
            } else if (key.equals("tables")
                    && inherited instanceof ArrayNode a
                    && field.getValue() instanceof ArrayNode b) {
                merged.set(key, tables(a, b, parentLocations, parent, childLocations));
            } else {
                merged.set(
                        key, mapping(key, inherited, field.getValue(), parentLocations, parent.file(), childLocations));
            }
        }
        return merged;
    }

    /** Two values at a path: mappings merge key by key, the child's value replaces anything else. */
    private JsonNode mapping(
            String path,
            JsonNode inherited,
            JsonNode own,
            Map<String, JsonLocation> parentLocations,
            String parentFile,
            Map<String, JsonLocation> childLocations) {
        if (!(inherited instanceof ObjectNode p) || !(own instanceof ObjectNode c)) {
            place(childLocations, file, path, path);
            return own;
        }
        ObjectNode merged = ProfileBinding.YAML.createObjectNode();
        if (childLocations.containsKey(path)) {
            problems.place(path, childLocations.get(path), file);
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) p::fields) {
            if (!c.has(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
                place(parentLocations, parentFile, path + "." + field.getKey(), path + "." + field.getKey());
            }
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) c::fields) {
            merged.set(
                    field.getKey(),
                    mapping(
                            path + "." + field.getKey(),
                            p.get(field.getKey()),
                            field.getValue(),
                            parentLocations,
                            parentFile,
                            childLocations));
        }
        return merged;
    }
    /** The parent's tables with the child's by id: replaced in place, appended, or dropped. */
    private ArrayNode tables(
            ArrayNode inherited,
            ArrayNode own,
            Map<String, JsonLocation> parentLocations,
            ProfileLoader.Parent parent,
            Map<String, JsonLocation> childLocations) {
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
                locatedInChild(
                        childLocations,
                        at + ".id",
                        "the id '" + id.textValue() + "' is used by an earlier " + "table of this file");
                continue;
            }
            if (table.has("drop")) {
                JsonNode drop = table.get("drop");
                if (!drop.isBoolean() || !drop.booleanValue() || table.size() != 2 || id == null) {
                    locatedInChild(
                            childLocations,
                            at + ".drop",
                            "expected {id: …, drop: true} alone, naming a " + "table of '" + parent.name()
                                    + "' to leave out");
                } else if (index == null) {
                    locatedInChild(
                            childLocations,
                            at + ".id",
                            "'" + parent.name() + "' has no table '" + id.asText() + "' to drop; its tables are "
                                    + byId.keySet().stream().sorted().toList());
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
        ArrayNode merged = ProfileBinding.YAML.createArrayNode();
        if (childLocations.containsKey("tables")) {
            problems.place("tables", childLocations.get("tables"), file);
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
            at = Problems.parent(at);
        }
        problems.atLine(where == null ? 1 : where.getLineNr(), where == null ? 1 : where.getColumnNr(), path, message);
    }

    /** Records the locations under {@code source} of a file's index at {@code target} of the merged descriptor. */
    private void place(Map<String, JsonLocation> index, String in, String source, String target) {
        for (Map.Entry<String, JsonLocation> e : index.entrySet()) {
            String key = e.getKey();
            if (key.equals(source)
                    || key.startsWith(source)
                            && key.length() > source.length()
                            && (key.charAt(source.length()) == '.' || key.charAt(source.length()) == '[')) {
                problems.place(target + key.substring(source.length()), e.getValue(), in);
            }
        }
    }
}
