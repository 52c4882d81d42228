package org.budgetdisclosure.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.render.document.Document;

/**
 * Makes a PDF conform to PDF/A-2b (ISO 19005-2, level B: archival, the appearance preserved), or PDF/A-3b (ISO
 * 19005-3) when it carries associated files: XMP metadata that repeats the document information, declares the part
 * and level and PDF/UA-1 ({@code pdfuaid:part}, with the extension schema PDF/A asks for), and an sRGB output intent
 * with the JDK's ICC profile. The content is tagged ({@link PdfTags}); the level declared stays B, the level veraPDF
 * is asked to check. Everything is derived from the document: same document, same bytes.
 */
final class PdfArchival {

    static final String PRODUCER = "budget-disclosure (OpenPDF)";
    static final String CREATOR = "budget-disclosure";

    private PdfArchival() {}

    /** Adds the output intent and the XMP metadata; call after the document is opened. */
    static void apply(PdfWriter writer, Document document, int part) throws IOException {
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", srgb);
        PdfArray intents = (PdfArray) writer.getExtraCatalog().get(PdfName.OUTPUTINTENTS);
        ((PdfDictionary) intents.getPdfObject(0)).put(PdfName.S, PdfName.GTS_PDFA1);
        writer.setXmpMetadata(xmp(document, part));
    }

    /** The PDF/A extension schema that declares the PDF/UA identification schema (pdfuaid) to PDF/A readers. */
    private static final String PDFUA_EXTENSION = "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
            + "</pdfaProperty:description></rdf:li></rdf:Seq></pdfaSchema:property>"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
            + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n";

    private static byte[] xmp(Document document, int part) {
        String date = document.date() + "T00:00:00Z";
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>" + part
                + "</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + PDFUA_EXTENSION
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(document.title())
                + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(document.author()) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(document.subject())
                + "</rdf:li></rdf:Alt></dc:description>"
                + "<dc:language><rdf:Bag><rdf:li>" + escape(document.language()) + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool><xmp:CreateDate>" + date + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate><xmp:MetadataDate>" + date + "</xmp:MetadataDate>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer></rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
