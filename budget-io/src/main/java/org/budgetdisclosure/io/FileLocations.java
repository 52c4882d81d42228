package org.budgetdisclosure.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Finds where a field stands in a budget file, for errors found after the file was read (when the facts refuse a
 * value). The file is read again as tokens only; nothing is kept.
 */
final class FileLocations {

    private FileLocations() {}

    /**
     * @param mapper the mapper of the file's syntax, not null
     * @param text the file's text, not null
     * @param path a path such as {@code $.appropriations[3].fund}, not null
     * @return the location of the path's value, or of its nearest enclosing value that is found; null if none
     */
    static JsonLocation of(ObjectMapper mapper, String text, String path) {
        String pointer = pointer(path);
        JsonLocation best = null;
        int bestLength = -1;
        try (JsonParser p = mapper.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String here = p.getParsingContext().pathAsPointer().toString();
                if (pointer.equals(here)) {
                    return p.currentTokenLocation();
                }
                if (pointer.startsWith(here + "/") && here.length() > bestLength || here.isEmpty() && bestLength < 0) {
                    best = p.currentTokenLocation();
                    bestLength = here.length();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the text was read once already; a failure here only loses the place
        }
        return best;
    }

    /** {@code $.a[3].b} → {@code /a/3/b}; a key holding dots (a code in {@code $.names.functional.215}) too. */
    static String pointer(String path) {
        String p = path.startsWith("$") ? path.substring(1) : path;
        StringBuilder s = new StringBuilder();
        for (String part : p.split("(?=[.\\[])")) {
            if (part.isEmpty()) {
                continue;
            }
            String key = part.startsWith(".") ? part.substring(1) : part.substring(1, part.length() - 1);
            s.append('/').append(key.replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
