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
}
