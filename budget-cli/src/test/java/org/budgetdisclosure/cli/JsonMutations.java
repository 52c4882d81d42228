package org.budgetdisclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The mutations the file fuzzers make in a budget file's JSON tree: one place deleted, replaced or duplicated. */
final class JsonMutations {

    private JsonMutations() {}

    /** @return every place of the tree, depth first, as {parent, its key or index as a text node} */
    static List<JsonNode[]> slots(JsonNode root) {
        List<JsonNode[]> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    /** Deletes ({@code delete}), replaces ({@code replace}) or, for any other kind, duplicates the slot's value. */
    static void mutate(JsonNode[] slot, String kind, JsonNode replacement) {
        String key = slot[1].asText();
        if (slot[0] instanceof ObjectNode o) {
            switch (kind) {
                case "delete" -> o.remove(key);
                case "replace" -> o.set(key, replacement);
                default -> o.set(key + "x", o.get(key));
            }
        } else if (slot[0] instanceof ArrayNode a) {
            int i = Integer.parseInt(key);
            switch (kind) {
                case "delete" -> a.remove(i);
                case "replace" -> a.set(i, replacement);
                default -> a.add(a.get(i));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                slots.add(new JsonNode[] {o, JsonNodeFactory.instance.textNode(name)});
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new JsonNode[] {a, JsonNodeFactory.instance.textNode(String.valueOf(i))});
                collect(a.get(i), slots);
            }
        }
    }
}
