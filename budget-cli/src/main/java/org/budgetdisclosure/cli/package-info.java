/**
 * The {@code budget} command line (picocli): {@code validate}, {@code render}, {@code batch}, {@code schema},
 * {@code profiles}, {@code reference}. A user's mistake is one located message and an exit status (1: the
 * budget has errors, 2: the input cannot be used), never a stack trace.
 */
package org.budgetdisclosure.cli;
