package org.budgetdisclosure.render.fonts;

import java.util.EnumMap;
import java.util.Map;
import org.budgetdisclosure.render.document.Document;

/**
 * The distinct characters a document sets in each font role, for subsetting the fonts a file embeds: headings
 * in the heading font, the title, table titles and totals in the strong font, everything else in the body font;
 * the body font gets every character, since tables of contents set headings in it.
 */
public final class TextByRole {

    private TextByRole() {}

    /**
     * @param document the document, not null
     * @return the characters of each role, sorted and distinct, never null
     */
    public static Map<FontRole, String> of(Document document) {
        Map<FontRole, StringBuilder> text = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            text.put(role, new StringBuilder());
        }
        text.get(FontRole.STRONG).append("目录");
        text.get(FontRole.HEADING).append("目录");
        // tables of contents and navigation set every heading and title in the body font too
        text.get(FontRole.BODY).append(document.characters()).append("目录");
        DocumentText.walk(document, (run, role, where) -> text.get(role).append(run));
        Map<FontRole, String> distinct = new EnumMap<>(FontRole.class);
        text.forEach((role, sb) -> distinct.put(role, Document.distinct(sb.append("0123456789—"))));
        return distinct;
    }
}
