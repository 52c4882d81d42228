package org.budgetdisclosure.model.facts;

/**
 * A term of the glossary (名词解释).
 *
 * @param term the term, not blank
 * @param definition its explanation, not blank
 */
public record GlossaryEntry(String term, String definition) {

    /** Validates the fields. */
    public GlossaryEntry {
        Checks.nonBlank(term, "glossary.term");
        Checks.nonBlank(definition, "glossary.definition");
    }
}
