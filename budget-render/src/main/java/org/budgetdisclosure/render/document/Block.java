package org.budgetdisclosure.render.document;

/**
 * A block of the format-neutral document: a heading, a paragraph, a list or a table. Writers walk blocks with a
 * {@link BlockVisitor}; blocks are immutable values and compute nothing a writer needs to recompute.
 */
public sealed interface Block permits Heading, Paragraph, ItemList, Table {

    /**
     * @param visitor the visitor, not null
     */
    void accept(BlockVisitor visitor);
}
