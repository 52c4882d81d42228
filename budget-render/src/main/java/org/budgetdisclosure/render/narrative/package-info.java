/**
 * The narrative (情况说明): FreeMarker templates that call directives adding blocks to the document, the data
 * they may print ({@link org.budgetdisclosure.render.narrative.NarrativeModel}: strings, lists and maps of table
 * figures only), and the narrative's tables. Templates belong to a profile.
 */
package org.budgetdisclosure.render.narrative;
