package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.util.Matrix;

/**
 * The marking of {@link ContentMarker} (标记内容, marked content) without PDFBox's stream engine: the page's
 * content bytes are read by {@link ContentLexer}, the graphics and text state kept here as PDFBox keeps it (the
 * same {@link Matrix} arithmetic, glyph advances from the Type0 fonts' {@code /W} by {@link Type0Widths}, never
 * from the font programs), and the marks are inserted into the original bytes, which are otherwise copied
 * verbatim. What it does not read ({@link ContentLexer.Unreadable}, a font that is not Type0/Identity-H, a stream
 * PDFBox would repair) gives empty: the caller marks that page with {@link ContentMarker}. One per document (it
 * keeps the widths of the fonts it has read); not thread-safe.
 */
final class FastMarker {

    private static final AtomicLong FALLBACKS = new AtomicLong();

    private final Map<COSBase, Optional<Type0Widths>> fonts = new IdentityHashMap<>();

    /** @return how many pages this process has marked with {@link ContentMarker} instead */
    static long fallbacks() {
        return FALLBACKS.get();
    }

    /**
     * @param page the page, its content one stream
     * @param leafAt the leaf whose place holds a point of the page, or -1
     * @param types the structure type of each leaf
     * @return the page marked as {@link ContentMarker} marks it, or empty if this marker cannot read it
     */
    Optional<ContentMarker.Marked> mark(
            PDPage page, BiFunction<Float, Float, Integer> leafAt, IntFunction<String> types) throws IOException {
        try {
            if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream stream)) {
                throw new ContentLexer.Unreadable("content not one stream", 0);
            }
            byte[] content;
            try (InputStream in = stream.createInputStream()) {
                content = in.readAllBytes();
            }
            PDResources resources = page.getResources();
            COSDictionary fontResources = resources == null
                    ? new COSDictionary()
                    : resources.getCOSObject().getCOSDictionary(COSName.FONT);
            Page run = new Page(content, fontResources == null ? new COSDictionary() : fontResources, leafAt, types);
            return Optional.of(run.mark());
        } catch (ContentLexer.Unreadable e) {
            FALLBACKS.incrementAndGet();
            return Optional.empty();
        }
    }

    /** @return the page marked by this marker, or by {@link ContentMarker} if this one cannot read it */
    ContentMarker.Marked markOrFallBack(
            PDPage page, BiFunction<Float, Float, Integer> leafAt, IntFunction<String> types) throws IOException {
        Optional<ContentMarker.Marked> fast = mark(page, leafAt, types);
        return fast.isPresent() ? fast.get() : ContentMarker.mark(page, leafAt, types);
    }

    /** The graphics state PDFBox keeps for the marking: CTM, text state, text and text line matrices. */
    private static final class State {
        Matrix ctm = new Matrix();
        Matrix tm;
        Matrix tlm;
        float charSpacing;
        float wordSpacing;
        float scaling = 100;
        float leading;
        float size;
        Type0Widths font;

        State copy() {
            State s = new State();
            s.ctm = ctm.clone();
            s.tm = tm == null ? null : tm.clone();
            s.tlm = tlm == null ? null : tlm.clone();
            s.charSpacing = charSpacing;
            s.wordSpacing = wordSpacing;
            s.scaling = scaling;
            s.leading = leading;
            s.size = size;
            s.font = font;
            return s;
        }
    }

    /** One page's run: the state, the marks so far and the bytes written. */
    private final class Page implements MarkingRules.Marks {
        private final byte[] content;
        private final COSDictionary fontResources;
        private final BiFunction<Float, Float, Integer> leafAt;
        private final ArrayDeque<State> saved = new ArrayDeque<>();
        private final MarkingRules rules;
        private final MarkedBytes out;
        private State state = new State();
        private boolean started;
        private float startX;
        private float startY;
        /** Where the operator being marked starts (its operands included) and ends. */
        private int at;

        private int end;

        Page(
                byte[] content,
                COSDictionary fontResources,
                BiFunction<Float, Float, Integer> leafAt,
                IntFunction<String> types) {
            this.content = content;
            this.fontResources = fontResources;
            this.leafAt = leafAt;
            this.rules = new MarkingRules(types, this);
            this.out = new MarkedBytes(content);
        }

        ContentMarker.Marked mark() throws ContentLexer.Unreadable, IOException {
            ContentLexer lexer = new ContentLexer(content);
            List<Object> operands = new ArrayList<>();
            int operandsStart = 0;
            for (Object token = lexer.next(); token != null; token = lexer.next()) {
                if (!(token instanceof String op)) {
                    if (operands.isEmpty()) {
                        operandsStart = lexer.tokenStart;
                    }
                    operands.add(token);
                    continue;
                }
                at = operands.isEmpty() ? lexer.tokenStart : operandsStart;
                end = lexer.position();
                started = false;
                run(op, operands, at);
                rules.before(op, () -> started ? leafAt.apply(startX, startY) : -1);
                rules.after(op);
                operands.clear();
            }
            if (!operands.isEmpty()) {
                throw new ContentLexer.Unreadable("operands without an operator", operandsStart);
            }
            end = content.length;
            rules.end();
            out.copyTo(content.length);
            return new ContentMarker.Marked(out.toByteArray(), rules.leaves());
        }

        @Override
        public void endBefore() {
            out.copyTo(at);
            out.before("EMC");
        }

        @Override
        public void artifactBefore() {
            out.copyTo(at);
            out.before("/Artifact BMC");
        }

        @Override
        public void structureBefore(String type, int mcid) throws IOException {
            out.copyTo(at);
            out.beforeStructure(type, mcid);
        }

        @Override
        public void endAfter() {
            out.copyTo(end);
            out.after("EMC");
        }

        /** Runs an operator on the state as PDFBox's operator processors do; refuses what they would repair. */
        private void run(String op, List<Object> operands, int at) throws ContentLexer.Unreadable {
            switch (op) {
                case "q" -> saved.push(state.copy());
                case "Q" -> {
                    if (saved.isEmpty()) {
                        throw new ContentLexer.Unreadable("Q without q", at);
                    }
                    state = saved.pop();
                }
                case "cm" -> state.ctm.concatenate(matrix(operands, at));
                case "BT" -> {
                    state.tm = new Matrix();
                    state.tlm = new Matrix();
                }
                case "ET" -> {
                    state.tm = null;
                    state.tlm = null;
                }
                case "Tm" -> {
                    Matrix m = matrix(operands, at);
                    state.tm = m;
                    state.tlm = m.clone();
                }
                case "Td" -> moveText(number(operands, 0, 2, at), number(operands, 1, 2, at), at);
                case "TD" -> {
                    float ty = number(operands, 1, 2, at);
                    state.leading = -1 * ty;
                    moveText(number(operands, 0, 2, at), ty, at);
                }
                case "T*" -> nextLine(operands, at);
                case "TL" -> state.leading = number(operands, 0, 1, at);
                case "Tc" -> state.charSpacing = number(operands, 0, 1, at);
                case "Tw" -> state.wordSpacing = number(operands, 0, 1, at);
                case "Tz" -> state.scaling = number(operands, 0, 1, at);
                case "Ts" -> number(operands, 0, 1, at); // the rise moves glyphs, not the text matrix
                case "Tf" -> font(operands, at);
                case "Tj" -> showString(operands, 0, 1, at);
                case "TJ" -> showArray(operands, at);
                case "'" -> {
                    nextLine(List.of(), at);
                    showString(operands, 0, 1, at);
                }
                case "\"" -> {
                    state.wordSpacing = number(operands, 0, 3, at);
                    state.charSpacing = number(operands, 1, 3, at);
                    nextLine(List.of(), at);
                    showString(operands, 2, 3, at);
                }
                default -> {
                    // an operator that does not move text: copied as it is
                }
            }
        }

        private void nextLine(List<Object> operands, int at) throws ContentLexer.Unreadable {
            if (!operands.isEmpty()) {
                throw new ContentLexer.Unreadable("T* with operands", at);
            }
            moveText(0f, -state.leading, at);
        }

        private void moveText(float tx, float ty, int at) throws ContentLexer.Unreadable {
            if (state.tlm == null) {
                throw new ContentLexer.Unreadable("text move outside a text object", at);
            }
            state.tlm.concatenate(new Matrix(1, 0, 0, 1, tx, ty));
            state.tm = state.tlm.clone();
        }

        private void font(List<Object> operands, int at) throws ContentLexer.Unreadable {
            if (operands.size() != 2
                    || !(operands.get(0) instanceof ContentLexer.Name name)
                    || !(operands.get(1) instanceof Float size)) {
                throw new ContentLexer.Unreadable("Tf operands", at);
            }
            COSBase font = fontResources.getDictionaryObject(COSName.getPDFName(name.value()));
            if (!(font instanceof COSDictionary dictionary)) {
                throw new ContentLexer.Unreadable("no font " + name.value(), at);
            }
            state.size = size;
            state.font = fonts.computeIfAbsent(font, f -> Type0Widths.of(dictionary))
                    .orElseThrow(() -> new ContentLexer.Unreadable("not a Type0 Identity-H font", at));
        }

        private void showString(List<Object> operands, int index, int count, int at) throws ContentLexer.Unreadable {
            if (operands.size() != count || !(operands.get(index) instanceof byte[] string)) {
                throw new ContentLexer.Unreadable("text operands", at);
            }
            if (state.tm != null) {
                showText(string, at);
            }
        }

        private void showArray(List<Object> operands, int at) throws ContentLexer.Unreadable {
            if (operands.size() != 1 || !(operands.get(0) instanceof List<?> array)) {
                throw new ContentLexer.Unreadable("TJ operands", at);
            }
            if (state.tm == null) {
                return;
            }
            float fontSize = state.size;
            float horizontalScaling = state.scaling / 100f;
            for (Object item : array) {
                if (item instanceof Float tj) {
                    float tx = -tj / 1000 * fontSize * horizontalScaling;
                    state.tm.translate(tx, 0);
                } else if (item instanceof byte[] string) {
                    showText(string, at);
                } else {
                    throw new ContentLexer.Unreadable("TJ element", at);
                }
            }
        }

        /** PDFStreamEngine.showText: the start of the first string of an operator, then each glyph's advance. */
        private void showText(byte[] string, int at) throws ContentLexer.Unreadable {
            if (state.font == null || string.length % 2 != 0) {
                throw new ContentLexer.Unreadable("text without a font, or an odd code", at);
            }
            if (!started) {
                Matrix m = state.tm.multiply(state.ctm);
                startX = m.getTranslateX();
                startY = m.getTranslateY();
                started = true;
            }
            float fontSize = state.size;
            float horizontalScaling = state.scaling / 100f;
            float charSpacing = state.charSpacing;
            for (int i = 0; i < string.length; i += 2) {
                int code = (string[i] & 0xff) << 8 | (string[i + 1] & 0xff);
                float wordSpacing = 0; // two-byte codes: never the single-byte code 32
                float w = state.font.width(code) / 1000;
                float tx = (w * fontSize + charSpacing + wordSpacing) * horizontalScaling;
                state.tm.translate(tx, 0);
            }
        }

        private static float number(List<Object> operands, int index, int count, int at)
                throws ContentLexer.Unreadable {
            if (operands.size() != count || !(operands.get(index) instanceof Float f)) {
                throw new ContentLexer.Unreadable("number operands", at);
            }
            return f;
        }

        private static Matrix matrix(List<Object> operands, int at) throws ContentLexer.Unreadable {
            float[] v = new float[6];
            for (int i = 0; i < 6; i++) {
                v[i] = number(operands, i, 6, at);
            }
            return new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }
}
