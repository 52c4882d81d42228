package org.budgetdisclosure.render.document;

/**
 * A block of the format-neutral document: a heading, a paragraph, a list, a table, the cover or the contents. Writers walk blocks with a
 * {@link BlockVisitor}; blocks are immutable values and compute nothing a writer needs to recompute.
 */
public sealed interface Block permits Heading, Paragraph, ItemList, Table, Cover, Contents {

    /**
     * @param visitor the visitor, not null
     */
    void accept(BlockVisitor visitor);
}
