package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Mutated budget files (from the reference: deleted fields, swapped types, huge numbers, broken syntax) are
 * always either a budget or a clear error, never an uncaught exception; the command line answers them with
 * exit 0, 1 or 2 and no stack trace.
 */
class FileFuzzProperties {

    private static final byte[] REFERENCE;
    private static final JsonNode TREE;

    static {
        try {
            REFERENCE =
                    Files.readAllBytes(Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json"));
            TREE = new ObjectMapper().readTree(REFERENCE);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A mutation: its kind, and the mutated file's bytes. */
    record Mutant(String kind, byte[] bytes) {
        @Override
        public String toString() {
            return kind + ": "
                    + new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("\\s+", " ")
                            .substring(0, Math.min(300, bytes.length));
        }
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Integer> node = Arbitraries.integers().between(0, 5000);
        Arbitrary<JsonNode> replacement = Arbitraries.of(
                JsonNodeFactory.instance.textNode(""),
                JsonNodeFactory.instance.textNode("乐亭"),
                JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e400")),
                JsonNodeFactory.instance.numberNode(-1),
                JsonNodeFactory.instance.numberNode(1.0000001),
                JsonNodeFactory.instance.numberNode(Long.MAX_VALUE),
                JsonNodeFactory.instance.nullNode(),
                JsonNodeFactory.instance.booleanNode(true),
                JsonNodeFactory.instance.arrayNode(),
                JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.textNode("2150501"),
                JsonNodeFactory.instance.textNode("99999999999999999999.999"),
                JsonNodeFactory.instance.textNode("\u202E\u0000"));
        Arbitrary<Mutant> structural = Combinators.combine(
                        Arbitraries.of("delete", "replace", "duplicate"), node, replacement)
                .as(FileFuzzProperties::mutateTree);
        Arbitrary<Mutant> textual = Combinators.combine(
                        Arbitraries.of("truncate", "insert", "flip", "bom", "nul"),
                        Arbitraries.integers().between(0, REFERENCE.length - 1),
                        Arbitraries.of(
                                (byte) '{', (byte) '"', (byte) ',', (byte) ']', (byte) 0xC3, (byte) 0xFF, (byte) ':'))
                .as(FileFuzzProperties::mutateText);
        return Arbitraries.oneOf(structural, textual);
    }

    @Property(tries = 400)
    void aMutatedFileIsABudgetOrAClearError(@ForAll("mutants") Mutant m) {
        Statistics.label("kind").collect(m.kind());
        try {
            Budget budget = BudgetFiles.read(m.bytes(), "mutant.json", Syntax.JSON);
            var report = Validator.validate(budget);
            Statistics.label("outcome").collect(report.hasErrors() ? "invalid budget" : "budget");
            assertThat(report.byRule("rule.failed")).isEmpty();
            if (!report.hasErrors()) {
                try {
                    assertThat(org.budgetdisclosure.render.Disclosure.of(budget)
                                    .bytes(org.budgetdisclosure.render.Format.HTML))
                            .isNotEmpty();
                } catch (org.budgetdisclosure.render.fonts.MissingGlyphException
                        | org.budgetdisclosure.render.RenderLimitException
                        | org.budgetdisclosure.render.document.TableTooWideException e) {
                    Statistics.label("render").collect("refused clearly");
                }
            }
        } catch (BudgetFileException e) {
            Statistics.label("outcome").collect("file error");
            assertThat(e.getMessage()).startsWith("mutant.json").doesNotContain("Exception");
        }
    }

    @Property(tries = 60)
    void theCommandLineAnswersEveryMutantWithoutAStackTrace(@ForAll("mutants") Mutant m) throws Exception {
        Path file = Files.createTempFile("mutant", ".json");
        try {
            Files.write(file, m.bytes());
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

    private static Mutant mutateTree(String kind, int index, JsonNode replacement) {
        JsonNode copy = TREE.deepCopy();
        List<JsonNode[]> slots = JsonMutations.slots(copy);
        JsonMutations.mutate(slots.get(index % slots.size()), kind, replacement);
        try {
            return new Mutant(kind, new ObjectMapper().writeValueAsBytes(copy));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mutant mutateText(String kind, int at, byte b) {
        byte[] r = REFERENCE;
        byte[] out = switch (kind) {
            case "truncate" -> java.util.Arrays.copyOf(r, at);
            case "insert" ->
                concat(java.util.Arrays.copyOf(r, at), new byte[] {b}, java.util.Arrays.copyOfRange(r, at, r.length));
            case "flip" -> {
                byte[] c = r.clone();
                c[at] = b;
                yield c;
            }
            case "bom" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, r, new byte[0]);
            default ->
                concat(java.util.Arrays.copyOf(r, at), new byte[] {0}, java.util.Arrays.copyOfRange(r, at, r.length));
        };
        return new Mutant(kind, out);
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] out = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }
}
