package org.budgetdisclosure.architecture.broken.pdf;

import org.budgetdisclosure.architecture.broken.model.Fact;

/** A writer that breaks the wall on purpose (see ArchitectureTest): it reads the model, making a cycle. */
public final class PdfThing {
    /** @param fact a fact, which a writer must not see @return its text */
    public String write(Fact fact) {
        return fact.toString();
    }
}
