package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.profile.Profile;

/**
 * Templates one clause a line add no space to the text (docs/templates.md): any generated budget with every
 * Shanghai fact (FigureLineBreakProperties' budgets: units, 参公, vehicles held, planned equipment, key projects),
 * rendered in every bundled budget layout, has no paragraph or item with white space between two Chinese
 * characters or marks, where a line break of a template would have left its indentation.
 */
class NarrativeSpacingProperties {

    /** White space with a Chinese character or mark (not a letter, digit or ASCII mark) on each side. */
    private static final Pattern SPACE_IN_CHINESE = Pattern.compile("[^\\x00-\\x7F]\\s+[^\\x00-\\x7F]");

    @Provide
    Arbitrary<Budget> budgets() {
        return new FigureLineBreakProperties().budgets();
    }

    @Property(tries = 15)
    void noTemplateLineBreakLeavesASpaceInTheText(@ForAll("budgets") Budget budget) {
        for (Profile profile : Profile.registered()) {
            if (profile.isFinalAccounts()) {
                continue;
            }
            Disclosure d;
            try {
                d = Disclosure.of(budget, RenderOptions.defaults().withProfile(profile));
            } catch (TableTooWideException e) {
                Statistics.label("outcome").collect("too wide");
                continue;
            }
            Statistics.label("outcome").collect("rendered");
            List<String> texts = texts(d.document().sections());
            assertThat(texts).as(profile.name()).isNotEmpty();
            for (String text : texts) {
                assertThat(SPACE_IN_CHINESE.matcher(text).find())
                        .as(profile.name() + ": " + text)
                        .isFalse();
            }
        }
    }

    private static List<String> texts(List<Section> sections) {
        List<String> texts = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    texts.add(p.text());
                } else if (b instanceof ItemList l) {
                    l.items().forEach(i -> texts.add(i.label() + i.text()));
                }
            }
        }
        return texts;
    }
}
