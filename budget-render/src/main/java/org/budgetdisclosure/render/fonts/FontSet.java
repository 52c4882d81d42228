package org.budgetdisclosure.render.fonts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fonts of a rendering, by role: for each role, the faces to try in order. The bundled faces (GB 2312-level
 * cuts of Noto Serif SC and Noto Sans SC, SIL Open Font License) always come last, so a user's font (say, a
 * licensed 仿宋_GB2312) is used where it has the character and the bundled one elsewhere. Immutable and
 * thread-safe; the bundled faces are read once per JVM.
 */
public final class FontSet {

    private static final class Bundled {
        static final FontFace SERIF = FontFace.resource("Noto Serif SC", false, "NotoSerifSC-Regular.ttf");
        static final FontFace SERIF_BOLD = FontFace.resource("Noto Serif SC", true, "NotoSerifSC-Bold.ttf");
        static final FontFace SANS_BOLD = FontFace.resource("Noto Sans SC", true, "NotoSansSC-Bold.ttf");
        static final FontSet SET = new FontSet(Map.of(
                FontRole.BODY,
                List.of(SERIF),
                FontRole.STRONG,
                List.of(SERIF_BOLD),
                FontRole.HEADING,
                List.of(SANS_BOLD)));
    }

    private final Map<FontRole, List<FontFace>> faces;

    private FontSet(Map<FontRole, List<FontFace>> faces) {
        EnumMap<FontRole, List<FontFace>> copy = new EnumMap<>(FontRole.class);
        faces.forEach((role, list) -> copy.put(role, List.copyOf(list)));
        this.faces = copy;
    }

    /** @return the bundled fonts, never null */
    public static FontSet bundled() {
        return Bundled.SET;
    }

    /**
     * @param role the role, not null
     * @param face a face to try before the ones already set for the role, not null
     * @return a new font set, never null
     */
    public FontSet withFirst(FontRole role, FontFace face) {
        Map<FontRole, List<FontFace>> copy = new EnumMap<>(faces);
        List<FontFace> list = new ArrayList<>();
        list.add(face);
        list.addAll(faces.get(role));
        copy.put(role, list);
        return new FontSet(copy);
    }

    /** @param role a role, not null @return its faces in the order to try, never null */
    public List<FontFace> faces(FontRole role) {
        return faces.get(role);
    }

    /**
     * The width of a line of text, each character set in the first face of the role that has it.
     *
     * @param role the role, not null
     * @param text the text, not null
     * @param size the point size
     * @return the width in points
     */
    public float width(FontRole role, String text, float size) {
        float em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += faceFor(role, cp).map(f -> f.advance(cp)).orElse(1f);
            i += Character.charCount(cp);
        }
        return em * size;
    }

    /**
     * @param role a role, not null
     * @param codePoint a code point
     * @return the first face of the role that has the character, if any
     */
    public Optional<FontFace> faceFor(FontRole role, int codePoint) {
        for (FontFace face : faces.get(role)) {
            if (face.has(codePoint)) {
                return Optional.of(face);
            }
        }
        return Optional.empty();
    }
}
