package org.budgetdisclosure.render.docx;

import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;

/** The font of each role in Word: the first face of the role names the family, bold where the face is bold. */
final class DocxFonts {

    private final FontSet fonts;

    DocxFonts(FontSet fonts) {
        this.fonts = fonts;
    }

    FontFace face(FontRole role) {
        return fonts.faces(role).get(0);
    }

    String family(FontRole role) {
        return face(role).family();
    }

    boolean bold(FontRole role) {
        return face(role).bold();
    }

    FontSet set() {
        return fonts;
    }
}
