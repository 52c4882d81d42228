/**
 * The DOCX writer (Apache POI for the package, the body streamed): heading styles, a table of contents field,
 * merged header cells, landscape sections, embedded font subsets. Knows the document tree and the fonts only.
 */
package org.budgetdisclosure.render.docx;
