package org.budgetdisclosure.render.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the index of the bundled profiles ({@code profiles/index.txt}): one profile folder's name a line, blank
 * lines and {@code #} comments skipped, so that a new layout is a folder and a line, never a Java edit.
 */
final class BundledIndex {

    private BundledIndex() {}

    /**
     * @param resource the index's class-path resource, absolute
     * @return the names it lists, in its order, never empty
     * @throws IllegalStateException if the resource is missing, lists nothing, lists a name twice or a name that
     *     is not a profile's (lower-case letters, digits and hyphens)
     */
    static List<String> read(String resource) {
        try (InputStream in = BundledIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the index of the bundled profiles is missing: " + resource);
            }
            List<String> names = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String name = lines[i].replaceFirst("#.*", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!name.matches("[a-z0-9][a-z0-9-]{0,63}") || names.contains(name)) {
                    throw new IllegalStateException(resource + " line " + (i + 1) + ": expected a profile folder's "
                            + "name, once, found '" + name + "'");
                }
                names.add(name);
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("the index of the bundled profiles lists none: " + resource);
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
