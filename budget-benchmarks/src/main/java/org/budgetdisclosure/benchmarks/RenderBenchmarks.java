package org.budgetdisclosure.benchmarks;

import java.io.IOException;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The operations measured on one budget (JMH inherits them into each subclass): statements and validation; the
 * document (profile, narrative templates, glyph check); each format written from the document.
 */
public abstract class RenderBenchmarks {

    protected Budget budget;
    protected Disclosure disclosure;

    /** @param budget the budget every operation works on */
    protected void prepare(Budget budget) {
        this.budget = budget;
        this.disclosure = Disclosure.of(budget);
    }

    @Benchmark
    public ValidationReport statementsAndValidation() {
        return Validator.standard().check(Statements.of(budget));
    }

    @Benchmark
    public Disclosure document() {
        return Disclosure.of(budget);
    }

    @Benchmark
    public long pdf() throws IOException {
        return write(Format.PDF);
    }

    @Benchmark
    public long docx() throws IOException {
        return write(Format.DOCX);
    }

    @Benchmark
    public long html() throws IOException {
        return write(Format.HTML);
    }

    private long write(Format format) throws IOException {
        Sink sink = new Sink();
        disclosure.write(format, sink);
        return sink.count();
    }
}
