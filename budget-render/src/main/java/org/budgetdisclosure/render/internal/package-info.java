/**
 * Helpers of {@code budget-render} that are not its API: writing files whole or not at all
 * ({@link org.budgetdisclosure.render.internal.AtomicFile}, {@link org.budgetdisclosure.render.internal.AtomicFileSet}),
 * a bounded cache ({@link org.budgetdisclosure.render.internal.BoundedCache}). They may change in any release; no
 * other module uses them (an architecture test keeps that wall).
 */
package org.budgetdisclosure.render.internal;
