package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.util.Matrix;

/**
 * Marks the content of one page by the {@link MarkingRules}: every text-showing operator becomes marked content of the leaf whose place holds
 * its start ({@code /P <</MCID n>> BDC … EMC}, consecutive ones of a leaf within a text object in one sequence),
 * or an artifact where no leaf holds it; every path, image and shading is an artifact (rules, borders, leaders).
 * The start of each text is found by running the page's operators ({@link PDFStreamEngine} keeps the text and
 * graphics state); the marked stream is those same operators, written as they run, with the marks inserted.
 */
final class ContentMarker extends PDFStreamEngine {

    private final java.util.function.BiFunction<Float, Float, Integer> leafAt;
    private final List<Object> out = new ArrayList<>();
    private final MarkingRules rules;
    private float[] start;
    /** Operators run by an operator (T* runs Td, TD runs TL and Td, ' runs T* and Tj): not written again. */
    private int depth;

    private ContentMarker(
            java.util.function.BiFunction<Float, Float, Integer> leafAt, java.util.function.IntFunction<String> types) {
        this.leafAt = leafAt;
        this.rules = new MarkingRules(types, new Tokens());
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new SetMatrix(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new NextLine(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new Concatenate(this));
    }

    /** Runs each operator (its text start found as it shows text), then writes it with the marks it needs. */
    @Override
    protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
        if (depth > 0) {
            super.processOperator(op, operands);
            return;
        }
        List<COSBase> copy = new ArrayList<>(operands);
        start = null;
        depth++;
        try {
            super.processOperator(op, operands);
        } finally {
            depth--;
        }
        String name = op.getName();
        rules.before(name, () -> start == null ? -1 : leafAt.apply(start[0], start[1]));
        out.addAll(copy);
        out.add(op);
        rules.after(name);
    }

    /** The marks as PDFBox tokens. */
    private final class Tokens implements MarkingRules.Marks {
        @Override
        public void endBefore() {
            out.add(Operator.getOperator("EMC"));
        }

        @Override
        public void artifactBefore() {
            out.add(COSName.ARTIFACT);
            out.add(Operator.getOperator("BMC"));
        }

        @Override
        public void structureBefore(String type, int mcid) {
            COSDictionary properties = new COSDictionary();
            properties.setItem(COSName.MCID, COSInteger.get(mcid));
            out.add(COSName.getPDFName(type));
            out.add(properties);
            out.add(Operator.getOperator("BDC"));
        }

        @Override
        public void endAfter() {
            out.add(Operator.getOperator("EMC"));
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        if (start == null) {
            Matrix m = getTextMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
            start = new float[] {m.getTranslateX(), m.getTranslateY()};
        }
        super.showText(string);
    }

    /** Marked content of a page: its new stream, and the leaf of each MCID in order. */
    record Marked(byte[] stream, List<Integer> leaves) {}

    /**
     * @param page the page
     * @param leafAt the leaf whose place holds a point of the page, or -1
     * @param types the structure type of each leaf
     */
    static Marked mark(
            PDPage page,
            java.util.function.BiFunction<Float, Float, Integer> leafAt,
            java.util.function.IntFunction<String> types)
            throws IOException {
        ContentMarker engine = new ContentMarker(leafAt, types);
        engine.processPage(page);
        engine.rules.end();
        Bytes bytes = new Bytes();
        write(engine.out, bytes);
        return new Marked(bytes.toByteArray(), engine.rules.leaves());
    }

    /**
     * A byte buffer without {@link java.io.ByteArrayOutputStream}'s lock on every write: PDFBox writes a content
     * stream's names a byte at a time.
     */
    private static final class Bytes extends OutputStream {
        private byte[] buffer = new byte[1 << 16];
        private int size;

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(size * 2, size + len));
            }
            System.arraycopy(b, off, buffer, size, len);
            size += len;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buffer, size);
        }
    }

    private static void write(List<Object> tokens, OutputStream out) throws IOException {
        new ContentStreamWriter(out).writeTokens(tokens);
    }
}
