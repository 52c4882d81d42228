package org.budgetdisclosure.render.fonts;

import java.util.List;
import java.util.function.Supplier;
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
 * The one walk over the text of a document: every run of text the writers set, with the font role that sets it
 * (the rule the writers follow: headings by their level, titles, table titles, total rows and the cover in the
 * strong font, the rest in the body font) and where it stands, for messages. The glyph check and the font subsets
 * both walk the document through it, so they cannot disagree on which font sets a character.
 */
public final class DocumentText {

    /** Receives each run of text. */
    @FunctionalInterface
    public interface Sink {

        /**
         * @param text the text, not null
         * @param role the font role that sets it, not null
         * @param where where it stands, for a message, computed only when asked, not null
         */
        void text(String text, FontRole role, Supplier<String> where);
    }

    private DocumentText() {}

    /**
     * Walks the document's text: the title, the writers' fixed text (in every role) and every block.
     *
     * @param document the document, not null
     * @param sink receives each run, not null
     */
    public static void walk(Document document, Sink sink) {
        sink.text(document.title(), FontRole.STRONG, () -> "the document title");
        for (FontRole role : FontRole.values()) {
            sink.text(FixedText.all(), role, () -> "the writers' fixed text");
        }
        document.accept(new BlockVisitor() {
            @Override
            public void visit(Heading heading) {
                sink.text(
                        heading.text(), FontRole.forHeading(heading.level()), () -> "heading '" + heading.text() + "'");
            }

            @Override
            public void visit(Paragraph paragraph) {
                sink.text(
                        paragraph.text(),
                        paragraph.style() == Paragraph.Style.TITLE ? FontRole.STRONG : FontRole.BODY,
                        () -> "paragraph '" + excerpt(paragraph.text()) + "'");
            }

            @Override
            public void visit(ItemList list) {
                for (ItemList.Item item : list.items()) {
                    sink.text(
                            item.label() + item.text(),
                            FontRole.BODY,
                            () -> "list item " + item.label() + " '" + excerpt(item.text()) + "'");
                }
            }

            @Override
            public void visit(Table table) {
                String where = "table '" + table.title() + "'";
                sink.text(table.title(), FontRole.STRONG, () -> where + " title");
                table.headings().forEach(h -> sink.text(h, FontRole.BODY, () -> where + " heading line"));
                rows(table.header(), where + " header row ", false, sink);
                rows(table.body(), where + " row ", true, sink);
                table.notes().forEach(n -> sink.text(n, FontRole.BODY, () -> where + " note"));
            }

            @Override
            public void visit(Cover cover) {
                cover.titleLines().forEach(l -> sink.text(l, FontRole.STRONG, () -> "cover line '" + excerpt(l) + "'"));
                cover.footLines().forEach(l -> sink.text(l, FontRole.STRONG, () -> "cover line '" + excerpt(l) + "'"));
            }

            @Override
            public void visit(Contents contents) {
                sink.text(contents.title(), FontRole.HEADING, () -> "contents title");
                sink.text(contents.title(), FontRole.STRONG, () -> "contents title");
                for (Contents.Entry e : document.outline(contents.levels())) {
                    sink.text(e.text(), FontRole.BODY, () -> "contents entry '" + excerpt(e.text()) + "'");
                }
            }
        });
    }

    private static void rows(List<Table.Row> rows, String where, boolean body, Sink sink) {
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            FontRole role = body && rows.get(r).kind() == Table.Kind.TOTAL ? FontRole.STRONG : FontRole.BODY;
            for (int c = 0; c < cells.size(); c++) {
                int row = r + 1;
                int column = c + 1;
                sink.text(cells.get(c).text(), role, () -> where + row + " / cell " + column);
            }
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
