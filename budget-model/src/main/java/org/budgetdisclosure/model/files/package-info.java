/**
 * Reading the files a user gives (budget files, workbooks, profile descriptors, templates) under the same checks:
 * a regular file, within a size, inside its folder after following links. Shared by every module that reads
 * input, so that a guarantee holds for every input at once.
 */
package org.budgetdisclosure.model.files;
