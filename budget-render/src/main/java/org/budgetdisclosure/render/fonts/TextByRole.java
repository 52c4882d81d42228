package org.budgetdisclosure.render.fonts;

import java.util.EnumMap;
import java.util.Map;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.FixedText;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;

/**
 * The distinct characters a document sets in each font role, for subsetting the fonts a file embeds: headings
 * in the heading font, the title, table titles and totals in the strong font, everything else in the body font;
 * the body font gets every character, since tables of contents set headings in it.
 */
public final class TextByRole {

    private TextByRole() {
    }

    /**
     * @param document the document, not null
     * @return the characters of each role, sorted and distinct, never null
     */
    public static Map<FontRole, String> of(Document document) {
        Map<FontRole, StringBuilder> text = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            text.put(role, new StringBuilder());
        }
        text.get(FontRole.STRONG).append(document.title()).append("目录");
        text.get(FontRole.HEADING).append("目录");
        // tables of contents and navigation set every heading and title in the body font too
        text.get(FontRole.BODY).append(document.characters()).append("目录");
        for (FontRole role : FontRole.values()) {
            text.get(role).append(FixedText.all());
        }
        document.accept(new BlockVisitor() {
            @Override
            public void visit(Heading heading) {
                text.get(FontRole.forHeading(heading.level())).append(heading.text());
            }

            @Override
            public void visit(Paragraph paragraph) {
                text.get(paragraph.style() == Paragraph.Style.TITLE ? FontRole.STRONG : FontRole.BODY)
                        .append(paragraph.text());
            }

            @Override
            public void visit(ItemList list) {
                list.items().forEach(i -> text.get(FontRole.BODY).append(i.label()).append(i.text()));
            }

            @Override
            public void visit(Table table) {
                text.get(FontRole.STRONG).append(table.title());
                StringBuilder body = text.get(FontRole.BODY);
                table.headings().forEach(body::append);
                table.header().forEach(r -> r.cells().forEach(c -> body.append(c.text())));
                table.body().forEach(r -> r.cells().forEach(c -> text.get(r.kind() == Table.Kind.TOTAL
                        ? FontRole.STRONG : FontRole.BODY).append(c.text())));
                table.notes().forEach(body::append);
            }

            @Override
            public void visit(Cover cover) {
                cover.titleLines().forEach(text.get(FontRole.STRONG)::append);
                cover.footLines().forEach(text.get(FontRole.STRONG)::append);
            }

            @Override
            public void visit(Contents contents) {
                text.get(FontRole.HEADING).append(contents.title());
                text.get(FontRole.STRONG).append(contents.title());
            }
        });
        Map<FontRole, String> distinct = new EnumMap<>(FontRole.class);
        text.forEach((role, sb) -> distinct.put(role, Document.distinct(sb.append("0123456789—"))));
        return distinct;
    }
}
