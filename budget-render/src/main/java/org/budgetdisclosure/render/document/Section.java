package org.budgetdisclosure.render.document;

import java.util.List;

/**
 * A run of blocks on pages of one orientation; every section starts a new page. An empty table the profile does
 * not require ({@link Table#required()}, {@link Table#isEmpty()}) is left out.
 *
 * @param landscape whether its pages are landscape
 * @param blocks its blocks, not null
 */
public record Section(boolean landscape, List<Block> blocks) {

    /** Copies the blocks, leaving out empty tables that are not required. */
    public Section {
        blocks = blocks.stream()
                .filter(b -> !(b instanceof Table t) || t.required() || !t.isEmpty())
                .toList();
    }
}
