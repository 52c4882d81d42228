package org.budgetdisclosure.render.profile;

import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.narrative.NarrativeEngine;

/**
 * A published layout of the disclosure: which tables, in which order, with which titles, header rows, merges,
 * columns and notes, and which narrative templates. A second province's layout is a new profile; the writers stay
 * the same. Implementations are immutable and thread-safe.
 */
public interface Profile {

    /** @return the profile's name, such as {@code hebei-2022}, never null */
    String name();

    /**
     * Assembles the document of a budget.
     *
     * @param statements the statements, not null
     * @param narrative the template engine for the narrative, not null
     * @param date the document date for the metadata, ISO yyyy-MM-dd, not null
     * @return the document, never null
     */
    Document document(Statements statements, NarrativeEngine narrative, String date);

    /** @return the Hebei 2022 profile, the layout of the reference disclosure; never null */
    static Profile hebei2022() {
        return Hebei2022Profile.INSTANCE;
    }
}
