/**
 * The format-neutral document tree: sections of headings, paragraphs, lists and tables (header rows with merged
 * cells, a 栏次 row, body rows with a level and a kind, notes). It knows nothing of PDF, Word or HTML, nor of the
 * budget; every writer walks the same tree. Immutable.
 */
package org.budgetdisclosure.render.document;
