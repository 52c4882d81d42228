package org.budgetdisclosure.render.fonts;

import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.FixedText;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Table;

/**
 * Checks, before anything is written, that every character of a document has a glyph in a font of the role that
 * sets it; the first one missing fails the rendering with its place. Whitespace and line breaks need no glyph.
 */
public final class GlyphCheck {

    private GlyphCheck() {
    }

    /**
     * @param document the document, not null
     * @param fonts the fonts, not null
     * @throws MissingGlyphException for the first character no font of its role has
     */
    public static void check(Document document, FontSet fonts) {
        check(document.title(), "the document title", FontRole.STRONG, fonts);
        for (FontRole role : FontRole.values()) {
            check(FixedText.all(), "the writers' fixed text", role, fonts);
        }
        document.accept(new BlockVisitor() {
            @Override
            public void visit(Heading heading) {
                check(heading.text(), "heading '" + heading.text() + "'", FontRole.HEADING, fonts);
            }

            @Override
            public void visit(Paragraph paragraph) {
                check(paragraph.text(), "paragraph '" + excerpt(paragraph.text()) + "'",
                        paragraph.style() == Paragraph.Style.TITLE ? FontRole.STRONG : FontRole.BODY, fonts);
            }

            @Override
            public void visit(ItemList list) {
                for (ItemList.Item item : list.items()) {
                    check(item.label() + item.text(), "list item " + item.label() + " '" + excerpt(item.text()) + "'",
                            FontRole.BODY, fonts);
                }
            }

            @Override
            public void visit(Table table) {
                String where = "table '" + table.title() + "'";
                check(table.title(), where + " title", FontRole.STRONG, fonts);
                table.headings().forEach(h -> check(h, where + " heading line", FontRole.BODY, fonts));
                rows(table.header(), where + " header row ", fonts);
                rows(table.body(), where + " row ", fonts);
                table.notes().forEach(n -> check(n, where + " note", FontRole.BODY, fonts));
            }

            @Override
            public void visit(Cover cover) {
                cover.titleLines().forEach(l -> check(l, "cover line '" + excerpt(l) + "'", FontRole.STRONG, fonts));
                cover.footLines().forEach(l -> check(l, "cover line '" + excerpt(l) + "'", FontRole.STRONG, fonts));
            }

            @Override
            public void visit(Contents contents) {
                check(contents.title(), "contents title", FontRole.HEADING, fonts);
                for (Contents.Entry e : document.outline(contents.levels())) {
                    check(e.text(), "contents entry '" + excerpt(e.text()) + "'", FontRole.BODY, fonts);
                }
            }
        });
    }

    private static void rows(java.util.List<Table.Row> rows, String where, FontSet fonts) {
        for (int r = 0; r < rows.size(); r++) {
            java.util.List<Cell> cells = rows.get(r).cells();
            FontRole role = rows.get(r).kind() == Table.Kind.TOTAL ? FontRole.STRONG : FontRole.BODY;
            for (int c = 0; c < cells.size(); c++) {
                check(cells.get(c).text(), where + (r + 1) + " / cell " + (c + 1), role, fonts);
            }
        }
    }

    private static void check(String text, String where, FontRole role, FontSet fonts) {
        text.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && cp != 0x00A0 && fonts.faceFor(role, cp).isEmpty()) {
                throw new MissingGlyphException(cp, where, role);
            }
        });
    }

    private static String excerpt(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
