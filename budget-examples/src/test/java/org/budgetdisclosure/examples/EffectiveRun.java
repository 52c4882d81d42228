package org.budgetdisclosure.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The formatting a DOCX run ends up with (有效格式), as Word resolves it: the run's own properties, then its
 * paragraph's style and the styles that style is based on, then the document defaults (docDefaults). A run states
 * only what differs from its paragraph style, so a test reads this, never the run's properties alone.
 * (Kept in step with the reader of the same name in the other test module: test classes are not shared.)
 *
 * @param family the East Asian font family
 * @param halfPoints the size in half-points
 * @param bold whether bold
 */
public record EffectiveRun(String family, int halfPoints, boolean bold) {

    /**
     * @param run a run of a paragraph of a document with styles
     * @return its formatting, resolved
     */
    public static EffectiveRun of(XWPFRun run) {
        XWPFParagraph paragraph = (XWPFParagraph) run.getParent();
        XWPFStyles styles = run.getDocument().getStyles();
        CTRPr defaults = defaults(styles);
        String family = resolve(
                run,
                paragraph,
                styles,
                defaults,
                r -> r.sizeOfRFontsArray() > 0 && r.getRFontsArray(0).isSetEastAsia()
                        ? Optional.of(r.getRFontsArray(0).getEastAsia())
                        : Optional.empty(),
                null);
        int size = resolve(
                run,
                paragraph,
                styles,
                defaults,
                r -> r.sizeOfSzArray() > 0
                        ? Optional.of(
                                Integer.parseInt(String.valueOf(r.getSzArray(0).getVal())))
                        : Optional.empty(),
                null);
        boolean bold = resolve(
                run,
                paragraph,
                styles,
                defaults,
                r -> r.sizeOfBArray() > 0
                        ? Optional.of(POIXMLUnits.parseOnOff(r.getBArray(0)))
                        : Optional.<Boolean>empty(),
                false);
        return new EffectiveRun(family, size, bold);
    }

    /**
     * @param docx a document
     * @return every run of its body, in order, the runs of table cells included
     */
    public static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        collect(docx.getBodyElements(), runs);
        return runs;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFRun> runs) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                runs.addAll(p.getRuns());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), runs);
                    }
                }
            }
        }
    }

    private static <T> T resolve(
            XWPFRun run,
            XWPFParagraph paragraph,
            XWPFStyles styles,
            CTRPr defaults,
            Function<CTRPr, Optional<T>> property,
            T otherwise) {
        CTRPr own = run.getCTR().getRPr();
        if (own != null && property.apply(own).isPresent()) {
            return property.apply(own).get();
        }
        String id = paragraph.getStyle();
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            CTRPr r = style.getCTStyle().getRPr();
            if (r != null && property.apply(r).isPresent()) {
                return property.apply(r).get();
            }
            id = style.getCTStyle().isSetBasedOn()
                    ? style.getCTStyle().getBasedOn().getVal()
                    : null;
        }
        if (defaults != null && property.apply(defaults).isPresent()) {
            return property.apply(defaults).get();
        }
        if (otherwise != null) {
            return otherwise; // a toggle (bold) that nothing sets is off
        }
        throw new AssertionError("the run \"" + run.text() + "\" has no such property in its chain of styles");
    }

    private static CTRPr defaults(XWPFStyles styles) {
        return styles.getDefaultRunStyle() == null
                ? null
                : styles.getDefaultRunStyle().getRPr();
    }
}
