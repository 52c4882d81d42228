package org.budgetdisclosure.render.narrative;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Section;

/** Collects the blocks a template adds into sections. Not thread-safe: one per rendering. */
final class BlockCollector {

    private final List<Section> sections = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private boolean landscape;
    private boolean placed;
    private final List<Section> before = new ArrayList<>();
    private final TemplateLimits.Budget budget;

    BlockCollector(TemplateLimits.Budget budget) {
        this.budget = budget;
    }

    /** @param target where a directive's body is written @return it, counting toward the rendering's output limit */
    java.io.Writer writer(java.io.Writer target) {
        return budget.writer(target);
    }

    void add(Block block) {
        blocks.add(block);
    }

    void newSection(boolean landscape) {
        flush();
        this.landscape = landscape;
    }

    private void flush() {
        if (!blocks.isEmpty()) {
            sections.add(new Section(landscape, blocks));
            blocks = new ArrayList<>();
        }
    }

    /**
     * Places whole sections here (the profile's tables): the blocks so far end their section, except the headings
     * at its end, which open the first placed section so that a heading stays with what it heads; what follows
     * continues in a new section of the orientation before.
     */
    void place(List<Section> placed) {
        this.placed = true;
        if (placed.isEmpty()) {
            return;
        }
        int cut = blocks.size();
        while (cut > 0 && blocks.get(cut - 1) instanceof org.budgetdisclosure.render.document.Heading) {
            cut--;
        }
        List<Block> trailing = new ArrayList<>(blocks.subList(cut, blocks.size()));
        blocks = new ArrayList<>(blocks.subList(0, cut));
        flush();
        for (int i = 0; i < placed.size(); i++) {
            Section section = placed.get(i);
            if (i == 0 && !trailing.isEmpty()) {
                List<Block> opened = new ArrayList<>(trailing);
                opened.addAll(section.blocks());
                sections.add(new Section(section.landscape(), opened));
            } else {
                sections.add(section);
            }
        }
        blocks = new ArrayList<>();
    }

    /** @return whether {@link #place(List)} was called */
    boolean placed() {
        return placed;
    }

    /** @param first sections that come before all the others */
    void prepend(List<Section> first) {
        before.addAll(first);
    }

    List<Section> sections() {
        flush();
        List<Section> all = new ArrayList<>(before);
        all.addAll(sections);
        return List.copyOf(all);
    }
}
