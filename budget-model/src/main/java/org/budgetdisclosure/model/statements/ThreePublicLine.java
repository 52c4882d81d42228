package org.budgetdisclosure.model.statements;

import java.util.Optional;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * A line of the “三公”经费 statement (财政拨款“三公”经费), by which its rows are found: the total (合计), the
 * subtotal (“三公”经费小计), the three groups and the items of the groups that have more than one. A layout
 * chooses which lines it prints, in which order and with which labels; it never finds a row by its position.
 */
public enum ThreePublicLine {
    /** 合计. */
    TOTAL,
    /** “三公”经费小计 (the same figures as the total). */
    SUBTOTAL,
    /** 因公出国（境）费, the group. */
    OVERSEAS,
    /** 教学科研人员因公出国（境）费. */
    OVERSEAS_TEACHING_RESEARCH,
    /** 其他因公出国（境）费. */
    OVERSEAS_OTHER,
    /** 公务用车购置及运行维护费, the group. */
    VEHICLES,
    /** 公务用车购置费. */
    VEHICLE_PURCHASE,
    /** 公务用车运行维护费. */
    VEHICLE_OPERATION,
    /** 公务接待费 (a group of one item). */
    RECEPTION;

    /** @param group a group, not null @return its line, never null */
    public static ThreePublicLine of(ThreePublicItem.Group group) {
        return valueOf(group.name());
    }

    /**
     * @param item an item, not null
     * @return its own line; empty for the item of a group of one, whose line is the group's
     */
    public static Optional<ThreePublicLine> of(ThreePublicItem item) {
        return item == ThreePublicItem.RECEPTION ? Optional.empty() : Optional.of(valueOf(item.name()));
    }
}
