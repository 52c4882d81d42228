package org.budgetdisclosure.render.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The glyph widths of a composite font (Type0 复合字体) with the {@code Identity-H} encoding, read from its
 * descendant CIDFont's {@code /W} (none: every glyph has the default) and {@code /DW} as COS objects, without parsing the font program: the widths
 * PDFBox's {@code PDCIDFont.getWidth} gives (a later entry for a CID wins, an absent CID has {@code /DW}, or 1000).
 * Identity-H maps each two-byte code to the CID of the same value.
 */
final class Type0Widths {

    private final Map<Integer, Float> widths;
    private final float defaultWidth;

    private Type0Widths(Map<Integer, Float> widths, float defaultWidth) {
        this.widths = widths;
        this.defaultWidth = defaultWidth;
    }

    /** @return the width of a CID in thousandths of the text space unit */
    float width(int cid) {
        Float w = widths.get(cid);
        return w == null ? defaultWidth : w;
    }

    /**
     * @param font a font resource
     * @return its widths, or empty if it is not a Type0 font, Identity-H, with one descendant whose /W, if any,
     *     is well-formed (the caller falls back to PDFBox)
     */
    static Optional<Type0Widths> of(COSDictionary font) {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                || !COSName.IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))
                || !(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || descendants.size() != 1
                || !(descendants.getObject(0) instanceof COSDictionary cidFont)) {
            return Optional.empty();
        }
        // OpenPDF leaves /W out when every glyph shown has the default width
        COSBase wBase = cidFont.getDictionaryObject(COSName.W);
        COSArray w = wBase == null ? new COSArray() : wBase instanceof COSArray a ? a : null;
        if (w == null) {
            return Optional.empty();
        }
        COSName subtype = cidFont.getCOSName(COSName.SUBTYPE);
        if (!COSName.CID_FONT_TYPE2.equals(subtype) && !COSName.CID_FONT_TYPE0.equals(subtype)) {
            return Optional.empty();
        }
        float defaultWidth = 1000;
        COSBase dw = cidFont.getDictionaryObject(COSName.DW);
        if (dw instanceof COSNumber n) {
            defaultWidth = n.floatValue();
        } else if (dw != null && !(dw instanceof COSNumber)) {
            return Optional.empty();
        }
        Map<Integer, Float> widths = new HashMap<>();
        int i = 0;
        while (i < w.size()) {
            if (!(w.getObject(i) instanceof COSNumber first) || i + 1 >= w.size()) {
                return Optional.empty();
            }
            if (w.getObject(i + 1) instanceof COSArray run) {
                for (int k = 0; k < run.size(); k++) {
                    if (!(run.getObject(k) instanceof COSNumber width)) {
                        return Optional.empty();
                    }
                    widths.put(first.intValue() + k, width.floatValue());
                }
                i += 2;
            } else if (i + 2 < w.size()
                    && w.getObject(i + 1) instanceof COSNumber last
                    && w.getObject(i + 2) instanceof COSNumber width) {
                for (int cid = first.intValue(); cid <= last.intValue(); cid++) {
                    widths.put(cid, width.floatValue());
                }
                i += 3;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Type0Widths(widths, defaultWidth));
    }
}
