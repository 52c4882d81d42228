package org.budgetdisclosure.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phrase library: the same words from Java and from a template, directions as values. */
class PhrasesTest {

    private static final List<String> OLD_NUMERALS = List.of(
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九",
            "二十");

    @Property
    void aChangeIsWordedByItsDirection(
            @ForAll Direction direction,
            @ForAll @StringLength(max = 8) String against,
            @ForAll @StringLength(max = 8) String amount) {
        String phrase = Phrases.compared(direction, against, amount);
        switch (direction) {
            case FLAT -> assertThat(phrase).isEqualTo("与" + against + "持平");
            case INCREASE -> assertThat(phrase).isEqualTo("比" + against + "增加" + amount);
            case DECREASE -> assertThat(phrase).isEqualTo("比" + against + "减少" + amount);
        }
        assertThat(Phrases.compared(direction, against, amount, "较"))
                .isEqualTo(direction == Direction.FLAT ? "较" + against + "持平" : phrase);
        assertThat(Phrases.moved(direction, amount, "与上年持平"))
                .isEqualTo(direction == Direction.FLAT ? "与上年持平" : direction.word() + amount);
    }

    @Property
    void numeralsAreThoseTheTemplatesListed(@ForAll @IntRange(min = 1, max = 20) int n) {
        assertThat(Phrases.numeral(n)).isEqualTo(OLD_NUMERALS.get(n - 1));
    }

    @Property
    void numeralsBeyondTwentyAreChineseToNinetyNineThenDigits(@ForAll @IntRange(min = 21, max = 150) int n) {
        assertThat(Phrases.numeral(n)).matches(n <= 99 ? "[一二三四五六七八九十]+" : "\\d+");
    }

    @Property
    void theDirectionOfASignIsItsDirection(@ForAll int signum) {
        assertThat(Direction.ofSign(signum))
                .isEqualTo(signum > 0 ? Direction.INCREASE : signum < 0 ? Direction.DECREASE : Direction.FLAT);
    }

    @Test
    void aTemplateWordsAChangeWithTheLibrary(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ftl"), """
                <@p>预算${compared(up, "2024年预算", "1.00万元")}，
                  ${compared(flat, "2024年预算", "0.00万元")}，
                  ${moved(down, "2.00万元", "持平")}，
                  （${numeral(12)}）</@p>
                """, StandardCharsets.UTF_8);
        List<Section> sections = NarrativeEngine.withDirectory(dir)
                .render(
                        "t.ftl",
                        Map.of(
                                "up",
                                Map.of("direction", "INCREASE"),
                                "flat",
                                Map.of("direction", "FLAT"),
                                "down",
                                Map.of("direction", "DECREASE")),
                        Map.of());
        String text = sections.stream()
                .flatMap(s -> s.blocks().stream())
                .map(b -> ((Paragraph) b).text())
                .collect(Collectors.joining());
        // one clause a line adds no space: the lines are joined as written
        assertThat(text).isEqualTo("预算比2024年预算增加1.00万元，与2024年预算持平，减少2.00万元，（十二）");
    }

    @Test
    void aDirectionThatIsNoneIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("t.ftl"), "<@p>\n${compared(\"持平\", \"上年\", \"\")}</@p>\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NarrativeEngine.withDirectory(dir).render("t.ftl", Map.of(), Map.of()))
                .isInstanceOf(NarrativeException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("INCREASE, DECREASE or FLAT");
    }
}
