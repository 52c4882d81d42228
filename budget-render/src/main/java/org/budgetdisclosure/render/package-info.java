/**
 * The entry point: {@link org.budgetdisclosure.render.Disclosure} turns a budget into its disclosure in a
 * {@link org.budgetdisclosure.render.Format}, with {@link org.budgetdisclosure.render.RenderOptions}.
 */
package org.budgetdisclosure.render;
