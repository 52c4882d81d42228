/**
 * The writer API: a {@link org.budgetdisclosure.render.writer.DocumentWriter} walks a document into bytes of one
 * format. Writers are built with their own configuration and see nothing but the document tree and the fonts.
 */
package org.budgetdisclosure.render.writer;
