package org.budgetdisclosure.render.document;

import java.util.List;
import java.util.Objects;

/**
 * A numbered list; each item carries its printed label (1、 or （一）), so writers number nothing.
 *
 * @param items the items, not null
 */
public record ItemList(List<Item> items) implements Block {

    /** Copies the items. */
    public ItemList {
        items = List.copyOf(items);
    }

    @Override
    public void accept(BlockVisitor visitor) {
        visitor.visit(this);
    }

    /**
     * An item of a list.
     *
     * @param label the printed label, such as 1、, not null
     * @param text the text, not null
     */
    public record Item(String label, String text) {
        /** Validates the fields. */
        public Item {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }
}
