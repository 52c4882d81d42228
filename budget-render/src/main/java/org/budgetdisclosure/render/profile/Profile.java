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

    /** @return how this layout prints amounts in its tables and narrative, never null */
    AmountStyles amountStyles();

    /**
     * The smallest size table cells may shrink to so that a table's widest figures fit the page on one line; a
     * table that does not fit even at this size is refused.
     *
     * @return the point size, 7 unless the profile says otherwise
     */
    default float minimumTableFontSize() {
        return 7f;
    }

    /**
     * Assembles the document of a budget, printing amounts in the profile's own styles.
     *
     * @param statements the statements, not null
     * @param narrative the template engine for the narrative, not null
     * @param date the document date for the metadata, ISO yyyy-MM-dd, not null
     * @return the document, never null
     */
    default Document document(Statements statements, NarrativeEngine narrative, String date) {
        return document(statements, narrative, date, amountStyles());
    }

    /**
     * Assembles the document of a budget.
     *
     * @param statements the statements, not null
     * @param narrative the template engine for the narrative, not null
     * @param date the document date for the metadata, ISO yyyy-MM-dd, not null
     * @param amounts how the tables and the narrative print amounts, not null
     * @return the document, never null
     */
    Document document(Statements statements, NarrativeEngine narrative, String date, AmountStyles amounts);

    /** @return the Hebei 2022 profile, the layout of the reference disclosure; never null */
    static Profile hebei2022() {
        return Hebei2022Profile.INSTANCE;
    }
}
