package org.budgetdisclosure.architecture.broken.cli;

import org.budgetdisclosure.architecture.broken.render.internal.Helper;

/** A class of another module that breaks the wall on purpose (see ArchitectureTest): it uses an internal helper. */
public final class UsesHelper {
    /** @return what the helper gives */
    public int use() {
        return Helper.help();
    }
}
