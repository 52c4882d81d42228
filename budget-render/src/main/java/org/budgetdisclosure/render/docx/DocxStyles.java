package org.budgetdisclosure.render.docx;

import static org.budgetdisclosure.render.document.Typography.halfPoints;
import static org.budgetdisclosure.render.document.Typography.twentieths;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Typography;
import org.budgetdisclosure.render.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles of the disclosure, after GB/T 9704: body 3号 (16 pt); Title 2号 (22 pt); Heading 1 to 4 with
 * outline levels, so that the table of contents and the navigation pane find sections and table titles; every
 * style with its East Asian font. The paragraphs that repeat take their formatting from a style too, so that a run
 * states only where it differs ({@link RunFormat#differences}): table cells (表格单元格; {@link #TABLE_CELL}: no
 * spacing, single lines; centred or to the right in the two styles based on it), the line of headings above a table (表头行, unit and date; {@link #TABLE_HEADINGS}) and
 * the narrative's paragraphs (正文; {@link #BODY_TEXT}). These three carry no run properties: a paragraph's mark
 * takes its style's size, and Word and LibreOffice set a line no lower than its mark, so a cell style in the
 * cells' size would make every row lower than it was (docs/docx.md); the runs keep their size.
 */
final class DocxStyles {

    /** The sizes and spacing, declared once for every writer. */
    private static final Typography TYPE = Typography.GB_9704;
    /** Body text, in half-points. */
    private static final int BODY = halfPoints(TYPE.body());

    static final String TITLE = "Title";
    static final String TOC_HEADING = "TOCHeading";
    static final String CAPTION = "TableCaption";
    static final String TABLE_CELL = "TableCell";
    static final String TABLE_CELL_CENTRE = "TableCellCenter";
    static final String TABLE_CELL_RIGHT = "TableCellRight";
    static final String TABLE_HEADINGS = "TableHeadings";
    static final String BODY_TEXT = "BudgetBody";

    private final DocxFonts fonts;
    /** What each paragraph style gives its runs, by style id; the empty id for no style (the defaults). */
    private final Map<String, RunFormat> formats = new HashMap<>();

    /** @param fonts the fonts of the roles, not null */
    DocxStyles(DocxFonts fonts) {
        this.fonts = fonts;
        RunFormat defaults = new RunFormat(fonts.family(FontRole.BODY), false, BODY);
        formats.put("", defaults);
        formats.put(TITLE, format(FontRole.STRONG, fonts.bold(FontRole.STRONG), halfPoints(TYPE.title())));
        formats.put("Heading1", format(FontRole.STRONG, true, halfPoints(TYPE.heading1())));
        formats.put("Heading2", format(FontRole.HEADING, true, BODY));
        formats.put("Heading3", format(FontRole.STRONG, true, BODY));
        formats.put("Heading4", format(FontRole.BODY, false, BODY));
        formats.put(TOC_HEADING, format(FontRole.HEADING, true, BODY));
        formats.put(CAPTION, format(FontRole.STRONG, true, halfPoints(TYPE.tableTitle())));
        for (int level = 1; level <= 4; level++) {
            formats.put("TOC" + level, format(FontRole.BODY, false, halfPoints(TYPE.contentsEntry())));
        }
        formats.put(TABLE_CELL, defaults);
        formats.put(TABLE_CELL_CENTRE, defaults);
        formats.put(TABLE_CELL_RIGHT, defaults);
        formats.put(TABLE_HEADINGS, defaults);
        formats.put(BODY_TEXT, defaults);
    }

    private RunFormat format(FontRole role, boolean bold, int halfPoints) {
        return new RunFormat(fonts.family(role), bold, halfPoints);
    }

    /**
     * @param styleId a paragraph style of this class, or the empty string for a paragraph with none
     * @return what the style gives its runs
     */
    RunFormat format(String styleId) {
        RunFormat format = formats.get(styleId);
        if (format == null) {
            throw new IllegalArgumentException("no such paragraph style: " + styleId);
        }
        return format;
    }

    void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts(), fonts.family(FontRole.BODY));
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints(TYPE.body())));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints(TYPE.body())));
        rpr.addNewLang().setEastAsia("zh-CN");
        CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
        ppr.addNewSpacing().setLine(BigInteger.valueOf(twentieths(TYPE.leading())));
        styles.setStyles(ct);

        add(
                styles,
                paragraphStyle(
                        TITLE,
                        "Title",
                        fonts.family(FontRole.STRONG),
                        fonts.bold(FontRole.STRONG),
                        halfPoints(TYPE.title()),
                        -1,
                        true));
        add(
                styles,
                paragraphStyle(
                        "Heading1",
                        "heading 1",
                        fonts.family(FontRole.STRONG),
                        true,
                        halfPoints(TYPE.heading1()),
                        0,
                        true));
        add(styles, paragraphStyle("Heading2", "heading 2", fonts.family(FontRole.HEADING), true, BODY, 1, false));
        add(styles, paragraphStyle("Heading3", "heading 3", fonts.family(FontRole.STRONG), true, BODY, 2, false));
        add(styles, paragraphStyle("Heading4", "heading 4", fonts.family(FontRole.BODY), false, BODY, 3, false));
        add(styles, paragraphStyle(TOC_HEADING, "TOC Heading", fonts.family(FontRole.HEADING), true, BODY, -1, true));
        add(
                styles,
                paragraphStyle(
                        CAPTION,
                        "Table Caption",
                        fonts.family(FontRole.STRONG),
                        true,
                        halfPoints(TYPE.tableTitle()),
                        -1,
                        true));
        for (int level = 1; level <= 4; level++) {
            add(styles, contentsStyle(level, fonts.family(FontRole.BODY)));
        }
        CTStyle cell = plainStyle(TABLE_CELL, "Table Cell");
        CTPPrGeneral cellP = cell.addNewPPr();
        cellP.addNewSpacing().setBefore(BigInteger.ZERO);
        cellP.getSpacing().setAfter(BigInteger.ZERO);
        cellP.getSpacing().setLine(BigInteger.valueOf(240));
        cellP.getSpacing().setLineRule(STLineSpacingRule.AUTO);
        add(styles, cell);
        add(styles, alignedCell(TABLE_CELL_CENTRE, "Table Cell Center", STJc.CENTER));
        add(styles, alignedCell(TABLE_CELL_RIGHT, "Table Cell Right", STJc.RIGHT));
        CTStyle headings = plainStyle(TABLE_HEADINGS, "Table Headings");
        CTPPrGeneral headingsP = headings.addNewPPr();
        headingsP.addNewKeepNext();
        headingsP.addNewSpacing().setBefore(BigInteger.ZERO);
        headingsP.getSpacing().setAfter(BigInteger.valueOf(60));
        add(styles, headings);
        CTStyle body = plainStyle(BODY_TEXT, "Budget Body");
        CTPPrGeneral bodyP = body.addNewPPr();
        bodyP.addNewInd().setFirstLine(BigInteger.valueOf(twentieths(TYPE.indent())));
        bodyP.addNewJc().setVal(STJc.BOTH);
        add(styles, body);
    }

    /**
     * @param align a cell's alignment (对齐)
     * @return the style of a cell's paragraph in that alignment: {@link #TABLE_CELL} (left, the default) or one
     *     based on it, centred or to the right
     */
    static String cellStyle(Cell.Align align) {
        return switch (align) {
            case LEFT -> TABLE_CELL;
            case CENTER -> TABLE_CELL_CENTRE;
            case RIGHT -> TABLE_CELL_RIGHT;
        };
    }

    private static CTStyle alignedCell(String id, String name, STJc.Enum align) {
        CTStyle s = plainStyle(id, name);
        s.addNewBasedOn().setVal(TABLE_CELL);
        s.addNewPPr().addNewJc().setVal(align);
        return s;
    }

    /** A paragraph style with its id and name only: everything else from the document defaults. */
    private static CTStyle plainStyle(String id, String name) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        return s;
    }

    /** The style of a contents entry of a level (TOC1 …): body font, 14 pt, indented two characters a level. */
    private static CTStyle contentsStyle(int level, String font) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("TOC" + level);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("toc " + level);
        s.addNewUiPriority().setVal(BigInteger.valueOf(39));
        CTPPrGeneral p = s.addNewPPr();
        p.addNewInd()
                .setLeft(BigInteger.valueOf(
                        (level - 1) * (long) twentieths(TYPE.indentCharacters() * TYPE.contentsEntry())));
        // 24 pt lines: Word's contents are set tighter than the PDF's (which sets them at the body leading)
        p.addNewSpacing().setLine(BigInteger.valueOf(480));
        CTRPr r = s.addNewRPr();
        fonts(r.addNewRFonts(), font);
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints(TYPE.contentsEntry())));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints(TYPE.contentsEntry())));
        return s;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTStyle paragraphStyle(
            String id, String name, String font, boolean bold, int halfPoints, int outlineLevel, boolean centred) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        if (outlineLevel >= 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        if (outlineLevel >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        if (centred) {
            p.addNewJc().setVal(STJc.CENTER);
        } else {
            p.addNewInd().setFirstLine(BigInteger.valueOf(twentieths(TYPE.indent())));
        }
        p.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 240 : 120));
        CTRPr r = s.addNewRPr();
        fonts(r.addNewRFonts(), font);
        if (bold) {
            r.addNewB();
            r.addNewBCs();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return s;
    }

    static void fonts(CTFonts f, String family) {
        f.setAscii(family);
        f.setHAnsi(family);
        f.setEastAsia(family);
        f.setCs(family);
    }
}
