package org.budgetdisclosure.render.document;

import java.util.List;

/**
 * A run of blocks on pages of one orientation; every section starts a new page.
 *
 * @param landscape whether its pages are landscape
 * @param blocks its blocks, not null
 */
public record Section(boolean landscape, List<Block> blocks) {

    /** Copies the blocks. */
    public Section {
        blocks = List.copyOf(blocks);
    }
}
