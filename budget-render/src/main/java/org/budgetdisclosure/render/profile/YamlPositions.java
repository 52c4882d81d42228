package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds where each value of a descriptor stands (its line and column, by its path such as
 * {@code tables[3].columns[2]}), so that every problem found later, in the tree or the bound records, is reported
 * at its line. Refuses what the descriptor may not hold on the way: bytes that are not UTF-8, YAML aliases, explicit
 * nulls.
 */
final class YamlPositions {

    private YamlPositions() {}

    /**
     * Reads the positions of a descriptor into its problems' locations.
     *
     * @param bytes the descriptor's bytes
     * @param problems where the positions are recorded and the problems reported
     * @throws ProfileException at once for bytes that are not UTF-8 or a YAML alias
     * @throws IOException for malformed YAML
     */
    static void index(byte[] bytes, Problems problems) throws IOException {
        utf8(bytes, problems);
        try (JsonParser p = ProfileBinding.YAML.getFactory().createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String path = toPath(p.getParsingContext().pathAsPointer().toString());
                if (((YAMLParser) p).isCurrentAlias()) {
                    problems.located(
                            p.currentTokenLocation(),
                            path,
                            "YAML aliases (*" + p.getText() + ") are not read; write the value out in full");
                    throw problems.fail();
                }
                if (t == JsonToken.VALUE_NULL) {
                    // an explicit null (~ or an empty value) is refused where it stands, field or list element
                    problems.located(
                            p.currentTokenLocation(),
                            path,
                            "missing: a value is required here (found null); leave the field out instead");
                }
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    problems.locations().putIfAbsent(path, p.currentTokenLocation());
                }
            }
        }
    }

    /** The descriptor must be UTF-8: the first bad byte is reported at its line and column. */
    private static void utf8(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            problems.atLine(line, column, "", "the descriptor is not UTF-8 text");
            throw problems.fail();
        }
    }

    /**
     * @param pointer a JSON pointer, such as {@code /tables/3/columns/2}
     * @return the path, such as {@code tables[3].columns[2]}
     */
    static String toPath(String pointer) {
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
}
