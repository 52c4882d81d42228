/**
 * Profiles: a published layout written as data (a folder with {@code profile.yaml} and its templates), loaded
 * and checked in full with located errors, and the engine that lays out its tables from the statements. A new
 * province or year is a new folder, not new code.
 */
package org.budgetdisclosure.render.profile;
