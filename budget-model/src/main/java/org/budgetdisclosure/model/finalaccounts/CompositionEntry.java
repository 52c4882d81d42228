package org.budgetdisclosure.model.finalaccounts;

/**
 * A line of the 部门决算单位构成 (the units of the department's final accounts): the unit's name and a note such
 * as 预算不单列，并入本级 (its accounts are kept with the department's own). Immutable.
 *
 * @param name the unit's name, not blank
 * @param note the note, empty text where none, not null
 */
public record CompositionEntry(String name, String note) {

    /** Validates the fields. */
    public CompositionEntry {
        Require.nonBlank(name, "composition.name");
        Require.present(note, "composition.note");
    }
}
