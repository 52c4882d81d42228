package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.junit.jupiter.api.Test;

/**
 * Every text field counts toward the limit of a disclosure's text, and each field has its own: a huge glossary,
 * department name or glossary definition is refused up front, naming the field; text at the limits renders.
 */
class TextLimitsTest {

    private static List<GlossaryEntry> glossary(int entries, int length) {
        List<GlossaryEntry> g = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            g.add(new GlossaryEntry("名词" + i, "释".repeat(length)));
        }
        return g;
    }

    @Test
    void theGlossaryCountsTowardTheTotal() {
        Budget b = TestBudgets.small("某县测试局").glossary(glossary(11, 190_000)).build();
        assertThatThrownBy(() -> Disclosure.of(b))
                .isInstanceOf(RenderLimitException.class)
                .hasMessageContaining("the budget's text has 20900")
                .hasMessageContaining("limited to 2000000")
                .hasMessageContaining("every text field counts");
    }

    @Test
    void eachFieldHasItsOwnLimit() {
        assertThatThrownBy(() -> Disclosure.of(TestBudgets.small("某".repeat(Disclosure.MAX_NAME_CHARACTERS + 1))
                        .build()))
                .isInstanceOf(RenderLimitException.class)
                .hasMessage("department.name has 20001 characters; a name or table cell is limited to 20000");
        assertThatThrownBy(() -> Disclosure.of(TestBudgets.small("某县测试局")
                        .glossary(glossary(1, 200_001))
                        .build()))
                .isInstanceOf(RenderLimitException.class)
                .hasMessageStartingWith("narrative.glossary[0].definition has 200001 characters");
        assertThatThrownBy(() -> Disclosure.of(TestBudgets.small("某县测试局")
                        .procurement(
                                "某单位",
                                "2150501",
                                "公用经费",
                                "正常公用",
                                "台".repeat(20_001),
                                "台",
                                "1.00",
                                "1",
                                "1.00",
                                org.budgetdisclosure.model.facts.Fund.GENERAL_PUBLIC)
                        .build()))
                .isInstanceOf(RenderLimitException.class)
                .hasMessageStartingWith("narrative.procurement[0].itemName has 20001 characters");
    }

    @Test
    void textAtTheLimitsRenders() {
        String name = "某".repeat(Disclosure.MAX_NAME_CHARACTERS);
        Disclosure d = Disclosure.of(TestBudgets.small(name)
                .glossary(glossary(1, Disclosure.MAX_PARAGRAPH_CHARACTERS))
                .build());
        String html = new String(d.bytes(Format.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains(name).contains("释".repeat(Disclosure.MAX_PARAGRAPH_CHARACTERS));
    }
}
