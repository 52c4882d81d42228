/**
 * JMH benchmarks of the library: the reference, a large department, a batch, and LibreOffice for comparison.
 * Run by hand (see BENCHMARKS.md); never by the tests.
 */
package org.budgetdisclosure.benchmarks;
