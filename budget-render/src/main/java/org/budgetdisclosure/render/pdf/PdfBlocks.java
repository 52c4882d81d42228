package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.Typography;
import org.budgetdisclosure.render.fonts.FontRole;

/**
 * Lays out the blocks of a document on PDF pages, following the document's {@link PageFlow}: a table that fits a
 * page (at its own size, or smaller down to the profile's smallest) is kept on one page; a table that must break
 * is cut by rows so that every page holds at least the profile's fewest rows; a heading, a label or a table title
 * never ends a page; a title too long for one line is broken into balanced lines, never leaving one character
 * alone. Not thread-safe: one per document.
 */
final class PdfBlocks implements BlockVisitor {

    private final com.lowagie.text.Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfOutline[] outline = new PdfOutline[5];
    private final Document document;
    private final PageNumbers numbers;
    /** The page of each anchor, from the first pass; empty in the first pass. */
    private final Map<String, Integer> pages;
    /** The paragraphs, in the document's typography. */
    private final PdfText text;
    /** The tables' cells and heading lines. */
    private final PdfTables tables;
    /** How each table is set. */
    private final PdfTablePlans plans;

    private List<Block> following = List.of();
    private DocumentException failure;
    /** The structure the blocks are given as they are set. */
    private final Tagging tagging;
    /** The sizes and spacing of the text. */
    private final Typography type = Typography.GB_9704;

    PdfBlocks(
            com.lowagie.text.Document pdf,
            PdfWriter writer,
            PdfFonts fonts,
            Document document,
            PageNumbers numbers,
            Map<String, Integer> pages,
            Map<Table, Object> layouts) {
        this.tagging = numbers.tagging();
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.document = document;
        this.numbers = numbers;
        this.pages = pages;
        this.text = new PdfText(pdf, writer, fonts, type);
        this.tables = new PdfTables(writer, fonts, document.pageFlow(), tagging);
        @SuppressWarnings("unchecked")
        Map<Table, PdfTablePlans.Prepared> shared = (Map<Table, PdfTablePlans.Prepared>) (Map<Table, ?>) layouts;
        this.plans = new PdfTablePlans(pdf, text, tables, document.pageFlow(), shared);
        outline[0] = writer.getRootOutline();
    }

    /** @param rest the blocks after the one visited next in its section, for keeping headings with what follows */
    void following(List<Block> rest) {
        this.following = rest;
    }

    void rethrow() throws DocumentException {
        if (failure != null) {
            throw failure;
        }
    }

    private void add(Element element) {
        try {
            pdf.add(element);
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
        }
    }

    @Override
    public void visit(Heading heading) {
        Paragraph p = text.heading(heading);
        keepWithNext(text.height(p) + startOfNext());
        if (heading.outline()) {
            outline(heading.level(), heading.text(), heading.anchor());
        }
        add(PdfText.tagged(p, tagging.leaf(tagging.root, "H" + Math.min(heading.level(), 6))));
    }

    /**
     * The height the blocks after a heading need on the same page: the headings and labels that follow it, then
     * two lines of text, or a table's title, header and first rows (the whole table if it is kept on one page).
     */
    private float startOfNext() {
        float needed = 0;
        for (Block next : following) {
            if (next instanceof Heading h) {
                needed += text.height(text.heading(h));
            } else if (next instanceof org.budgetdisclosure.render.document.Paragraph p
                    && p.style() == org.budgetdisclosure.render.document.Paragraph.Style.LABEL) {
                needed += text.height(text.paragraph(p));
            } else if (next instanceof Table t) {
                return needed + prepare(t).start();
            } else if (next instanceof org.budgetdisclosure.render.document.Paragraph p) {
                return needed + Math.min(text.height(text.paragraph(p)), 2 * type.leading() + 4);
            } else {
                return needed + 2 * type.leading() + 4;
            }
        }
        return needed;
    }

    @Override
    public void visit(Cover cover) {
        numbers.unnumbered(writer.getPageNumber());
        for (int i = 0; i < cover.titleLines().size(); i++) {
            Paragraph p = text.leading(48);
            p.add(fonts.phrase(
                    text.balanced(cover.titleLines().get(i), FontRole.STRONG, type.coverTitle(), 0),
                    FontRole.STRONG,
                    type.coverTitle()));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(i == 0 ? 160 : 8);
            add(PdfText.tagged(p, tagging.leaf(tagging.root, "P")));
        }
        // the foot lines stand at the foot of the text block, wherever the title ends
        ColumnText foot = new ColumnText(writer.getDirectContent());
        foot.setSimpleColumn(
                pdf.left(),
                pdf.bottom(),
                pdf.right(),
                pdf.bottom() + 32 * (cover.footLines().size() + 2));
        for (String line : cover.footLines()) {
            Paragraph p = text.leading(32);
            p.add(fonts.phrase(
                    text.balanced(line, FontRole.STRONG, type.coverFoot(), 0), FontRole.STRONG, type.coverFoot()));
            p.setAlignment(Element.ALIGN_CENTER);
            foot.addElement(PdfText.tagged(p, tagging.leaf(tagging.root, "P")));
        }
        try {
            foot.go();
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
        }
    }

    @Override
    public void visit(Contents contents) {
        Paragraph title = text.leading(40);
        title.add(fonts.phrase(contents.title(), FontRole.HEADING, type.contentsTitle()));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(16);
        add(PdfText.tagged(title, tagging.leaf(tagging.root, "P")));
        Tagging.Node toc = Tagging.group(tagging.root, "TOC");
        for (Contents.Entry entry : document.outline(contents.levels())) {
            Paragraph p = text.leading(type.leading());
            p.setIndentationLeft((entry.level() - 1) * type.indentCharacters() * type.contentsEntry());
            p.setIndentationRight(0);
            Phrase entryText = fonts.phrase(entry.text(), FontRole.BODY, type.contentsEntry());
            for (Object chunk : entryText.getChunks()) {
                ((Chunk) chunk).setLocalGoto(entry.anchor());
            }
            p.add(entryText);
            // the number stands in a slot as wide as "000" at the right: the dots run to the slot (a tab, to the
            // next line if the title ends past it), then on to the number, so every line breaks as it does without
            // the numbers, and the pages of the 目录 are the pages counted before the numbers were known
            Integer page = pages.get(entry.anchor());
            Phrase number =
                    fonts.phrase(page == null ? "000" : String.valueOf(page), FontRole.BODY, type.contentsEntry());
            float line = pdf.right() - pdf.left() - p.getIndentationLeft() - p.getIndentationRight();
            float slot = PdfText.width(fonts.phrase("000", FontRole.BODY, type.contentsEntry())) + 1;
            p.add(new Chunk(new DottedLineSeparator(), line - slot, true));
            p.add(new Chunk(new DottedLineSeparator(), line - PdfText.width(number) - 1, true));
            for (Object chunk : number.getChunks()) {
                ((Chunk) chunk).setLocalGoto(entry.anchor());
            }
            p.add(number);
            Tagging.Node link = tagging.leaf(Tagging.group(toc, "TOCI"), "Link");
            link.title = entry.text() + " " + (page == null ? "" : page);
            add(PdfText.tagged(p, link));
        }
    }

    @Override
    public void visit(org.budgetdisclosure.render.document.Paragraph paragraph) {
        Paragraph p = text.paragraph(paragraph);
        if (paragraph.style() == org.budgetdisclosure.render.document.Paragraph.Style.LABEL) {
            keepWithNext(text.height(p) + startOfNext());
        }
        add(PdfText.tagged(p, tagging.leaf(tagging.root, "P")));
    }

    @Override
    public void visit(ItemList list) {
        Tagging.Node l = Tagging.group(tagging.root, "L");
        for (ItemList.Item item : list.items()) {
            Paragraph p = text.item(item.label() + item.text());
            add(PdfText.tagged(p, tagging.leaf(Tagging.group(l, "LI"), "LBody")));
        }
    }

    @Override
    public void visit(Table table) {
        PdfTablePlans.Prepared plan = prepare(table);
        if (plan == null) {
            return;
        }
        float page = pdf.top() - pdf.bottom();
        if (atTop()) {
            place(table, plan, page);
            return;
        }
        float left = writer.getVerticalPosition(true) - pdf.bottom();
        if (plan.start() > left - 2) {
            pdf.newPage();
            left = page;
        }
        place(table, plan, left);
    }

    /** Sets a table from the current position, with {@code left} points left on this page. */
    private void place(Table table, PdfTablePlans.Prepared plan, float left) {
        float page = pdf.top() - pdf.bottom() - 2;
        // a table kept whole whose notes would have less than the room after a table left below its rows is cut
        // instead, so that its last rows take the notes with them
        float afterTable = PdfTablePlans.afterTable(type);
        boolean kept = plan.kept() && (plan.notes() <= 0 || left - 2 - plan.start() >= afterTable);
        List<int[]> fragments = kept
                ? List.<int[]>of(new int[] {0, plan.rows().length})
                : PdfTablePlans.fragments(
                        plan, left - 2 - plan.fixed() - plan.header(), page - plan.header(), afterTable);
        if (!kept) {
            plans.takeMeasured(table);
        }
        TableTags tags = tables.tableTags(table);
        tagging.root.kids.add(tags.table());
        if (!table.title().isEmpty()) {
            if (table.outlineLevel() > 0) {
                outline(table.outlineLevel(), table.title(), table.anchor());
            }
            add(PdfText.tagged(text.title(table), tags.caption()));
        }
        if (!table.headings().isEmpty()) {
            PdfPTable line = tables.headingLine(table.headings(), table.cellFontSize() + 1);
            for (PdfPCell cell : line.getRow(0).getCells()) {
                if (cell != null) {
                    cell.setCellEvent(tables.region(tags.caption().id));
                }
            }
            add(line);
        }
        try {
            for (int f = 0; f < fragments.size(); f++) {
                if (f > 0) {
                    pdf.newPage();
                }
                int[] rows = fragments.get(f);
                PdfPTable ready = kept ? plans.takeMeasured(table) : null;
                add(ready != null ? ready : tables.pdfTable(table, plan.size(), plan.compact(), rows[0], rows[1]));
            }
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
        }
        text.notes(table, table.cellFontSize())
                .forEach(note -> add(PdfText.tagged(note, tagging.leaf(tagging.root, "P"))));
    }

    private boolean atTop() {
        return writer.getVerticalPosition(true) >= pdf.top() - 1;
    }

    /** Starts a new page unless this many points are left, so a heading is never the last line of a page. */
    private void keepWithNext(float needed) {
        if (!atTop() && writer.getVerticalPosition(true) - pdf.bottom() < needed) {
            pdf.newPage();
        }
    }

    private void outline(int level, String title, String anchor) {
        int parent = Math.min(level - 1, outline.length - 2);
        while (parent > 0 && outline[parent] == null) {
            parent--;
        }
        PdfOutline entry = new PdfOutline(outline[parent], PdfAction.gotoLocalPage(anchor, false), title, false);
        outline[parent + 1] = entry;
        for (int i = parent + 2; i < outline.length; i++) {
            outline[i] = null;
        }
    }

    /** The plan of a table, or null when it cannot be measured (the failure kept for {@link #rethrow()}). */
    private PdfTablePlans.Prepared prepare(Table table) {
        try {
            return plans.prepare(table);
        } catch (DocumentException e) {
            failure = failure == null ? e : failure;
            return null;
        }
    }
}
