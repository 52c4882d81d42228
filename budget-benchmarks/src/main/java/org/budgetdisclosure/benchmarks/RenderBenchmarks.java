package org.budgetdisclosure.benchmarks;

import java.io.IOException;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.docx.DocxRenderer;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The operations measured on one budget (JMH inherits them into each subclass): statements and validation; the
 * document (profile, narrative templates, glyph check); each format written from the document.
 */
public abstract class RenderBenchmarks {

    private static final FontSet FONTS = FontSet.bundled();

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

    /** A fresh writer: a disclosure cuts its font subsets once for DOCX and HTML, so its own writer would reuse them. */
    @Benchmark
    public long docx() throws IOException {
        Sink sink = new Sink();
        new DocxRenderer(FONTS, true).write(disclosure.document(), sink);
        return sink.count();
    }

    /** A fresh writer, as {@link #docx()}. */
    @Benchmark
    public long html() throws IOException {
        Sink sink = new Sink();
        new HtmlRenderer(FONTS).write(disclosure.document(), sink);
        return sink.count();
    }

    /** One document of a batch: the disclosure made, then its PDF, DOCX and HTML (which share the font subsets). */
    @Benchmark
    public long disclosureInThreeFormats() throws IOException {
        Disclosure d = Disclosure.of(budget);
        long bytes = 0;
        for (Format f : new Format[] {Format.PDF, Format.DOCX, Format.HTML}) {
            Sink sink = new Sink();
            d.write(f, sink);
            bytes += sink.count();
        }
        return bytes;
    }

    private long write(Format format) throws IOException {
        Sink sink = new Sink();
        disclosure.write(format, sink);
        return sink.count();
    }
}
