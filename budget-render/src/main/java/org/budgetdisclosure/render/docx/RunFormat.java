package org.budgetdisclosure.render.docx;

import java.util.Objects;

/**
 * The formatting a run ends up with once Word has resolved it (字符格式): font family, bold, size in half-points.
 * A paragraph style gives its runs one; a run then states only where it differs ({@link #differences}).
 *
 * @param family the font family, on all four font slots (ascii, hAnsi, eastAsia, cs), not null
 * @param bold whether bold (b and bCs)
 * @param halfPoints the size in half-points (sz and szCs)
 */
record RunFormat(String family, boolean bold, int halfPoints) {

    RunFormat {
        Objects.requireNonNull(family, "family");
    }

    /**
     * The run properties that turn a paragraph style's formatting into this one: empty when they are the same.
     *
     * @param base what the paragraph style gives its runs
     * @return a {@code <w:rPr>} element, or the empty string
     */
    String differences(RunFormat base) {
        boolean font = !family.equals(base.family);
        boolean weight = bold != base.bold;
        boolean size = halfPoints != base.halfPoints;
        if (!font && !weight && !size) {
            return "";
        }
        StringBuilder rPr = new StringBuilder(160).append("<w:rPr>");
        if (font) {
            String f = WordText.escape(family);
            rPr.append("<w:rFonts w:ascii=\"")
                    .append(f)
                    .append("\" w:hAnsi=\"")
                    .append(f)
                    .append("\" w:eastAsia=\"")
                    .append(f)
                    .append("\" w:cs=\"")
                    .append(f)
                    .append("\"/>");
        }
        if (weight) {
            rPr.append(bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        }
        if (size) {
            rPr.append("<w:sz w:val=\"")
                    .append(halfPoints)
                    .append("\"/><w:szCs w:val=\"")
                    .append(halfPoints)
                    .append("\"/>");
        }
        return rPr.append("</w:rPr>").toString();
    }
}
