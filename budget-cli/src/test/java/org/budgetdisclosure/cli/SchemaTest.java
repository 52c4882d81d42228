package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.budgetdisclosure.io.BudgetFiles;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema describes every field the reference file uses, and no other at the top. */
class SchemaTest {

    @Test
    void everyFieldOfTheReferenceFileIsInTheSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema = mapper.readTree(BudgetFiles.schema());
        JsonNode file = mapper.readTree(Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json")
                .toFile());
        List<String> missing = new ArrayList<>();
        walk(file, schema.get("properties"), "$", missing, schema);
        assertThat(missing).isEmpty();
    }

    private static void walk(JsonNode value, JsonNode properties, String path, List<String> missing, JsonNode root) {
        if (value.isObject() && properties != null) {
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode property = properties.get(name);
                if (property == null) {
                    missing.add(path + "." + name);
                    continue;
                }
                JsonNode child = value.get(name);
                JsonNode target = property.has("items") ? property.get("items") : property;
                if (child.isArray()) {
                    for (JsonNode element : child) {
                        walk(element, target.get("properties"), path + "." + name + "[]", missing, root);
                    }
                } else {
                    walk(child, target.get("properties"), path + "." + name, missing, root);
                }
            }
        }
    }
}
