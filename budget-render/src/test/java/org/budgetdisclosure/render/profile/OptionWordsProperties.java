package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Every option of a table is read by its words and by nothing else: each word of each option loads into its enum,
 * and any other text is refused at the option's own line, in the descriptor's words, never as a Java failure.
 */
class OptionWordsProperties {

    /** The options of a {@code hierarchy} table and the words each takes. */
    private static final List<Tuple2<String, List<String>>> OPTIONS = List.of(
            Tuple.of("code", List.of("single", "split")),
            Tuple.of("total", List.of("top", "bottom")),
            Tuple.of(
                    "statement",
                    List.of("revenue", "expenditure", "general-public", "government-fund", "state-capital")));

    private static String descriptor(String option, String word) {
        String statement = option.equals("statement") ? "" : "statement: revenue, ";
        return String.join(
                "\n",
                "format: budget-profile/1",
                "name: words",
                "document: {title: \"{department}\"}",
                "narrative: {template: narrative.ftl}",
                "tables:",
                "  - {id: a, number: 1, title: A, layout: hierarchy, " + statement + "columns: [TOTAL],",
                "     widths: [1, 1, 1, 1, 1, 1], header: [[a, b, c, d, e, f]],",
                "     " + option + ": " + word + "}",
                "");
    }

    private static Optional<ProfileException> read(String yaml) {
        try {
            ProfileLoader.read(yaml.getBytes(StandardCharsets.UTF_8), "words.yaml", t -> true);
            return Optional.empty();
        } catch (ProfileException e) {
            return Optional.of(e);
        }
    }

    @Property(tries = 60)
    void everyWordOfAnOptionIsRead(@ForAll("words") Tuple2<String, String> optionAndWord) {
        Optional<ProfileException> refused = read(descriptor(optionAndWord.get1(), optionAndWord.get2()));
        // the word is read; what may remain are the widths, which depend on the statement and the code
        refused.ifPresent(e ->
                assertThat(e.problems()).allSatisfy(p -> assertThat(p.field()).endsWith("widths")));
    }

    @Property(tries = 200)
    void anyOtherTextIsRefusedAtTheOptionsLine(
            @ForAll("options") Tuple2<String, List<String>> option, @ForAll("texts") String text) {
        net.jqwik.api.Assume.that(!option.get2().contains(text));
        Optional<ProfileException> refused = read(descriptor(option.get1(), "\"" + text + "\""));
        assertThat(refused)
                .hasValueSatisfying(e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.field()).isEqualTo("tables[0]." + option.get1());
                    assertThat(p.message())
                            .startsWith("expected ")
                            .contains("'" + option.get2().get(0) + "'")
                            .doesNotContain("org.budgetdisclosure")
                            .doesNotContain("Cannot deserialize");
                }));
    }

    @Provide
    Arbitrary<Tuple2<String, String>> words() {
        return Arbitraries.of(OPTIONS).flatMap(o -> Arbitraries.of(o.get2()).map(w -> Tuple.of(o.get1(), w)));
    }

    @Provide
    Arbitrary<Tuple2<String, List<String>>> options() {
        return Arbitraries.of(OPTIONS);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars("-. 一二三")
                        .ofMinLength(1)
                        .ofMaxLength(20),
                Arbitraries.of("Split", "SPLIT", "top ", "revenue2", "1", "final-revenue"));
    }
}
