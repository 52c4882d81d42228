/**
 * Building document tables from figures: the cell helpers a profile and the narrative share (amount cells,
 * names, Chinese numerals).
 */
package org.budgetdisclosure.render.tables;
