/**
 * Budget files: the JSON and YAML format {@code budget-disclosure/1} (Jackson), its JSON Schema, and errors
 * located by file, line, column and field path. Reading a file never goes through {@code double}.
 */
package org.budgetdisclosure.io;
