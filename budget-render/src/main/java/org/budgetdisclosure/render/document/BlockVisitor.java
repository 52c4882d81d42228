package org.budgetdisclosure.render.document;

/**
 * Walks the blocks of a document; each writer implements one.
 */
public interface BlockVisitor {

    /** @param heading a heading, not null */
    void visit(Heading heading);

    /** @param paragraph a paragraph, not null */
    void visit(Paragraph paragraph);

    /** @param list a list, not null */
    void visit(ItemList list);

    /** @param table a table, not null */
    void visit(Table table);

    /**
     * Visits the cover; a writer prints it, a visitor that only reads text may ignore it (the default).
     *
     * @param cover the cover, not null
     */
    default void visit(Cover cover) {}

    /**
     * Visits the table of contents; a writer prints it (the default ignores it).
     *
     * @param contents the contents, not null
     */
    default void visit(Contents contents) {}
}
