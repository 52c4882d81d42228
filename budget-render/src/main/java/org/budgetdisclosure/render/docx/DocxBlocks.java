package org.budgetdisclosure.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.Placement;
import org.budgetdisclosure.render.document.TableGrid;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/** Writes the blocks of a document into a Word body. Not thread-safe: one per document. */
final class DocxBlocks implements BlockVisitor {

    /** Twips per millimetre. */
    private static final double MM = 1440 / 25.4;
    private static final int PORTRAIT_WIDTH = (int) Math.round(156 * MM);
    private static final int LANDSCAPE_WIDTH = (int) Math.round(225 * MM);

    private final XWPFDocument doc;
    private final DocxFonts fonts;
    private int bookmarks;

    DocxBlocks(XWPFDocument doc, DocxFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** A table of contents field over heading levels 1 to 3, filled in by Word (F9) or on opening. */
    void tableOfContents() {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.TOC_HEADING);
        run(title, "目录", FontRole.HEADING, 32);
        XWPFParagraph p = doc.createParagraph();
        CTR begin = p.getCTP().addNewR();
        CTFldChar b = begin.addNewFldChar();
        b.setFldCharType(STFldCharType.BEGIN);
        b.setDirty(Boolean.TRUE);
        CTText instr = p.getCTP().addNewR().addNewInstrText();
        instr.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "（目录将在打开文档时更新；如未更新，请右键选择“更新域”。）", FontRole.BODY, 24);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        doc.getSettings().setUpdateFields();
    }

    /** Closes a section with its page setup; the last one's setup goes on the body. */
    void endSection(boolean landscape, boolean last) {
        CTSectPr sect = last ? doc.getDocument().getBody().addNewSectPr()
                : doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        CTPageMar margins = sect.addNewPgMar();
        if (landscape) {
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
            margins.setTop(twips(26));
            margins.setBottom(twips(28));
            margins.setLeft(twips(37));
            margins.setRight(twips(35));
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            margins.setTop(twips(37));
            margins.setBottom(twips(35));
            margins.setLeft(twips(28));
            margins.setRight(twips(26));
        }
        margins.setHeader(twips(15));
        margins.setFooter(twips(20));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * MM));
    }

    @Override
    public void visit(Heading heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + heading.level());
        bookmark(p, heading.anchor());
        FontRole role = switch (heading.level()) {
            case 1, 3 -> FontRole.STRONG;
            case 2 -> FontRole.HEADING;
            default -> FontRole.BODY;
        };
        run(p, heading.text(), role, heading.level() == 1 ? 36 : 32);
    }

    @Override
    public void visit(Paragraph paragraph) {
        XWPFParagraph p = doc.createParagraph();
        switch (paragraph.style()) {
            case TITLE -> {
                p.setStyle(DocxStyles.TITLE);
                p.setSpacingBefore(3600);
                run(p, paragraph.text(), FontRole.STRONG, 44);
            }
            case NOTE -> run(p, paragraph.text(), FontRole.BODY, 21);
            default -> {
                p.setFirstLineIndent(640);
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, paragraph.text(), FontRole.BODY, 32);
            }
        }
    }

    @Override
    public void visit(ItemList list) {
        for (ItemList.Item item : list.items()) {
            XWPFParagraph p = doc.createParagraph();
            p.setFirstLineIndent(640);
            p.setAlignment(ParagraphAlignment.BOTH);
            run(p, item.label() + item.text(), FontRole.BODY, 32);
        }
    }

    @Override
    public void visit(Table table) {
        int size = table.columnCount() >= 10 ? 16 : table.columnCount() >= 8 ? 18 : 21;
        if (!table.title().isEmpty()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle(table.outlineLevel() > 0 ? "Heading" + table.outlineLevel() : DocxStyles.CAPTION);
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setFirstLineIndent(0);
            bookmark(title, table.anchor());
            run(title, table.title(), FontRole.STRONG, table.landscape() ? 36 : 28);
        }
        int width = table.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        if (!table.headings().isEmpty()) {
            headingLine(table.headings(), width, size + 2);
        }
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        pr.addNewTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(width));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        borders(pr);
        int[] columns = columnWidths(table.widths(), width);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        for (int w : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        List<Table.Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Placement[][] placed = TableGrid.place(rows, table.columnCount());
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            XWPFTableRow tr = t.createRow();
            while (!tr.getTableCells().isEmpty()) {
                tr.removeCell(0);
            }
            CTTrPr trPr = tr.getCtRow().isSetTrPr() ? tr.getCtRow().getTrPr() : tr.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            if (r < table.header().size()) {
                trPr.addNewTblHeader();
            }
            FontRole role = row.kind() == Table.Kind.TOTAL ? FontRole.STRONG : FontRole.BODY;
            for (int c = 0; c < table.columnCount(); ) {
                Placement at = placed[r][c];
                XWPFTableCell cell = tr.addNewTableCell();
                CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = at == null ? 1 : at.cell().colSpan();
                int cellWidth = 0;
                for (int k = c; k < c + span; k++) {
                    cellWidth += columns[k];
                }
                tcPr.addNewTcW().setW(BigInteger.valueOf(cellWidth));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingBefore(0);
                p.setSpacingAfter(0);
                p.setSpacingBetween(1.0);
                if (at != null && at.row() != r) {
                    tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else if (at != null) {
                    if (at.cell().rowSpan() > 1) {
                        tcPr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    p.setAlignment(switch (at.cell().align()) {
                        case LEFT -> ParagraphAlignment.LEFT;
                        case CENTER -> ParagraphAlignment.CENTER;
                        case RIGHT -> ParagraphAlignment.RIGHT;
                    });
                    if (c == table.indentColumn() && row.level() > 0) {
                        p.setIndentationLeft(row.level() * size * 10);
                    }
                    String[] lines = at.cell().text().split("\n", -1);
                    for (int l = 0; l < lines.length; l++) {
                        XWPFRun run = run(p, lines[l], role, size);
                        if (l < lines.length - 1) {
                            run.addBreak();
                        }
                    }
                }
                c += span;
            }
        }
        for (String note : table.notes()) {
            XWPFParagraph p = doc.createParagraph();
            run(p, note, FontRole.BODY, size + 2);
        }
    }

    private void headingLine(List<String> headings, int width, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(0);
        p.setSpacingAfter(60);
        var tabs = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tabList = tabs.addNewTabs();
        if (headings.size() > 2) {
            var centre = tabList.addNewTab();
            centre.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.CENTER);
            centre.setPos(BigInteger.valueOf(width / 2));
        }
        var right = tabList.addNewTab();
        right.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(width));
        for (int i = 0; i < headings.size(); i++) {
            XWPFRun r = run(p, headings.get(i), FontRole.BODY, size);
            if (i < headings.size() - 1) {
                r.addTab();
            }
        }
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

    private static void borders(CTTblPr pr) {
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("000000");
        }
    }

    private void bookmark(XWPFParagraph p, String anchor) {
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        BigInteger id = BigInteger.valueOf(++bookmarks);
        start.setId(id);
        start.setName(anchor.replace('-', '_'));
        p.getCTP().addNewBookmarkEnd().setId(id);
    }

    private XWPFRun run(XWPFParagraph p, String text, FontRole role, int halfPoints) {
        XWPFRun r = p.createRun();
        r.setText(text);
        DocxStyles.fonts(r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? r.getCTR().getRPr().getRFontsArray(0) : (r.getCTR().isSetRPr() ? r.getCTR().getRPr()
                        : r.getCTR().addNewRPr()).addNewRFonts(), fonts.family(role));
        r.setBold(fonts.bold(role));
        r.setFontSize(halfPoints / 2.0);
        return r;
    }
}
