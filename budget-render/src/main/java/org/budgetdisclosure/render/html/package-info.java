/**
 * The HTML writer (FreeMarker): one self-contained file with embedded font subsets, semantic tables and print
 * CSS. Knows the document tree and the fonts only.
 */
package org.budgetdisclosure.render.html;
