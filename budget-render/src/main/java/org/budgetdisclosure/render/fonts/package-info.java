/**
 * The fonts: bundled Noto subsets and a user's own, the font role of each text, the glyph check made before
 * anything is written, and subsetting for the files that embed fonts.
 */
package org.budgetdisclosure.render.fonts;
