package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.Typography;
import org.budgetdisclosure.render.fonts.FontRole;

/**
 * The paragraphs of a PDF page, set in the document's {@link Typography}: headings, paragraphs, a table's title and
 * notes, and their measures (the height a paragraph takes, a title broken into balanced lines). Not thread-safe: one
 * per document pass.
 */
final class PdfText {

    private final com.lowagie.text.Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final Typography type;

    PdfText(com.lowagie.text.Document pdf, PdfWriter writer, PdfFonts fonts, Typography type) {
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.type = type;
    }

    /** @return the typography the text is set in, never null */
    Typography type() {
        return type;
    }

    Paragraph heading(Heading heading) {
        FontRole role = FontRole.forHeading(heading.level());
        float size = heading.level() == 1 ? type.heading1() : type.body();
        float indent = heading.level() == 1 ? 0 : type.indent();
        Paragraph p = leading(type.leading());
        Phrase text = fonts.phrase(balanced(heading.text(), role, size, indent), role, size);
        anchor(text, heading.anchor());
        p.add(text);
        p.setAlignment(heading.level() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        p.setFirstLineIndent(indent);
        p.setSpacingBefore(heading.level() <= 2 ? 10 : 4);
        p.setSpacingAfter(heading.level() == 1 ? 12 : 2);
        return p;
    }

    Paragraph paragraph(org.budgetdisclosure.render.document.Paragraph paragraph) {
        Paragraph p = leading(type.leading());
        switch (paragraph.style()) {
            case TITLE -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.STRONG, type.title()));
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingBefore(180);
                p.setLeading(36);
            }
            case LABEL -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.BODY, type.body()));
                p.setFirstLineIndent(type.indent());
            }
            case NOTE -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.BODY, type.note()));
                p.setLeading(16);
            }
            default -> {
                p.add(fonts.phrase(paragraph.text(), FontRole.BODY, type.body()));
                p.setFirstLineIndent(type.indent());
                p.setAlignment(Element.ALIGN_JUSTIFIED);
            }
        }
        return p;
    }

    /** A numbered item: its label and text as one body paragraph. */
    Paragraph item(String text) {
        Paragraph p = leading(type.leading());
        p.add(fonts.phrase(text, FontRole.BODY, type.body()));
        p.setFirstLineIndent(type.indent());
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    Paragraph title(Table table) {
        float size = table.landscape() ? type.landscapeTableTitle() : type.tableTitle();
        Paragraph title = leading(24);
        Phrase text = fonts.phrase(balanced(table.title(), FontRole.STRONG, size, 0), FontRole.STRONG, size);
        anchor(text, table.anchor());
        title.add(text);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(table.landscape() ? 0 : 8);
        title.setSpacingAfter(6);
        return title;
    }

    List<Paragraph> notes(Table table, float size) {
        List<Paragraph> notes = new ArrayList<>();
        for (String note : table.notes()) {
            Paragraph p = leading(16);
            p.add(fonts.phrase(note, FontRole.BODY, size + 1));
            notes.add(p);
        }
        return notes;
    }

    Paragraph leading(float leading) {
        Paragraph p = new Paragraph();
        p.setFont(fonts.font(FontRole.BODY, type.body()));
        p.setLeading(leading);
        return p;
    }

    /** The height a paragraph takes at the width of the text block, its spacing included. */
    float height(Paragraph p) {
        return measure(p, pdf.right() - pdf.left());
    }

    float measure(Paragraph p, float width) {
        ColumnText ct = new ColumnText(writer.getDirectContent());
        ct.setSimpleColumn(0, 0, width, 100_000);
        ct.addElement(p);
        try {
            ct.go(true);
        } catch (DocumentException e) {
            return 2 * type.leading();
        }
        return 100_000 - ct.getYLine() + p.getSpacingBefore();
    }

    /**
     * A title that does not fit on one line, broken into lines of even length (at places Chinese typesetting
     * allows), so that no line holds a lone character.
     *
     * @param indent the indentation of the first line
     */
    String balanced(String text, FontRole role, float size, float indent) {
        com.lowagie.text.pdf.BaseFont font = fonts.font(role, size).getBaseFont();
        float width = pdf.right() - pdf.left() - 1;
        float total = font.getWidthPoint(text, size);
        if (total + indent <= width || text.length() < 4) {
            return text;
        }
        int lines = (int) Math.ceil((total + indent) / width);
        float target = (total + indent) / lines;
        StringBuilder out = new StringBuilder();
        float used = indent;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = font.getWidthPoint(String.valueOf(c), size);
            boolean breakable = i > 0 && ChineseLineBreaks.breakableBefore(text, i);
            if (breakable && (used + w > width || used + w / 2 > target)) {
                out.append('\n');
                used = 0;
            }
            out.append(c);
            used += w;
        }
        return out.toString();
    }

    /** @return the width of a phrase set on one line, in points */
    static float width(Phrase phrase) {
        float width = 0;
        for (Object chunk : phrase.getChunks()) {
            width += ((Chunk) chunk).getWidthPoint();
        }
        return width;
    }

    static void anchor(Phrase phrase, String anchor) {
        Chunk first =
                phrase.getChunks().isEmpty() ? null : (Chunk) phrase.getChunks().get(0);
        if (first != null) {
            first.setLocalDestination(anchor);
            first.setGenericTag(anchor); // the page it lands on, for the contents
        }
    }

    /** Marks every text chunk of a paragraph as content of a leaf (keeping an anchor its first chunk has). */
    static Paragraph tagged(Paragraph p, Tagging.Node leaf) {
        for (Object o : p.getChunks()) {
            Chunk chunk = (Chunk) o;
            java.util.Map<String, Object> attributes = chunk.getChunkAttributes();
            if (attributes != null && attributes.containsKey(Chunk.SEPARATOR)) {
                continue;
            }
            Object existing = attributes == null ? null : attributes.get(Chunk.GENERICTAG);
            String anchor = existing instanceof String text ? Tagging.anchorOf(text) : "";
            chunk.setGenericTag(anchor + Tagging.SEPARATOR + leaf.id);
        }
        return p;
    }
}
