package org.budgetdisclosure.render.docx;

import static org.budgetdisclosure.render.document.Typography.halfPoints;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.TableGrid;
import org.budgetdisclosure.render.document.Typography;
import org.budgetdisclosure.render.fonts.FontRole;

/**
 * Streams the WordprocessingML body of a document: the cover, paragraphs in the heading styles, the contents as a
 * pre-filled table of contents field,
 * tables with a written grid, merged cells (gridSpan, vMerge), repeated header rows, a section per orientation,
 * East Asian fonts on every paragraph. Each paragraph names its style ({@link DocxStyles}) and each run states only
 * where its font, weight or size differs from what that style gives it, so that a table cell costs its text and
 * little more; an empty cell keeps its paragraph and no run. Elements are written in the order the schema
 * requires. Not thread-safe: one per document.
 */
final class DocxBody implements BlockVisitor {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Twips per millimetre. */
    private static final double MM = 1440 / 25.4;
    /** The sizes, spacing and margins, declared once for every writer. */
    private static final Typography TYPE = Typography.GB_9704;
    /** A body paragraph: indented two characters, justified (its style). */
    private static final String BODY_PARAGRAPH =
            "<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.BODY_TEXT + "\"/></w:pPr>";

    private static final int PORTRAIT_WIDTH = twips(156);
    private static final int LANDSCAPE_WIDTH = twips(225);

    private final Document document;
    private final DocxFonts fonts;
    private final DocxStyles styles;
    /** The run properties of each format over each paragraph style's, made once. */
    private final Map<RunFormat, Map<RunFormat, String>> differences = new HashMap<>();

    private Writer out;
    private int bookmarks;
    private IOException failure;

    DocxBody(Document document, DocxFonts fonts, DocxStyles styles) {
        this.document = document;
        this.fonts = fonts;
        this.styles = styles;
    }

    void write(Writer writer) throws IOException {
        this.out = writer;
        w("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\" xmlns:r=\""
                + R + "\"><w:body>");
        List<Section> sections = document.sections();
        for (int i = 0; i < sections.size(); i++) {
            for (Block block : sections.get(i).blocks()) {
                block.accept(this);
                if (failure != null) {
                    throw failure;
                }
            }
            if (i < sections.size() - 1) {
                w("<w:p><w:pPr>");
                sectPr(sections.get(i).landscape());
                w("</w:pPr></w:p>");
            }
        }
        sectPr(!sections.isEmpty() && sections.get(sections.size() - 1).landscape());
        w("</w:body></w:document>");
        out.flush();
    }

    private void w(String xml) throws IOException {
        out.write(xml);
    }

    /**
     * The contents: a TOC field over the outline levels the block lists, pre-filled with the entries (linked to
     * their bookmarks), so that Word, WPS and LibreOffice show them before any update; the page numbers are
     * PAGEREF fields, left for the reader's word processor to fill in when it updates the fields (Word on opening).
     */
    @Override
    public void visit(Contents contents) {
        guard(() -> {
            w("<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.TOC_HEADING + "\"/></w:pPr>");
            run(contents.title(), FontRole.HEADING, halfPoints(TYPE.contentsTitle()), DocxStyles.TOC_HEADING);
            w("</w:p>");
            List<Contents.Entry> entries = document.outline(contents.levels());
            String field = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText "
                    + "xml:space=\"preserve\"> TOC \\o \"1-" + contents.levels() + "\" \\h \\z \\u </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
            if (entries.isEmpty()) {
                w("<w:p>" + field + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
            }
            for (int i = 0; i < entries.size(); i++) {
                Contents.Entry e = entries.get(i);
                String bookmark = WordText.escape(e.anchor().replace('-', '_'));
                w("<w:p><w:pPr><w:pStyle w:val=\"TOC" + e.level() + "\"/><w:tabs><w:tab w:val=\"right\" "
                        + "w:leader=\"dot\" w:pos=\"" + PORTRAIT_WIDTH + "\"/></w:tabs></w:pPr>");
                if (i == 0) {
                    w(field);
                }
                w("<w:hyperlink w:anchor=\"" + bookmark + "\" w:history=\"1\">");
                run(e.text(), FontRole.BODY, halfPoints(TYPE.contentsEntry()), "TOC" + e.level());
                w("<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
                        + "xml:space=\"preserve\"> PAGEREF " + bookmark + " \\h </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>"
                        + "</w:r></w:hyperlink>");
                if (i == entries.size() - 1) {
                    w("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
                }
                w("</w:p>");
            }
        });
    }

    /** The cover: the title lines centred in large type in the upper half, the foot lines near the bottom. */
    @Override
    public void visit(Cover cover) {
        guard(() -> {
            for (int i = 0; i < cover.titleLines().size(); i++) {
                w("<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.TITLE + "\"/><w:spacing w:before=\""
                        + (i == 0 ? 3200 : 160) + "\" w:line=\"960\" w:lineRule=\"atLeast\"/></w:pPr>");
                run(cover.titleLines().get(i), FontRole.STRONG, halfPoints(TYPE.coverTitle()), DocxStyles.TITLE);
                w("</w:p>");
            }
            for (int i = 0; i < cover.footLines().size(); i++) {
                w("<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.TITLE + "\"/><w:spacing w:before=\""
                        + (i == 0 ? 5600 : 0) + "\"/></w:pPr>");
                run(cover.footLines().get(i), FontRole.STRONG, halfPoints(TYPE.coverFoot()), DocxStyles.TITLE);
                w("</w:p>");
            }
        });
    }

    private void sectPr(boolean landscape) throws IOException {
        Typography.Margins m = landscape ? TYPE.margins().turned() : TYPE.margins();
        w("<w:sectPr><w:pgSz "
                + (landscape ? "w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "w:w=\"11906\" w:h=\"16838\"/>")
                + "<w:pgMar w:top=\"" + twips(m.top()) + "\" w:right=\""
                + twips(m.right()) + "\" w:bottom=\"" + twips(m.bottom()) + "\" w:left=\"" + twips(m.left())
                + "\" w:header=\"" + twips(15) + "\" w:footer=\"" + twips(20) + "\" w:gutter=\"0\"/></w:sectPr>");
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * MM);
    }

    @Override
    public void visit(Heading heading) {
        FontRole role = FontRole.forHeading(heading.level());
        guard(() -> {
            w("<w:p><w:pPr><w:pStyle w:val=\"Heading" + heading.level() + "\"/></w:pPr>");
            bookmark(heading.anchor());
            run(
                    heading.text(),
                    role,
                    halfPoints(heading.level() == 1 ? TYPE.heading1() : TYPE.body()),
                    "Heading" + heading.level());
            w("</w:p>");
        });
    }

    @Override
    public void visit(Paragraph paragraph) {
        guard(() -> {
            switch (paragraph.style()) {
                case TITLE -> {
                    w("<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.TITLE
                            + "\"/><w:spacing w:before=\"3600\"/></w:pPr>");
                    run(paragraph.text(), FontRole.STRONG, halfPoints(TYPE.title()), DocxStyles.TITLE);
                }
                case NOTE -> {
                    w("<w:p>");
                    run(paragraph.text(), FontRole.BODY, halfPoints(TYPE.note()), "");
                }
                default -> {
                    w(BODY_PARAGRAPH);
                    run(paragraph.text(), FontRole.BODY, halfPoints(TYPE.body()), DocxStyles.BODY_TEXT);
                }
            }
            w("</w:p>");
        });
    }

    @Override
    public void visit(ItemList list) {
        guard(() -> {
            for (ItemList.Item item : list.items()) {
                w(BODY_PARAGRAPH);
                run(item.label() + item.text(), FontRole.BODY, halfPoints(TYPE.body()), DocxStyles.BODY_TEXT);
                w("</w:p>");
            }
        });
    }

    @Override
    public void visit(Table table) {
        guard(() -> table(table));
    }

    private void table(Table table) throws IOException {
        int size = Math.round(table.cellFontSize() * 2); // half-points
        int width = table.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        if (!table.title().isEmpty()) {
            String style = table.outlineLevel() > 0 ? "Heading" + table.outlineLevel() : DocxStyles.CAPTION;
            w("<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"
                    + "</w:pPr>");
            bookmark(table.anchor());
            run(
                    table.title(),
                    FontRole.STRONG,
                    halfPoints(table.landscape() ? TYPE.landscapeTableTitle() : TYPE.tableTitle()),
                    style);
            w("</w:p>");
        }
        if (!table.headings().isEmpty()) {
            headingLine(table.headings(), width, size + 2);
        }
        int[] columns = columnWidths(table.widths(), width);
        w("<w:tbl><w:tblPr><w:tblW w:w=\"" + width + "\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            w("<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        w("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int c : columns) {
            w("<w:gridCol w:w=\"" + c + "\"/>");
        }
        w("</w:tblGrid>");
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Placement[][] placed = TableGrid.place(rows, table.columnCount());
        int minRows = document.pageFlow().minRowsPerFragment();
        int headerRows = table.header().size();
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            // page flow: the header and first rows stay with the title, the last rows stay together
            int b = r - headerRows;
            boolean keepNext =
                    r < rows.size() - 1 && (b < minRows || b >= table.body().size() - minRows);
            w(
                    r < table.header().size()
                            ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                            : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            FontRole role = row.kind() == Table.Kind.TOTAL ? FontRole.STRONG : FontRole.BODY;
            for (int c = 0; c < table.columnCount(); ) {
                Placement at = placed[r][c];
                int span = at == null ? 1 : at.cell().colSpan();
                int cellWidth = 0;
                for (int k = c; k < c + span && k < columns.length; k++) {
                    cellWidth += columns[k];
                }
                w("<w:tc><w:tcPr><w:tcW w:w=\"" + cellWidth + "\" w:type=\"dxa\"/>");
                if (span > 1) {
                    w("<w:gridSpan w:val=\"" + span + "\"/>");
                }
                boolean continuation = at != null && at.row() != r;
                if (continuation) {
                    w("<w:vMerge w:val=\"continue\"/>");
                } else if (at != null && at.cell().rowSpan() > 1) {
                    w("<w:vMerge w:val=\"restart\"/>");
                }
                boolean text = at != null && !continuation;
                String style = text ? DocxStyles.cellStyle(at.cell().align()) : DocxStyles.TABLE_CELL;
                w("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>"
                        + (keepNext ? "<w:keepNext/>" : ""));
                if (text) {
                    if (c == table.indentColumn() && row.level() > 0) {
                        w("<w:ind w:left=\"" + row.level() * size * 10 + "\"/>");
                    }
                    w("</w:pPr>");
                    String[] lines = at.cell().text().split("\n", -1);
                    for (int l = 0; l < lines.length; l++) {
                        if (l > 0) {
                            w("<w:r><w:br/></w:r>"); // in the defaults' size, as the paragraph's mark
                        }
                        run(lines[l], role, size, style);
                    }
                } else {
                    w("</w:pPr>");
                }
                w("</w:p></w:tc>");
                c += span;
            }
            w("</w:tr>");
        }
        w("</w:tbl>");
        for (String note : table.notes()) {
            w("<w:p>");
            run(note, FontRole.BODY, size + 2, "");
            w("</w:p>");
        }
    }

    private void headingLine(List<String> headings, int width, int size) throws IOException {
        w("<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.TABLE_HEADINGS + "\"/><w:tabs>");
        if (headings.size() > 2) {
            w("<w:tab w:val=\"center\" w:pos=\"" + width / 2 + "\"/>");
        }
        w("<w:tab w:val=\"right\" w:pos=\"" + width + "\"/></w:tabs></w:pPr>");
        for (int i = 0; i < headings.size(); i++) {
            if (i > 0) {
                w("<w:r><w:tab/></w:r>");
            }
            run(headings.get(i), FontRole.BODY, size, DocxStyles.TABLE_HEADINGS);
        }
        w("</w:p>");
    }

    private static int[] columnWidths(List<Integer> weights, int width) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[weights.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? width - used : width * weights.get(i) / total;
            used += widths[i];
        }
        return widths;
    }

    private void bookmark(String anchor) throws IOException {
        int id = ++bookmarks;
        w("<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + WordText.escape(anchor.replace('-', '_'))
                + "\"/><w:bookmarkEnd w:id=\"" + id + "\"/>");
    }

    /**
     * A run of text in a role's font at a size, in a paragraph of a style: its properties only where they differ
     * from the style's (bold where the role or the style is); no run for no text.
     */
    private void run(String text, FontRole role, int halfPoints, String styleId) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        RunFormat base = styles.format(styleId);
        RunFormat format = new RunFormat(fonts.family(role), fonts.bold(role) || base.bold(), halfPoints);
        w("<w:r>");
        w(differences(format, base));
        w(WordText.preserve(text) ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        w(WordText.escape(text));
        w("</w:t></w:r>");
    }

    private String differences(RunFormat format, RunFormat base) {
        return differences.computeIfAbsent(format, f -> new HashMap<>()).computeIfAbsent(base, format::differences);
    }

    private interface Step {
        void run() throws IOException;
    }

    private void guard(Step step) {
        if (failure == null) {
            try {
                step.run();
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
