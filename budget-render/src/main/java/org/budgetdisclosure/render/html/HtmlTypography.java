package org.budgetdisclosure.render.html;

import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetdisclosure.render.document.Typography;

/**
 * The {@link Typography} as the style sheet of the HTML template reads it ({@code ${type.body}pt}): every value a
 * number as CSS writes it ({@code 16}, {@code 10.5}), so that the page is set in the sizes, line spacing, indent and
 * margins the PDF and Word files are set in.
 */
final class HtmlTypography {

    private HtmlTypography() {}

    /**
     * @param type the typography, not null
     * @return its values by name ({@code body}, {@code title}, {@code heading1}, {@code coverTitle},
     *     {@code coverFoot}, {@code contentsEntry}, {@code note}, {@code tableTitle}, {@code landscapeTableTitle},
     *     {@code lineHeight}, {@code indent} in characters, {@code marginTop}, {@code marginRight},
     *     {@code marginBottom}, {@code marginLeft} in millimetres), never null
     */
    static Map<String, String> of(Typography type) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("body", Typography.css(type.body()));
        m.put("title", Typography.css(type.title()));
        m.put("heading1", Typography.css(type.heading1()));
        m.put("coverTitle", Typography.css(type.coverTitle()));
        m.put("coverFoot", Typography.css(type.coverFoot()));
        m.put("contentsEntry", Typography.css(type.contentsEntry()));
        m.put("note", Typography.css(type.note()));
        m.put("tableTitle", Typography.css(type.tableTitle()));
        m.put("landscapeTableTitle", Typography.css(type.landscapeTableTitle()));
        m.put("lineHeight", type.lineHeight());
        m.put("indent", Integer.toString(type.indentCharacters()));
        m.put("marginTop", Typography.css(type.margins().top()));
        m.put("marginRight", Typography.css(type.margins().right()));
        m.put("marginBottom", Typography.css(type.margins().bottom()));
        m.put("marginLeft", Typography.css(type.margins().left()));
        return Map.copyOf(m);
    }
}
