package org.budgetdisclosure.architecture.broken.render.internal;

/** An internal helper of a module (see ArchitectureTest): no other module may use it. */
public final class Helper {
    /** @return a value */
    public static int help() {
        return 1;
    }
}
