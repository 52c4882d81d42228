package org.budgetdisclosure.render.docx;

import static org.budgetdisclosure.render.document.Typography.halfPoints;
import static org.budgetdisclosure.render.document.Typography.twentieths;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.budgetdisclosure.render.document.Typography;
import org.budgetdisclosure.render.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles of the disclosure, after GB/T 9704: body 3号 (16 pt); Title 2号 (22 pt); Heading 1 to 4 with
 * outline levels, so that the table of contents and the navigation pane find sections and table titles; every
 * style with its East Asian font.
 */
final class DocxStyles {

    /** The sizes and spacing, declared once for every writer. */
    private static final Typography TYPE = Typography.GB_9704;
    /** Body text, in half-points. */
    private static final int BODY = halfPoints(TYPE.body());

    static final String TITLE = "Title";
    static final String TOC_HEADING = "TOCHeading";
    static final String CAPTION = "TableCaption";

    private DocxStyles() {}

    static void install(XWPFDocument doc, DocxFonts fonts) {
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
