package org.budgetdisclosure.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.fonts.DeflatedFont;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.budgetdisclosure.render.internal.StableZip;

/**
 * Embeds the fonts a DOCX uses, cut to the characters it sets in them, as Word does (ECMA-376 Part 1, 17.8.1): a
 * font table part listing each family with {@code w:embedRegular} / {@code w:embedBold}, and each font as an
 * obfuscated part ({@code .odttf}: the first 32 bytes XORed with the reversed bytes of its key GUID). Keys are
 * derived from the font and characters, so the same document gives the same bytes.
 */
final class FontEmbedding {

    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    private static final String FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private FontEmbedding() {}

    /**
     * Declares the fonts in the package and returns, by zip entry name, the font parts already deflated: the parts
     * themselves are left empty in POI's package and written once, into the final zip. Each is the subset's deflate
     * stream made once for the disclosure ({@link DeflatedFont}, shared with the HTML's WOFF), only its obfuscated
     * start deflated anew.
     */
    static Map<String, StableZip.DeflatedPart> embed(
            XWPFDocument doc, DocxFonts fonts, Document document, FontSubsets subsets) throws IOException {
        Map<String, StableZip.DeflatedPart> parts = new LinkedHashMap<>();
        // each face's characters, as the PDF asks for its subset: both embed the same one, cut and deflated once
        Map<FontFace, String> chars = subsets.textByFace(document, fonts.set());
        // family → (bold? → face)
        Map<String, Map<Boolean, FontFace>> faces = new LinkedHashMap<>();
        for (FontRole role : FontRole.values()) {
            FontFace face = fonts.face(role);
            faces.computeIfAbsent(face.family(), k -> new LinkedHashMap<>()).put(face.bold(), face);
        }
        try {
            PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart table = doc.getPackage().createPart(tableName, FONT_TABLE_TYPE);
            doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, FONT_TABLE_REL);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append("<w:fonts xmlns:w=\"")
                    .append(W)
                    .append("\" xmlns:r=\"")
                    .append(R)
                    .append("\">");
            int n = 0;
            for (Map.Entry<String, Map<Boolean, FontFace>> family : faces.entrySet()) {
                xml.append("<w:font w:name=\"")
                        .append(escape(family.getKey()))
                        .append("\">")
                        .append("<w:charset w:val=\"86\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>");
                for (Map.Entry<Boolean, FontFace> face : family.getValue().entrySet()) {
                    DeflatedFont subset = subsets.deflated(face.getValue(), chars.getOrDefault(face.getValue(), ""));
                    byte[] key = key(subset.font());
                    String guid = guid(key);
                    PackagePartName partName = PackagingURIHelper.createPartName("/word/fonts/font" + (++n) + ".odttf");
                    doc.getPackage().createPart(partName, FONT_TYPE);
                    byte[] head = new byte[Math.min(DeflatedFont.HEAD, subset.size())];
                    subset.font().get(head);
                    DeflatedFont.RawDeflate part = subset.withHead(obfuscate(head, key));
                    parts.put(
                            partName.getName().substring(1),
                            new StableZip.DeflatedPart(part.size(), part.crc32(), part.compressedSize(), part::open));
                    PackageRelationship rel = table.addRelationship(partName, TargetMode.INTERNAL, FONT_REL);
                    xml.append(face.getKey() ? "<w:embedBold" : "<w:embedRegular")
                            .append(" r:id=\"")
                            .append(rel.getId())
                            .append("\" w:fontKey=\"")
                            .append(guid)
                            .append("\" w:subsetted=\"1\"/>");
                }
                xml.append("</w:font>");
            }
            xml.append("</w:fonts>");
            try (OutputStream out = table.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot embed fonts: " + e.getMessage(), e);
        }
        var settings = doc.getSettings().getCTSettings();
        if (!settings.isSetEmbedTrueTypeFonts()) {
            settings.addNewEmbedTrueTypeFonts();
        }
        if (!settings.isSetSaveSubsetFonts()) {
            settings.addNewSaveSubsetFonts();
        }
        return parts;
    }

    /** 16 key bytes derived from the font: a stable GUID. */
    private static byte[] key(ByteBuffer font) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(font);
            byte[] digest = sha.digest();
            byte[] key = new byte[16];
            System.arraycopy(digest, 0, key, 0, 16);
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The GUID text whose hex digits, read from the end, are the key bytes. */
    private static String guid(byte[] key) {
        StringBuilder hex = new StringBuilder();
        for (int i = 15; i >= 0; i--) {
            hex.append(String.format(java.util.Locale.ROOT, "%02X", key[i] & 0xff));
        }
        return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20) + "}";
    }

    /** XORs the first 32 bytes with the key bytes (ECMA-376 font obfuscation). */
    static byte[] obfuscate(byte[] font, byte[] key) {
        byte[] out = font.clone();
        for (int i = 0; i < 32 && i < out.length; i++) {
            out[i] ^= key[i % 16];
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
