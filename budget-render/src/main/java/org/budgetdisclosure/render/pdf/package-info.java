/**
 * The PDF writer (OpenPDF): A4, landscape table pages, embedded font subsets, outline, page numbers. Knows the
 * document tree and the fonts only.
 */
package org.budgetdisclosure.render.pdf;
