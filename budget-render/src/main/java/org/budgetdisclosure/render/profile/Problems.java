package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a descriptor's problems are collected while it is read: each at its field's path, located at the line
 * and column where that field (or its nearest located parent) stands, in the file it comes from (a value a child
 * inherits ({@code extends}) stands in its parent's file). Every step of the reading reports here; the reading
 * then throws them all at once ({@link #throwIfAny()}). Not thread-safe: one per reading.
 */
final class Problems {

    private final String file;
    private final Map<String, JsonLocation> locations = new HashMap<>();
    /** The file each located path stands in, where it is not {@link #file} (a value a child inherits). */
    private final Map<String, String> origins = new HashMap<>();

    private final List<ProfileException.Problem> list = new ArrayList<>();

    /** @param file the descriptor's name in messages */
    Problems(String file) {
        this.file = file;
    }

    /** @return the descriptor's name in messages */
    String file() {
        return file;
    }

    /** @return where each path stands in the file, by path ({@code tables[3].columns[2]}); written by the reading */
    Map<String, JsonLocation> locations() {
        return locations;
    }

    /**
     * Records that a path of the merged descriptor stands at a location of another file (a parent's).
     *
     * @param path the path
     * @param at its location
     * @param in the file it stands in
     */
    void place(String path, JsonLocation at, String in) {
        locations.put(path, at);
        if (in.equals(file)) {
            origins.remove(path);
        } else {
            origins.put(path, in);
        }
    }

    /** Forgets every location: a merged descriptor's paths are placed anew. */
    void clearLocations() {
        locations.clear();
        origins.clear();
    }

    /**
     * A problem at a path, located where the path (or its nearest located parent) stands.
     *
     * @param path the field's path, empty for the file as a whole
     * @param message what is wrong and what was expected
     */
    void at(String path, String message) {
        String at = path;
        JsonLocation where = null;
        String in = file;
        while (where == null && !at.isEmpty()) {
            where = locations.get(at);
            in = origins.getOrDefault(at, file);
            at = parent(at);
        }
        list.add(new ProfileException.Problem(
                where == null ? file : in,
                where == null ? 1 : where.getLineNr(),
                where == null ? 1 : where.getColumnNr(),
                path,
                message));
    }

    /**
     * A problem at a path where it stands exactly, else at a location the parser gave.
     *
     * @param path the field's path
     * @param fallback where the parser stood; null when unknown
     * @param message what is wrong
     */
    void atExactly(String path, JsonLocation fallback, String message) {
        located(locations.getOrDefault(path, fallback), path, message);
    }

    /**
     * A problem at a location of this file.
     *
     * @param at the location; null when unknown (line and column 0)
     * @param path the field's path
     * @param message what is wrong
     */
    void located(JsonLocation at, String path, String message) {
        list.add(new ProfileException.Problem(
                file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, message));
    }

    /**
     * A problem at a line and column of this file.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @param path the field's path
     * @param message what is wrong
     */
    void atLine(int line, int column, String path, String message) {
        list.add(new ProfileException.Problem(file, line, column, path, message));
    }

    /** @param path a path @return whether a problem is reported at that path already */
    boolean has(String path) {
        return list.stream().anyMatch(p -> p.field().equals(path));
    }

    /** @return whether a problem is reported */
    boolean any() {
        return !list.isEmpty();
    }

    /** @throws ProfileException listing every problem, if there is one */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw fail();
        }
    }

    /** @return the exception listing every problem reported so far, to throw */
    ProfileException fail() {
        return new ProfileException(list);
    }

    /** @param path a path @return its parent's path, empty for a top-level field */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
