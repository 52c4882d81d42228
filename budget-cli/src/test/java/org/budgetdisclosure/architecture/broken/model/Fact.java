package org.budgetdisclosure.architecture.broken.model;

import org.budgetdisclosure.architecture.broken.pdf.PdfThing;

/** A model class that breaks the wall on purpose (see ArchitectureTest): it knows a writer. */
public final class Fact {
    /** @return a writer's class, which the model must not know */
    public PdfThing renderer() {
        return new PdfThing();
    }
}
