package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Where a page's content gets its marks, declared once for both markers ({@link ContentMarker} writes PDFBox tokens,
 * {@link FastMarker} inserts bytes): a text-showing operator opens the marked content of the leaf that holds its
 * start ({@code /Type <</MCID n>> BDC}), or an artifact where no leaf holds it, continuing the sequence open in its
 * text object when the leaf is the same and closing it at {@code ET}; every path (to its painting operator), image
 * and shading is an artifact. One per page; not thread-safe.
 */
final class MarkingRules {

    /** The marks a marker writes, in its own form, around the operator being marked. */
    interface Marks {
        /** {@code EMC} before the operator. @throws IOException if the mark cannot be written */
        void endBefore() throws IOException;

        /** {@code /Artifact BMC} before the operator. @throws IOException if the mark cannot be written */
        void artifactBefore() throws IOException;

        /**
         * {@code /type <</MCID mcid>> BDC} before the operator.
         *
         * @param type the structure type
         * @param mcid the marked-content identifier
         * @throws IOException if the mark cannot be written
         */
        void structureBefore(String type, int mcid) throws IOException;

        /** {@code EMC} after the operator. @throws IOException if the mark cannot be written */
        void endAfter() throws IOException;
    }

    private static final Set<String> SHOW = Set.of("Tj", "TJ", "'", "\"");
    private static final Set<String> PATH = Set.of("m", "l", "c", "v", "y", "h", "re");
    private static final Set<String> PAINT = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    private static final Set<String> XOBJECT = Set.of("Do", "sh", "BI");

    private final IntFunction<String> types;
    private final Marks marks;
    private final List<Integer> leaves = new ArrayList<>();
    private boolean inText;
    private boolean inPath;
    /** The leaf of the sequence open in a text object, -1 an artifact, MIN_VALUE none. */
    private int open = Integer.MIN_VALUE;

    /**
     * @param types the structure type of each leaf
     * @param marks where the marks go
     */
    MarkingRules(IntFunction<String> types, Marks marks) {
        this.types = types;
        this.marks = marks;
    }

    /**
     * The marks before an operator, after it has run.
     *
     * @param name the operator
     * @param leafAtStart for a text-showing operator, the leaf that holds its start, or -1; asked only for those
     * @throws IOException if a mark cannot be written
     */
    void before(String name, IntSupplier leafAtStart) throws IOException {
        if (inText && SHOW.contains(name)) {
            int leaf = leafAtStart.getAsInt();
            if (leaf != open) {
                if (open != Integer.MIN_VALUE) {
                    marks.endBefore();
                }
                if (leaf < 0) {
                    marks.artifactBefore();
                } else {
                    marks.structureBefore(types.apply(leaf), leaves.size());
                    leaves.add(leaf);
                }
                open = leaf;
            }
        } else if (name.equals("ET") && open != Integer.MIN_VALUE) {
            marks.endBefore();
            open = Integer.MIN_VALUE;
        } else if (!inText && !inPath && PATH.contains(name)) {
            marks.artifactBefore();
            inPath = true;
        } else if (!inText && XOBJECT.contains(name)) {
            marks.artifactBefore();
        }
    }

    /**
     * The marks after an operator (written after {@link #before} and the operator itself).
     *
     * @param name the operator
     * @throws IOException if a mark cannot be written
     */
    void after(String name) throws IOException {
        if (name.equals("BT")) {
            inText = true;
        } else if (name.equals("ET")) {
            inText = false;
        } else if (inPath && PAINT.contains(name)) {
            marks.endAfter();
            inPath = false;
        } else if (!inText && XOBJECT.contains(name)) {
            marks.endAfter();
        }
    }

    /** Closes a path left unpainted at the end of the stream. @throws IOException if the mark cannot be written */
    void end() throws IOException {
        if (inPath) {
            marks.endAfter();
            inPath = false;
        }
    }

    /** @return the leaf of each MCID, in order */
    List<Integer> leaves() {
        return List.copyOf(leaves);
    }
}
