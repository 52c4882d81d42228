package org.budgetdisclosure.render.fonts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetdisclosure.render.document.Document;

/**
 * The characters a document sets in each face of its fonts: each character of a role's text ({@link TextByRole})
 * in the first face of the role that has it. The key by which the PDF and the DOCX ask for a face's subset
 * ({@link FontSubsets}), so that both embed the same one, cut and deflated once.
 */
public final class TextByFace {

    private TextByFace() {}

    /**
     * @param document the document, not null
     * @param fonts its fonts, not null
     * @return the characters of each face that sets any, in the order of the roles and their faces, never null
     */
    public static Map<FontFace, String> of(Document document, FontSet fonts) {
        return of(TextByRole.of(document), fonts);
    }

    /**
     * @param text the characters of each role ({@link TextByRole}), not null
     * @param fonts the fonts, not null
     * @return the characters of each face that sets any, in the order of the roles and their faces, never null
     */
    static Map<FontFace, String> of(Map<FontRole, String> text, FontSet fonts) {
        Map<FontFace, StringBuilder> chars = new LinkedHashMap<>();
        for (FontRole role : FontRole.values()) {
            String s = text.get(role);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                fonts.faceFor(role, cp)
                        .ifPresent(face -> chars.computeIfAbsent(face, k -> new StringBuilder())
                                .appendCodePoint(cp));
                i += Character.charCount(cp);
            }
        }
        Map<FontFace, String> result = new LinkedHashMap<>();
        chars.forEach((face, sb) -> result.put(face, sb.toString()));
        return java.util.Collections.unmodifiableMap(result);
    }
}
