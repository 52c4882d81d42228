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

    List<Section> sections() {
        flush();
        return List.copyOf(sections);
    }
}
