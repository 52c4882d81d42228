package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.validation.Validator;

/**
 * The department-with-units file mutated (fields deleted, replaced by other types, elements duplicated, a unit's
 * facts moved to the department): always a budget or a clear error located in the file, never an uncaught
 * exception; {@code validate} answers with exit 0, 1 or 2 and no stack trace.
 */
class UnitsFileFuzzProperties {

    private static final JsonNode TREE;

    static {
        try {
            TREE = new ObjectMapper().readTree(RenderUnitsTest.UNITS.toFile());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        Arbitrary<JsonNode> replacement = Arbitraries.of(
                JsonNodeFactory.instance.textNode(""),
                JsonNodeFactory.instance.numberNode(-1),
                JsonNodeFactory.instance.nullNode(),
                JsonNodeFactory.instance.booleanNode(true),
                JsonNodeFactory.instance.arrayNode(),
                JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.textNode("035001"),
                JsonNodeFactory.instance.textNode("99999999999999.99"),
                TREE.get("units").get(0));
        return Combinators.combine(
                        Arbitraries.of("delete", "replace", "duplicate", "lift"),
                        Arbitraries.integers().between(0, 2000),
                        replacement)
                .as(UnitsFileFuzzProperties::mutate);
    }

    @Property(tries = 300)
    void aMutatedUnitsFileIsABudgetOrALocatedError(@ForAll("mutants") byte[] file) {
        try {
            Budget budget = BudgetFiles.read(file, "units.json", Syntax.JSON);
            var report = Validator.validate(budget);
            Statistics.label("outcome").collect(report.hasErrors() ? "invalid budget" : "budget");
            assertThat(report.byRule("rule.failed")).isEmpty();
        } catch (BudgetFileException e) {
            Statistics.label("outcome").collect(e.path().startsWith("$.units") ? "file error in a unit" : "file error");
            assertThat(e.getMessage()).startsWith("units.json").doesNotContain("Exception");
            assertThat(e.line()).isPositive();
        }
    }

    @Property(tries = 40)
    void validateAnswersEveryMutantWithoutAStackTrace(@ForAll("mutants") byte[] bytes) throws Exception {
        var file = Files.createTempFile("units", ".json");
        try {
            Files.write(file, bytes);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = BudgetCommand.run(
                    new String[] {"validate", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(status).isBetween(0, 2);
            assertThat(out.toString() + err).doesNotContain("\tat ").doesNotContain("Exception");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] mutate(String kind, int index, JsonNode replacement) {
        ObjectNode copy = TREE.deepCopy();
        if (kind.equals("lift")) {
            // a unit's facts given to the department too
            JsonNode unit = copy.get("units").get(index % 3);
            copy.set(
                    List.of("appropriations", "basicExpenditures", "threePublic")
                            .get(index % 3),
                    unit.get(index % 2 == 0 ? "appropriations" : "basicExpenditures"));
        } else {
            List<JsonNode[]> slots = JsonMutations.slots(copy.get("units"));
            JsonMutations.mutate(slots.get(index % slots.size()), kind, replacement);
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(copy);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
