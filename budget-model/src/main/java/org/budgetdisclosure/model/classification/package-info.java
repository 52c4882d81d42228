/**
 * Classification codes (功能分类 and 经济分类) and the catalogue of their names, read from a CSV resource by a
 * replaceable provider. Immutable and thread-safe.
 */
package org.budgetdisclosure.model.classification;
