import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Proves, character by character, that a PDF draws its text from the embedded Noto faces only: for every
 * character drawn, the font is embedded, is a Noto Serif SC or Noto Sans SC subset, and its program has a glyph
 * for the character's code (not .notdef). A character a word processor or browser took from another font, or
 * drew as a box, fails the check with its page and the font it came from.
 * Usage (PDFBox app jar on the class path): java -cp pdfbox-app.jar PdfGlyphs.java FILE.pdf
 */
public class PdfGlyphs {

    public static void main(String[] args) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String unicode = text.getUnicode();
                    if (unicode == null || unicode.isBlank()) {
                        return;
                    }
                    PDFont font = text.getFont();
                    String name = font.getName() == null ? "(unnamed)" : font.getName();
                    String face = name.replaceFirst("^[A-Z]{6}\\+", "");
                    counts.merge(face, 1, Integer::sum);
                    String problem = null;
                    if (!font.isEmbedded()) {
                        problem = "not embedded";
                    } else if (!face.matches("Noto(Serif|Sans)SC-(Regular|Bold)")) {
                        problem = "not an embedded Noto SC face";
                    } else {
                        for (int code : text.getCharacterCodes()) {
                            if (!hasGlyph(font, code)) {
                                problem = "no glyph in the embedded subset";
                            }
                        }
                    }
                    if (problem != null) {
                        failures.putIfAbsent(unicode + " " + name,
                                "'" + unicode + "' (U+" + Integer.toHexString(unicode.codePointAt(0)).toUpperCase()
                                        + ") on page " + getCurrentPageNo() + " in " + name + ": " + problem);
                    }
                }
            };
            stripper.getText(pdf);
        }
        counts.forEach((face, n) -> System.out.println(face + ": " + n + " characters"));
        if (!failures.isEmpty()) {
            failures.values().forEach(f -> System.err.println("glyph check: " + f));
            System.exit(1);
        }
        System.out.println("every character drawn from an embedded Noto SC subset that has its glyph");
    }

    private static boolean hasGlyph(PDFont font, int code) {
        try {
            if (font instanceof PDType0Font t0) {
                return t0.getDescendantFont().hasGlyph(code);
            }
            return font instanceof PDVectorFont v && v.hasGlyph(code);
        } catch (IOException e) {
            return false;
        }
    }
}
