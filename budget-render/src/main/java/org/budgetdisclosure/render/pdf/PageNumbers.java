package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.budgetdisclosure.render.fonts.FontRole;

/** Prints the page number, GB/T 9704 style {@code — 1 —}, centred under the text block. */
final class PageNumbers extends PdfPageEventHelper {

    private final PdfFonts fonts;

    PageNumbers(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                fonts.phrase("— " + writer.getPageNumber() + " —", FontRole.BODY, 12),
                (page.getLeft() + page.getRight()) / 2, document.bottom() - 28, 0);
    }
}
